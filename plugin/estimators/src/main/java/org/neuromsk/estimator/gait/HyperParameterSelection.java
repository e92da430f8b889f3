package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;

/**
 * Chooses among a few candidate settings of an estimator using only its training trials. The last
 * {@value #HELD_OUT_FRACTION} of each training trial's gait cycles (at least {@value #MIN_HELD_OUT}) are
 * cut off as a selection part; every candidate is trained, as one network seeded like the first
 * member, on the part before them (with its usual interleaved validation cycles for early stopping)
 * and scored on the selection part exactly as a test trial is scored: the part's EMG is scaled with its
 * own gait cycles and its inputs are standardised with its own statistics. The candidate with the
 * highest mean ensemble R² over the muscles wins (the first listed on a tie); the estimator is then
 * trained with it on the whole training trials. No test trial is looked at.
 *
 * <p>Holding out the last strides, not interleaved ones, makes the score an extrapolation in time
 * (fatigue, drift of the envelopes), the nearest thing to another trial that the training trial
 * holds. It cannot judge choices whose only effect is between speeds or subjects (per-trial
 * standardisation, per-trial EMG scaling); those stay fixed.
 */
public final class HyperParameterSelection {

    /** Share of each training trial's gait cycles held out at its end. */
    public static final double HELD_OUT_FRACTION = 0.2;
    /** Fewest held-out cycles per trial. */
    public static final int MIN_HELD_OUT = 3;
    /** The selection part starts this long before its first heel strike, so that the event is found (s). */
    static final double LEAD_IN = 0.3;
    /**
     * The training part ends this long after the boundary heel strike, so that the event (found between
     * two frames) closes its last cycle; the frames in this margin are the only ones both parts share (s).
     */
    static final double LEAD_OUT = 0.02;

    private HyperParameterSelection() {
    }

    /**
     * A candidate: a name and the JSON members it changes in the family's default settings.
     *
     * @param name short name for reports
     * @param overlay e.g. {@code {"loss": "mse"}}
     */
    public record Candidate(String name, String overlay) {
    }

    /**
     * A candidate's score.
     *
     * @param candidate the candidate
     * @param meanEnsembleR2 mean over the muscles of the ensemble R² on the held-out last strides
     * @param ensembleR2 the ensemble R² of each muscle there
     * @param seconds training time (s)
     */
    public record Score(Candidate candidate, double meanEnsembleR2, List<Double> ensembleR2, double seconds) {
        /** Copies the list. */
        public Score {
            ensembleR2 = List.copyOf(ensembleR2);
        }
    }

    /**
     * The outcome for one estimator.
     *
     * @param type the family
     * @param scores every candidate's score, in candidate order
     * @param chosen index of the winner in {@code scores}
     * @param settings the winner's settings (seeded)
     * @param heldOutCycles gait cycles scored, over all training trials
     */
    public record Selection(GaitEmgType type, List<Score> scores, int chosen, GaitEmgSettings settings,
            int heldOutCycles) {
        /** Copies the list. */
        public Selection {
            scores = List.copyOf(scores);
        }

        /** @return the winning candidate */
        public Candidate winner() {
            return scores.get(chosen).candidate();
        }
    }

    /**
     * The candidates of each family. The baseline is Park &amp; Park's model as they describe it and has
     * none. The torque-based model's fine-tuning loss, and the improved model's loss and whether it also
     * sees angular velocities, are chosen; the first candidate is the earlier default.
     *
     * @param type the family
     * @return its candidates (empty: the defaults are used as they are)
     */
    public static List<Candidate> candidates(GaitEmgType type) {
        return switch (type) {
            case BASELINE -> List.of();
            case TORQUE -> List.of(new Candidate("loss mae", "{\"loss\": \"mae\"}"),
                    new Candidate("loss mse", "{\"loss\": \"mse\"}"),
                    new Candidate("loss huber", "{\"loss\": \"huber\"}"));
            case CONTEXT -> List.of(new Candidate("phase, loss mae", "{\"loss\": \"mae\"}"),
                    new Candidate("phase, loss mse", "{\"loss\": \"mse\"}"),
                    new Candidate("phase + velocities, loss mae", "{\"loss\": \"mae\", \"velocities\": true}"));
        };
    }

    /**
     * Trains every candidate as one network on the first strides and scores it on the last ones.
     *
     * @param type the family
     * @param base its settings before selection (seeded)
     * @param candidates the candidates (at least one)
     * @param muscles the muscles
     * @param parts the training trials split by {@link #split}
     * @param log one line per candidate
     * @return the scores and the winner
     */
    public static Selection select(GaitEmgType type, GaitEmgSettings base, List<Candidate> candidates,
            MuscleMapping muscles, Parts parts, Consumer<String> log) {
        if (candidates.isEmpty()) {
            throw new NeuroMskException("no candidate settings to select from");
        }
        List<Score> scores = new ArrayList<>();
        int best = 0;
        int heldCycles = 0;
        try (PretrainingPool pool = new PretrainingPool()) {
            for (Candidate c : candidates) {
                GaitEmgSettings single = Json.overlay(base, c.overlay(), GaitEmgSettings.class).withMembers(1);
                long began = System.nanoTime();
                double[] perMuscle = new double[muscles.names().size()];
                heldCycles = 0;
                try (GaitEmgModel model = new GaitEmgTrainer(type, single, muscles).pretrainingPool(pool)
                        .train(parts.first())) {
                    for (GaitTrial h : parts.last()) {
                        TrialEvaluation e = TrialEvaluation.of(model, h);
                        int n = e.cycles().size();
                        heldCycles += n;
                        for (int m = 0; m < perMuscle.length; m++) {
                            perMuscle[m] += n * e.metrics().get(m).ensembleR2();
                        }
                    }
                }
                List<Double> r2 = new ArrayList<>();
                double sum = 0;
                for (double v : perMuscle) {
                    r2.add(v / heldCycles);
                    sum += v / heldCycles;
                }
                Score score = new Score(c, sum / perMuscle.length, r2, (System.nanoTime() - began) / 1e9);
                scores.add(score);
                if (score.meanEnsembleR2() > scores.get(best).meanEnsembleR2()) {
                    best = scores.size() - 1;
                }
                log.accept(String.format(Locale.ROOT, "%s: candidate '%s': mean ensemble R² %.3f on the last %d strides",
                        type.label(), c.name(), score.meanEnsembleR2(), heldCycles));
            }
        }
        GaitEmgSettings chosen = Json.overlay(base, candidates.get(best).overlay(), GaitEmgSettings.class);
        return new Selection(type, scores, best, chosen, heldCycles);
    }

    /**
     * The training trials cut into the strides that train and the last strides that choose.
     *
     * @param first the first strides of each trial
     * @param last the held-out last strides of each trial
     */
    public record Parts(List<GaitTrial> first, List<GaitTrial> last) {
        /** Copies the lists. */
        public Parts {
            first = List.copyOf(first);
            last = List.copyOf(last);
        }
    }

    /**
     * @param trials training trials
     * @param settings settings giving the segmentation and the interleaved validation cycles
     * @return each trial cut before its last {@value #HELD_OUT_FRACTION} of gait cycles
     */
    public static Parts split(List<GaitTrial> trials, GaitEmgSettings settings) {
        List<GaitTrial> first = new ArrayList<>();
        List<GaitTrial> last = new ArrayList<>();
        for (GaitTrial t : trials) {
            GaitTrial[] p = split(t, settings);
            first.add(p[0]);
            last.add(p[1]);
        }
        return new Parts(first, last);
    }

    /**
     * @param trials training trials
     * @param settings settings giving the segmentation and the interleaved validation cycles
     * @return the trials split as by {@link #split(List, GaitEmgSettings)}, or null if one of them has
     *     too few gait cycles to hold some out
     */
    public static Parts splitIfLongEnough(List<GaitTrial> trials, GaitEmgSettings settings) {
        for (GaitTrial t : trials) {
            int n = settings.segmentation().segment(t).size();
            if (n - heldOut(n) < 2 * settings.validationEvery()) {
                return null;
            }
        }
        return split(trials, settings);
    }

    static int heldOut(int cycles) {
        return Math.max(MIN_HELD_OUT, (int) Math.round(HELD_OUT_FRACTION * cycles));
    }

    /**
     * @param trial a training trial
     * @param settings settings giving the segmentation
     * @return the part before the held-out last cycles, and the part holding them
     */
    static GaitTrial[] split(GaitTrial trial, GaitEmgSettings settings) {
        GaitCycles cycles = settings.segmentation().segment(trial);
        int n = cycles.size();
        int heldOut = heldOut(n);
        if (n - heldOut < 2 * settings.validationEvery()) {
            throw new NeuroMskException("trial " + trial.name() + ": " + n + " gait cycles are too few to hold out "
                    + heldOut + " for choosing hyper-parameters");
        }
        double boundary = cycles.cycles().get(n - heldOut).start();
        double[] time = trial.time();
        GaitTrial before = trial.slice(time[0], boundary + LEAD_OUT, trial.name() + " (first strides)");
        GaitTrial after = trial.slice(boundary - LEAD_IN, time[time.length - 1], trial.name() + " (last strides)");
        return new GaitTrial[] {before, after};
    }
}
