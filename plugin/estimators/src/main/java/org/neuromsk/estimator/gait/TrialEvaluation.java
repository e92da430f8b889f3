package org.neuromsk.estimator.gait;

import java.util.List;

import org.neuromsk.dataset.CycleAverages;
import org.neuromsk.dataset.EmgScaling;
import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.Segmentation;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.metrics.EnsembleComparison;
import org.neuromsk.metrics.MuscleMetrics;

/**
 * Estimated against measured EMG on one trial: metrics per muscle and the ensemble curves behind them.
 * The measured envelopes are scaled with the trial's own gait cycles as the model's targets were
 * ({@link EmgScaling}); both signals are averaged over the same accepted cycles.
 *
 * @param trial the trial's name
 * @param cycles its accepted gait cycles
 * @param muscles our muscle names
 * @param measured ensemble curve of each muscle's scaled measured EMG
 * @param estimated ensemble curve of each muscle's estimate
 * @param metrics agreement per muscle
 */
public record TrialEvaluation(String trial, GaitCycles cycles, List<String> muscles, List<EnsembleCurve> measured,
        List<EnsembleCurve> estimated, List<MuscleMetrics> metrics) {

    /** Copies the lists. */
    public TrialEvaluation {
        muscles = List.copyOf(muscles);
        measured = List.copyOf(measured);
        estimated = List.copyOf(estimated);
        metrics = List.copyOf(metrics);
    }

    /**
     * @param model a trained model
     * @param trial a trial with the model's inputs and measured EMG for its muscles
     * @return the evaluation
     */
    public static TrialEvaluation of(GaitEmgModel model, GaitTrial trial) {
        GaitEmgModelInfo info = model.info();
        return of(trial, info.muscles(), info.opensimMuscles(), model.predict(trial), info.settings().segmentation(),
                info.settings().emgScaling(), null);
    }

    /**
     * The model on the validation cycles of one of its training trials (the cycles it held out).
     *
     * @param model a trained model
     * @param trainingTrial one of the trials it was trained on
     * @return the evaluation over the held-out cycles only (EMG scaled with all the trial's cycles)
     */
    public static TrialEvaluation onValidationCycles(GaitEmgModel model, GaitTrial trainingTrial) {
        GaitEmgModelInfo info = model.info();
        GaitEmgSettings s = info.settings();
        int cycles = s.segmentation().segment(trainingTrial).size();
        java.util.Set<Integer> held = org.neuromsk.dataset.TrialSplit.interleavedCycles(cycles, s.validationEvery(),
                Math.min(GaitEmgTrainer.VALIDATION_OFFSET, s.validationEvery() - 1));
        return of(trainingTrial, info.muscles(), info.opensimMuscles(), model.predict(trainingTrial), s.segmentation(),
                s.emgScaling(), held);
    }

    /**
     * @param trial a trial with measured EMG
     * @param muscles our muscle names
     * @param opensimMuscles their EMG columns
     * @param estimates estimated EMG {@code [muscle][frame]} on the trial's time base, already scaled
     * @param segmentation how to find the gait cycles
     * @param scaling how to scale the measured EMG
     * @param only indices of the cycles to compare over, or null for all (the scale uses all)
     * @return the evaluation
     */
    public static TrialEvaluation of(GaitTrial trial, List<String> muscles, List<String> opensimMuscles,
            double[][] estimates, Segmentation segmentation, EmgScaling scaling, java.util.Set<Integer> only) {
        GaitCycles all = segmentation.segment(trial);
        GaitCycles cycles = only == null ? all : subset(all, only);
        if (cycles.size() < 1) {
            throw new NeuroMskException("trial " + trial.name() + ": no complete gait cycle found (" + cycles.method()
                    + ")");
        }
        double[] time = trial.time();
        double[][] raw = trial.emg(opensimMuscles);
        double[][] truth = new double[raw.length][];
        List<EnsembleCurve> measured = new java.util.ArrayList<>();
        List<EnsembleCurve> estimated = new java.util.ArrayList<>();
        for (int m = 0; m < raw.length; m++) {
            truth[m] = scaling.fit(time, raw[m], all.cycles(), opensimMuscles.get(m)).apply(raw[m]);
            measured.add(curve(time, truth[m], cycles));
            estimated.add(curve(time, estimates[m], cycles));
        }
        List<MuscleMetrics> metrics = EnsembleComparison.compare(time, muscles, truth, estimates, cycles.cycles());
        return new TrialEvaluation(trial.name(), cycles, muscles, measured, estimated, metrics);
    }

    private static GaitCycles subset(GaitCycles all, java.util.Set<Integer> only) {
        List<org.neuromsk.dataset.GaitCycle> kept = all.cycles().stream().filter(c -> only.contains(c.index())).toList();
        return new GaitCycles(kept, all.heelStrikes(), all.rejected() + all.size() - kept.size(), all.method());
    }

    private static EnsembleCurve curve(double[] time, double[] values, GaitCycles cycles) {
        double[][] c = CycleAverages.normalise(time, values, cycles.cycles());
        return new EnsembleCurve(CycleAverages.mean(c), CycleAverages.standardDeviation(c));
    }

    /** @return mean ensemble R² over the muscles */
    public double meanEnsembleR2() {
        return EnsembleComparison.meanEnsembleR2(metrics);
    }
}
