package org.neuromsk.validation.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.estimator.imu.SeriesSamples;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.training.Predictor;
import org.neuromsk.validation.imu.ImuEmgValidation;

/**
 * Latency per sample of {@link StreamingWaveNet} for a trained network: p50 and p99 over every frame
 * of an IMU recording, after one untimed pass (JIT warm-up). The computation is single-threaded; run
 * it pinned to one core for the figure the target refers to ({@code taskset -c 0 java …}). Target:
 * p99 &lt; 1 ms (1 kHz real time with margin).
 *
 * <p>With no arguments it first trains the default network on walk36 (as {@code neuromsk imu-emg}
 * does, with the default speed replays) and streams walk45's virtual IMUs; with
 * {@code MODEL_DIR IMU.sto} it streams that file through that model folder. For comparison it also
 * times DJL's batch forward pass of the same model on one window at a time (what a non-streaming
 * estimator would do for every new sample).
 */
public final class StreamingWaveNetBenchmark {

    private static final int DJL_WINDOWS = 500;

    private StreamingWaveNetBenchmark() {
    }

    /**
     * @param args none, or a WaveNet model folder and an IMU table
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path modelDir;
        float[][] frames;
        if (args.length >= 2) {
            modelDir = Path.of(args[0]);
            StreamingWaveNet probe = StreamingWaveNet.load(modelDir);
            Storage table = StorageReader.read(Path.of(args[1]));
            frames = new float[table.rowCount()][probe.inputNames().size()];
            for (int c = 0; c < probe.inputNames().size(); c++) {
                double[] column = table.column(probe.inputNames().get(c));
                for (int i = 0; i < frames.length; i++) {
                    frames[i][c] = (float) column[i];
                }
            }
        } else {
            Path work = Files.createTempDirectory("neuromsk-streaming-benchmark");
            System.err.println("training the default WaveNet on walk36 (models in " + work + ") …");
            ImuEmgValidation.Direction d = ImuEmgValidation.run("walk36", "walk45", ImuEmgSettings.defaults(),
                    SpeedAugmentation.defaults(), ImuEmgValidation.Candidates.STANDARD, work, System.err::println);
            ModelEvaluation waveNet = d.waveNet();
            modelDir = waveNet.modelDir();
            frames = d.result().test().imu();
        }
        StreamingWaveNet stream = StreamingWaveNet.load(modelDir);
        ImuEmgValidation.Latency latency = ImuEmgValidation.latency(stream, frames);
        System.out.printf(Locale.ROOT, "StreamingWaveNet (%s): receptive field %d frames, %d layers, %d residual "
                + "channels; %d samples: latency per sample p50 %.1f µs, p99 %.1f µs (target p99 < 1000 µs: %s)%n",
                modelDir, stream.receptiveField(), stream.config().layers(), stream.config().residualChannels(),
                latency.samples(), latency.p50(), latency.p99(), latency.p99() < 1000 ? "met" : "NOT met");
        djl(modelDir, frames, stream.receptiveField());
    }

    /** Times DJL's forward pass on one window per call. */
    private static void djl(Path modelDir, float[][] frames, int field) {
        try (Predictor predictor = Predictor.load(modelDir)) {
            int window = predictor.model().metadata().inputShape()[0];
            int outputs = window - field + 1;
            int count = Math.min(DJL_WINDOWS, frames.length - window);
            long[] nanos = new long[count];
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < count; i++) {
                    float[][] one = Arrays.copyOfRange(frames, i, i + window);
                    long start = System.nanoTime();
                    SeriesSamples.predict(predictor, one, window, outputs);
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "DJL batch forward of one %d-frame window (for comparison): p50 %.1f µs, "
                    + "p99 %.1f µs over %d windows%n", window, nanos[count / 2] / 1e3,
                    nanos[(int) Math.floor(0.99 * (count - 1))] / 1e3, count);
        }
    }
}
