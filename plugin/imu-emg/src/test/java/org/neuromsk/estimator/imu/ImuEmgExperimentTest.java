package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.model.ParameterCopy;

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
        return trial(name, gain, seconds, RATE);
    }

    /** The same series sampled at {@code rate} (Hz). */
    private static ImuEmgTrial trial(String name, double gain, double seconds, double rate) {
        int n = (int) Math.round(seconds * rate);
        double[] time = new double[n];
        float[][] imu = new float[n][];
        float[][] envelopes = new float[n][];
        for (int i = 0; i < n; i++) {
            time[i] = i / rate;
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

    /**
     * An ensemble of two WaveNets (each with the learning-rate step-down) is saved as two member folders;
     * its estimate is the mean of what the two saved members estimate on their own, its first member's
     * evaluation is member 1's estimate, its parameter count twice one network's closed-form count, and
     * the ensemble folder streams the same numbers as the batch ensemble.
     */
    @Test
    void ensembleIsTheMeanOfItsSavedMembersAndStreamsTheSame(@TempDir Path out) {
        ImuEmgSettings settings = ImuEmgSettings.defaults().with("{\"dilations\": [1, 2], \"maxEpochs\": 2, "
                + "\"residualChannels\": 4, \"skipChannels\": 4, \"headUnits\": 4, \"outputFrames\": 8, "
                + "\"members\": 2, \"fineTuneFactor\": 0.1}");
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, out, line -> { });
        ImuEmgTrial test = trial("test", 1, 6);
        ImuEmgExperiment.Candidate candidate = experiment.waveNet(2, 1);
        ModelEvaluation w = experiment.run(trial("train", 1, 10), test, List.of(candidate)).model(ImuEmgExperiment.WAVENET);
        assertEquals(2, w.members());
        assertEquals(2 * settings.waveNet(2, 1).parameterCount(), w.parameterCount());
        List<Path> members = EnsembleMembers.of(w.modelDir());
        assertEquals(2, members.size());
        float[][][] each = new float[2][][];
        for (int k = 0; k < 2; k++) {
            try (Predictor predictor = Predictor.load(members.get(k))) {
                each[k] = SeriesSamples.predict(predictor, test.imu(), candidate.window(), candidate.outputs());
            }
        }
        ModelEvaluation first = w.firstMember();
        assertNull(first.firstMember());
        assertEquals(w.estimates().length, each[0].length);
        for (int i = 0; i < each[0].length; i++) {
            assertEquals(each[0][i][0], first.estimates()[i][0], 1e-6);
            assertEquals((each[0][i][0] + each[1][i][0]) / 2, w.estimates()[i][0], 1e-6);
        }
        float[][] streamed = StreamingWaveNet.load(w.modelDir()).run(test.imu());
        assertEquals(2, StreamingWaveNet.load(w.modelDir()).members());
        // the folder records the frame rate the members were trained at, for streams to check
        assertEquals(RATE, StreamingWaveNet.load(w.modelDir()).frameRate().orElseThrow(), 1e-9);
        double worst = 0;
        for (int i = 0; i < w.estimates().length; i++) {
            worst = Math.max(worst, Math.abs(streamed[w.firstFrame() + i][0] - w.estimates()[i][0]));
        }
        assertTrue(worst <= 1e-5, "streaming vs batch ensemble: " + worst);
    }

    /**
     * Windows and dilations count frames, so a test trial at another rate than the training trial
     * (here 200 Hz against 100 Hz) is refused before any training; 100.5 Hz (0.5 %, timing jitter) is not.
     */
    @Test
    void trialsAtDifferentFrameRatesAreRefused() {
        ImuEmgSettings settings = ImuEmgSettings.defaults()
                .with("{\"dilations\": [1, 2], \"maxEpochs\": 1, \"mlpHidden\": [8]}");
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, null, line -> { });
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> experiment.run(trial("train", 1, 10),
                trial("fast", 1, 6, 200), List.of(experiment.mlp(2, 1))));
        assertTrue(e.getMessage().contains("training trial train is sampled at 100.0 Hz, test trial fast at 200.0 Hz"),
                e.getMessage());
        assertEquals(1, experiment.run(trial("train", 1, 10), trial("jitter", 1, 6, 100.5),
                List.of(experiment.mlp(2, 1))).models().size());
    }

    /**
     * The step-down's warm start: a second training whose learning rate is too small to move anything
     * (1e-12) starts from the copied parameters, so its estimates equal the first network's.
     */
    @Test
    void warmStartCopiesEveryParameter() {
        WaveNetConfig network = WaveNetConfig.of(2, 4, 4, 4, 2, List.of(1, 2), 1);
        ImuEmgTrial t = trial("t", 1, 4);
        org.neuromsk.training.data.SampleSet samples = SeriesSamples.of(t.imu(), t.envelopes(), network.windowFrames(),
                1, 1, t.imuChannels(), t.muscles());
        org.neuromsk.training.TrainingConfig config = org.neuromsk.training.TrainingConfig.defaults().withMaxEpochs(2)
                .withSeed(3);
        try (org.neuromsk.training.TrainingResult first = org.neuromsk.training.Trainer.builder(config).quiet(true).build()
                .fit(network, samples, null);
                org.neuromsk.training.TrainingResult second = org.neuromsk.training.Trainer.builder(config.withSeed(4)
                        .withMaxEpochs(1).withAdam(org.neuromsk.training.optim.AdamConfig.of(1e-12))).quiet(true)
                        .normalisers(first.model().normalisers())
                        .warmStart(block -> ParameterCopy.copy(first.model().block(), block)).build()
                        .fit(network, samples, null);
                Predictor a = first.model().predictor();
                Predictor b = second.model().predictor()) {
            float[][] x = SeriesSamples.predict(a, t.imu(), network.windowFrames(), 1);
            float[][] y = SeriesSamples.predict(b, t.imu(), network.windowFrames(), 1);
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i][0], y[i][0], 1e-5);
            }
        }
    }
}
