package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.metrics.Agreement;
import org.neuromsk.metrics.EnsembleComparison;
import org.neuromsk.metrics.MuscleMetrics;

/**
 * A model applied to a trial of another subject, recorded with another model and other EMG names
 * (e.g. the Rajagopal walk): estimated against measured EMG per muscle, over every frame of the trial.
 *
 * <p>Such a trial may hold less than one complete gait cycle. The measured envelopes are therefore
 * scaled per muscle to span 0–1 over the trial's frames ("window range", the nearest equivalent of the
 * cycle-range scaling of the training targets when the window covers about one stride), and the
 * metrics are per sample: Pearson's r (independent of the scaling), R² and RMSE. When the ground
 * reaction forces give at least one complete gait cycle, the ensemble R² over those cycles is given
 * too; otherwise it is NaN.
 *
 * @param trial the trial's name
 * @param frames frames compared
 * @param seconds duration of the trial (s)
 * @param cycles complete gait cycles found
 * @param emgColumns the trial's EMG column of each of the model's muscles (our name → column)
 * @param metrics per muscle, in the model's order
 * @param note why a family could not be applied, or empty
 */
public record TransferEvaluation(String trial, int frames, double seconds, int cycles, Map<String, String> emgColumns,
        List<MuscleMetrics> metrics, String note) {

    /** Copies the collections. */
    public TransferEvaluation {
        emgColumns = Map.copyOf(emgColumns);
        metrics = List.copyOf(metrics);
    }

    /**
     * @param model a trained model
     * @param trial the trial, read with the EMG columns named in {@code columns}
     * @param columns the trial's EMG column for each of the model's muscles (our names); muscles it
     *     lacks are left out
     * @return the evaluation; without metrics and with a note if the model cannot be applied to the trial
     */
    public static TransferEvaluation of(GaitEmgModel model, GaitTrial trial, MuscleMapping columns) {
        double[] time = trial.time();
        double seconds = time[time.length - 1] - time[0];
        GaitCycles cycles = model.info().settings().segmentation().segment(trial);
        Map<String, String> used = new java.util.LinkedHashMap<>();
        List<String> muscles = model.info().muscles();
        for (String m : muscles) {
            if (columns.names().contains(m)) {
                used.put(m, columns.opensimName(m));
            }
        }
        double[][] estimates;
        try {
            estimates = model.predict(trial);
        } catch (NeuroMskException e) {
            return new TransferEvaluation(trial.name(), time.length, seconds, cycles.size(), used, List.of(),
                    "not applicable: " + e.getMessage());
        }
        List<String> ours = new ArrayList<>(used.keySet());
        double[][] measured = trial.emg(new ArrayList<>(used.values()));
        List<MuscleMetrics> metrics = new ArrayList<>();
        for (int k = 0; k < ours.size(); k++) {
            double[] y = windowRange(measured[k]);
            double[] yHat = estimates[muscles.indexOf(ours.get(k))];
            double ensemble = Double.NaN;
            if (cycles.size() >= 1) {
                ensemble = EnsembleComparison.compare(time, List.of(ours.get(k)), new double[][] {y},
                        new double[][] {yHat}, cycles.cycles()).get(0).ensembleR2();
            }
            metrics.add(new MuscleMetrics(ours.get(k), ensemble, Agreement.r2(y, yHat), Agreement.pearson(y, yHat),
                    Agreement.rmse(y, yHat), cycles.size()));
        }
        return new TransferEvaluation(trial.name(), time.length, seconds, cycles.size(), used, metrics, "");
    }

    /**
     * @param values a series
     * @return the series mapped linearly so that its minimum is 0 and its maximum 1
     */
    static double[] windowRange(double[] values) {
        double min = java.util.Arrays.stream(values).min().orElse(0);
        double max = java.util.Arrays.stream(values).max().orElse(0);
        if (!(max > min)) {
            throw new NeuroMskException("a measured EMG envelope is constant over the trial");
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (values[i] - min) / (max - min);
        }
        return out;
    }

    /** @return mean Pearson r over the muscles (NaN without metrics) */
    public double meanPearson() {
        return metrics.stream().mapToDouble(MuscleMetrics::pearson).average().orElse(Double.NaN);
    }

    /** @return mean per-sample R² over the muscles (NaN without metrics) */
    public double meanSampleR2() {
        return metrics.stream().mapToDouble(MuscleMetrics::sampleR2).average().orElse(Double.NaN);
    }
}
