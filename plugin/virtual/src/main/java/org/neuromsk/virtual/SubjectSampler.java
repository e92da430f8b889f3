package org.neuromsk.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.muscle.Muscle;

/**
 * Draws virtual subjects around the nominal elbow model. Subject k of seed s always gets the same
 * values; another seed gives other subjects.
 *
 * <p>The phase of the slow co-contraction modulation is drawn per muscle (as the generator always did)
 * and then, in {@link CoContractionMode#SHARED} mode, replaced by one phase per subject drawn after
 * every other value: both modes give a seed the same F_iso, l_opt, l_Ts, weights, time constants and
 * EMG values, and {@link CoContractionMode#PER_MUSCLE} gives exactly the subjects of the former generator.
 */
public final class SubjectSampler {

    /** Stream purpose: subject parameters. */
    static final long SUBJECT_STREAM = 1;

    private final Model nominal;
    private final PerturbationRanges ranges;
    private final CoContractionMode coContraction;

    /**
     * @param nominal the elbow model the values are drawn around
     * @param ranges the intervals
     * @param coContraction whether the muscles share one modulation phase
     */
    public SubjectSampler(Model nominal, PerturbationRanges ranges, CoContractionMode coContraction) {
        ElbowMuscles.require(nominal);
        this.nominal = nominal;
        this.ranges = Objects.requireNonNull(ranges, "ranges");
        this.coContraction = Objects.requireNonNull(coContraction, "coContraction");
    }

    /**
     * @param seed the generator seed
     * @param index the subject's number, from 1
     * @return the subject
     */
    public SubjectTruth draw(long seed, int index) {
        SplittableRandom rng = Seeds.stream(seed, SUBJECT_STREAM, index);
        double tauAct = ranges.activationTimeConstant().draw(rng);
        double tauDeact = ranges.deactivationTimeConstant().draw(rng);
        double delay = ranges.emgDelay().draw(rng);
        double level = ranges.coContractionLevel().draw(rng);
        double loadGain = ranges.coContractionLoadGain().draw(rng);
        double period = ranges.coContractionPeriod().draw(rng);
        List<MuscleTruth> muscles = new ArrayList<>();
        for (String name : ElbowMuscles.ALL) {
            Muscle m = nominal.muscles().get(name);
            muscles.add(new MuscleTruth(name,
                    m.maxIsometricForce(), m.maxIsometricForce() * ranges.maxIsometricForceScale().draw(rng),
                    m.optimalFiberLength(), m.optimalFiberLength() * ranges.optimalFiberLengthScale().draw(rng),
                    m.tendonSlackLength(), m.tendonSlackLength() * ranges.tendonSlackLengthScale().draw(rng),
                    ranges.muscleWeight().draw(rng), ranges.muscleWeight().draw(rng), 2 * Math.PI * rng.nextDouble(),
                    ranges.emgScale().draw(rng), ranges.emgGain().drawLog(rng)));
        }
        double sharedPhase = 2 * Math.PI * rng.nextDouble(); // last draw: every value above stays as it was
        if (coContraction == CoContractionMode.SHARED) {
            muscles.replaceAll(m -> m.withCoContractionPhase(sharedPhase));
        }
        return new SubjectTruth(VirtualSubjects.subjectName(index), seed, index, muscles, tauAct,
                tauDeact, delay, level, loadGain, period, coContraction);
    }
}
