package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.Json;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.data.WindowSpec;
import org.neuromsk.training.data.Windows;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.Networks;

/** Streaming inference in plain Java against DJL's batch forward pass of the same saved model. */
class StreamingWaveNetTest {

    private static final int CHANNELS = 3;
    private static final int OUTPUTS = 2;
    /** Kernel 3, dilations 1, 2, 4, 1, 2: receptive field 1 + 2·10 = 21 frames. */
    private static final WaveNetConfig NETWORK = WaveNetConfig.of(CHANNELS, 8, 6, 5, 3, List.of(1, 2, 4, 1, 2),
            OUTPUTS);

    @TempDir
    static Path dir;

    /** Training window: longer than the receptive field, so the batch network skips its first frames. */
    private static final int WINDOW = NETWORK.receptiveField() + 4;

    private static Path model;
    private static float[][] frames;

    @BeforeAll
    static void train() {
        ImuEmgNetworks.register();
        int n = 3000;
        frames = new float[n][CHANNELS];
        float[][] targets = new float[n][OUTPUTS];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int t = 0; t < n; t++) {
            double time = t / 100.0;
            frames[t][0] = (float) (9.81 + 3 * Math.sin(2 * Math.PI * 0.9 * time) + 0.1 * random.nextGaussian());
            frames[t][1] = (float) (2 * Math.cos(2 * Math.PI * 1.7 * time));
            frames[t][2] = (float) (0.5 * Math.sin(2 * Math.PI * 0.3 * time) * Math.sin(2 * Math.PI * 2.1 * time));
            targets[t][0] = (float) Math.max(0, Math.sin(2 * Math.PI * 0.9 * (time - 0.05)));
            targets[t][1] = (float) (0.3 + 0.2 * Math.cos(2 * Math.PI * 1.7 * (time - 0.1)));
        }
        SampleSet windows = Windows.of(frames, targets, WindowSpec.causal(WINDOW), null, null);
        TrainingConfig config = TrainingConfig.defaults().withMaxEpochs(2).withBatchSize(128).withSeed(5);
        try (TrainingResult result = Trainer.builder(config).quiet(true).build().fit(NETWORK, windows, null)) {
            model = dir.resolve("wavenet");
            result.model().save(model);
        }
    }

    @Test
    void receptiveFieldIsOnePlusTapsTimesDilations() {
        // 1 + (3 − 1)·(1 + 2 + 4 + 1 + 2) = 21
        assertEquals(21, NETWORK.receptiveField());
        // 1 + 2·(1 + 2) = 7 frames must reach layer 3 to give its last output
        assertEquals(7, NETWORK.framesNeededAt(3));
    }

    @Test
    void closedFormParameterCountMatchesDjl() {
        int[] shape = {WINDOW, CHANNELS};
        assertEquals(NETWORK.parameterCount(), Networks.parameterCount(NETWORK, shape));
        WaveNetConfig wide = new WaveNetConfig(18, 32, 24, 64, 2, WaveNetConfig.doublingDilations(6, 1), 9, 32, 0.1,
                0, 0);
        assertEquals(wide.parameterCount(), Networks.parameterCount(wide, new int[] {wide.windowFrames(), 18}));
        // the round-4 width, 64 residual and skip channels: input 19·64, per layer 2·(64·64·2 + 64) + 65·64,
        // residual 65·64 on 6 of 7 layers, head 65·64 + 65·9 = 1216 + 7·(16512 + 4160) + 6·4160 + 4160 + 585
        wide = new WaveNetConfig(18, 64, 64, 64, 2, WaveNetConfig.doublingDilations(7, 1), 9, 32, 0, 0.1, 0.1);
        assertEquals(1216 + 7 * (16512 + 4160) + 6 * 4160 + 4160 + 585, wide.parameterCount());
        assertEquals(wide.parameterCount(), Networks.parameterCount(wide, new int[] {wide.windowFrames(), 18}));
        assertEquals(wide.parameterCount(), Networks.parameterCount(wide, new int[] {wide.windowFrames(), 18}));
    }

    @Test
    void configRoundTripsThroughJsonWithItsType() {
        String json = Json.gson().toJson(NETWORK.withOutputFrames(4), NetworkConfig.class);
        assertTrue(json.contains("\"type\": \"sw-wavenet\""), json);
        assertEquals(NETWORK.withOutputFrames(4), Json.parse(null, json, NetworkConfig.class));
    }

    @Test
    void severalOutputFramesPerWindowStreamTheSame() {
        WaveNetConfig network = NETWORK.withOutputFrames(8);
        Path dir = StreamingWaveNetTest.dir.resolve("multi");
        float[][] batch = trainSaveAndPredict(network, dir, 2);
        // estimates from the first full receptive field to the end, one per frame
        assertEquals(frames.length - network.receptiveField() + 1, batch.length);
        StreamingWaveNet stream = StreamingWaveNet.load(dir);
        double worst = worstDifference(stream.run(frames), batch, network.receptiveField());
        assertTrue(worst < 1e-5, "streaming vs batch: max difference " + worst);
    }

    /**
     * Wider channels and the training-only input noise and channel dropout: the saved network streams
     * exactly as its batch forward pass (inference has no perturbation; the width comes from the config).
     */
    @Test
    void wideAugmentedNetworkStreamsTheSame() {
        WaveNetConfig network = new WaveNetConfig(CHANNELS, 16, 12, 5, 3, List.of(1, 2, 4, 1, 2), OUTPUTS, 8, 0.1,
                0.1, 0.1);
        Path dir = StreamingWaveNetTest.dir.resolve("wide-augmented");
        float[][] batch = trainSaveAndPredict(network, dir, 3);
        StreamingWaveNet stream = StreamingWaveNet.load(dir);
        assertEquals(network, stream.config());
        double worst = worstDifference(stream.run(frames), batch, network.receptiveField());
        assertTrue(worst < 1e-5, "streaming vs batch: max difference " + worst);
    }

    @Test
    void streamingEqualsBatchOverALongSequence() {
        int window = WINDOW;
        float[][] batch;
        try (Predictor predictor = Predictor.load(model)) {
            batch = predictor.predict(windows(frames, window));
        }
        StreamingWaveNet stream = StreamingWaveNet.load(model);
        float[] estimate = new float[OUTPUTS];
        double worst = 0;
        double scale = 0;
        for (int t = 0; t < frames.length; t++) {
            stream.step(frames[t], estimate);
            if (t >= window - 1) {
                for (int o = 0; o < OUTPUTS; o++) {
                    worst = Math.max(worst, Math.abs(estimate[o] - batch[t - window + 1][o]));
                    scale = Math.max(scale, Math.abs(batch[t - window + 1][o]));
                }
            }
        }
        assertTrue(scale > 0.1, "the network gives non-trivial outputs, max |y| " + scale);
        assertTrue(worst < 1e-5, "streaming vs batch: max difference " + worst);
        assertEquals(frames.length, stream.samplesSeen());
    }

    @Test
    void beforeTheReceptiveFieldTheFirstFrameIsHeldConstant() {
        float[][] padded = new float[WINDOW - 1 + 10][];
        for (int i = 0; i < padded.length; i++) {
            padded[i] = frames[Math.max(0, i - (WINDOW - 1))];
        }
        float[][] batch;
        try (Predictor predictor = Predictor.load(model)) {
            batch = predictor.predict(windows(padded, WINDOW));
        }
        StreamingWaveNet stream = StreamingWaveNet.load(model);
        for (int t = 0; t < 10; t++) {
            float[] estimate = stream.step(frames[t]);
            for (int o = 0; o < OUTPUTS; o++) {
                assertEquals(batch[t][o], estimate[o], 1e-5, "frame " + t + " output " + o);
            }
        }
        stream.reset();
        assertEquals(0, stream.samplesSeen());
        assertEquals(batch[0][0], stream.step(frames[0])[0], 1e-5);
    }

    @Test
    void corruptParametersAreRejectedWithTheFileName() throws Exception {
        Path copy = dir.resolve("corrupt");
        Files.createDirectories(copy);
        for (Path file : Files.list(model).toList()) {
            Files.copy(file, copy.resolve(file.getFileName()));
        }
        byte[] bytes = Files.readAllBytes(copy.resolve("parameters.params"));
        bytes[bytes.length - 1] ^= 1;
        Files.write(copy.resolve("parameters.params"), bytes);
        FileFormatException e = assertThrows(FileFormatException.class, () -> StreamingWaveNet.load(copy));
        assertTrue(e.getMessage().contains("parameters.params") && e.getMessage().contains("checksum"), e.getMessage());
    }

    /** Windows of {@code length} frames ending at every frame from {@code length − 1} on, flattened. */
    private static float[][] windows(float[][] series, int length) {
        float[][] result = new float[series.length - length + 1][length * CHANNELS];
        for (int end = length - 1; end < series.length; end++) {
            for (int f = 0; f < length; f++) {
                System.arraycopy(series[end - length + 1 + f], 0, result[end - length + 1], f * CHANNELS, CHANNELS);
            }
        }
        return result;
    }

    /**
     * Trains the network one epoch on |channel 1| and (channel 2)² as two targets, saves it to
     * {@code dir} and returns its batch estimates over {@link #frames}.
     */
    private static float[][] trainSaveAndPredict(WaveNetConfig network, Path dir, long seed) {
        float[][] targets = new float[frames.length][OUTPUTS];
        for (int t = 0; t < frames.length; t++) {
            targets[t][0] = Math.abs(frames[t][1]);
            targets[t][1] = frames[t][2] * frames[t][2];
        }
        SampleSet samples = SeriesSamples.of(frames, targets, network.windowFrames(), 8, 4, null, null);
        assertEquals(network.outputFrames(), samples.targetShape()[0]);
        TrainingConfig config = TrainingConfig.defaults().withMaxEpochs(1).withBatchSize(32).withSeed(seed);
        try (TrainingResult result = Trainer.builder(config).quiet(true).build().fit(network, samples, null)) {
            result.model().save(dir);
            try (Predictor predictor = result.model().predictor()) {
                return SeriesSamples.predict(predictor, frames, network.windowFrames(), 8);
            }
        }
    }

    /** @return the largest |streamed − batch| (the stream's first receptiveField − 1 estimates have no batch twin) */
    private static double worstDifference(float[][] streamed, float[][] batch, int receptiveField) {
        double worst = 0;
        for (int i = 0; i < batch.length; i++) {
            for (int o = 0; o < OUTPUTS; o++) {
                worst = Math.max(worst, Math.abs(streamed[receptiveField - 1 + i][o] - batch[i][o]));
            }
        }
        return worst;
    }
}
