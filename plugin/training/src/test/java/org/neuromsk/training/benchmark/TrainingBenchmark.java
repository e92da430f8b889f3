package org.neuromsk.training.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.optim.AdamConfig;

/**
 * Training throughput of an MLP with this module's trainer (not a test; run by
 * {@code scripts/benchmark-training}, which runs the same MLP in PyTorch for comparison).
 * Settings come from system properties: {@code samples} (8192), {@code inputs} (6), {@code outputs} (7),
 * {@code hidden} ("128,128"), {@code batch} (64), {@code epochs} timed (3, after one warm-up epoch).
 * Prints one line: {@code DJL samples_per_s=… step_ms=… …}.
 */
public final class TrainingBenchmark {

    private TrainingBenchmark() {
    }

    /** @param args unused */
    public static void main(String[] args) {
        int samples = Integer.getInteger("samples", 8192);
        int inputs = Integer.getInteger("inputs", 6);
        int outputs = Integer.getInteger("outputs", 7);
        int batch = Integer.getInteger("batch", 64);
        int epochs = Integer.getInteger("epochs", 3);
        List<Integer> hidden = Arrays.stream(System.getProperty("hidden", "128,128").split(","))
                .map(String::trim).map(Integer::valueOf).toList();

        SplittableRandom random = new SplittableRandom(1);
        float[][] x = new float[samples][inputs];
        float[][] y = new float[samples][outputs];
        for (int i = 0; i < samples; i++) {
            for (int j = 0; j < inputs; j++) {
                x[i][j] = (float) random.nextGaussian();
            }
            for (int k = 0; k < outputs; k++) {
                y[i][k] = (float) Math.sin(x[i][k % inputs] + k);
            }
        }
        SampleSet train = SampleSet.of(x, y);
        MlpConfig network = new MlpConfig(inputs, hidden, outputs, Activation.RELU, 0);
        TrainingConfig config = TrainingConfig.defaults().withMaxEpochs(epochs + 1).withBatchSize(batch)
                .withAdam(AdamConfig.of(1e-3));
        long loadStart = System.nanoTime();
        TorchRuntime.engine();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (TrainingResult result = Trainer.builder(config).quiet(true).build().fit(network, train, null)) {
            double seconds = result.history().stream().skip(1).mapToDouble(EpochLoss::seconds).sum();
            int steps = epochs * ((samples + batch - 1) / batch);
            System.out.printf(Locale.ROOT, "DJL samples_per_s=%.0f step_ms=%.4f parameters=%d threads=%d"
                    + " engine_load_s=%.2f%n", epochs * samples / seconds, 1000 * seconds / steps,
                    result.model().parameterCount(), TorchRuntime.threads(), loadSeconds);
        }
    }
}
