package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ImuEmgExperimentTest {

    private static final double RATE = 100;

    /**
     * A 1 Hz gait-like series: inputs sin and cos of 2πt, envelope 0.5 + 0.4·sin(2πt) times {@code gain}.
     *
     * @param gain envelope scale
     * @param seconds length (s)
     * @return the trial
     */
    private static ImuEmgTrial trial(String name, double gain, double seconds) {
        int n = (int) Math.round(seconds * RATE);
        double[] time = new double[n];
        float[][] imu = new float[n][];
        float[][] envelopes = new float[n][];
        for (int i = 0; i < n; i++) {
            time[i] = i / RATE;
            double phase = 2 * Math.PI * time[i];
            imu[i] = new float[] {(float) Math.sin(phase), (float) Math.cos(phase)};
            envelopes[i] = new float[] {(float) (gain * (0.5 + 0.4 * Math.sin(phase)))};
        }
        return new ImuEmgTrial(name, time, List.of("a", "b"), imu, List.of("m"), envelopes);
    }

    /**
     * runEach trains once and scores every test trial on its own. The second test trial has the first's
     * IMU frames and twice its envelopes, so the network's estimates are the same on both, r is the same
     * (Pearson r is scale-free) and every per-cycle peak ratio is exactly half.
     */
    @Test
    void runEachScoresEveryTestTrialOnItsOwn() {
        ImuEmgSettings settings = ImuEmgSettings.defaults()
                .with("{\"dilations\": [1, 2], \"maxEpochs\": 2, \"mlpHidden\": [8]}");
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, null, line -> { });
        ImuEmgTrial first = trial("x1", 1, 6);
        ImuEmgTrial doubled = trial("x2", 2, 6);
        List<ExperimentResult> results = experiment.runEach(List.of(trial("train", 1, 10)), List.of(first, doubled),
                List.of(experiment.mlp(2, 1)));
        assertEquals(2, results.size());
        ModelEvaluation a = results.get(0).model(ImuEmgExperiment.MLP);
        ModelEvaluation b = results.get(1).model(ImuEmgExperiment.MLP);
        int window = settings.window(); // 1 + (2 − 1)·(1 + 2) = 4 frames
        assertEquals(600 - window + 1, a.estimates().length);
        assertEquals(window - 1, a.firstFrame());
        for (int i = 0; i < a.estimates().length; i++) {
            assertArrayEquals(a.estimates()[i], b.estimates()[i]);
        }
        assertEquals(a.meanR(), b.meanR(), 1e-9);
        assertEquals(a.meanPeakRatio() / 2, b.meanPeakRatio(), 1e-9);
    }
}
