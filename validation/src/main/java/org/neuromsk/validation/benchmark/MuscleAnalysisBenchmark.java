package org.neuromsk.validation.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * Evaluations per second of all lengths and all moment arms (80 muscles × every coordinate) of the
 * Rajagopal model over the walking trial, after loading: median of {@value #REPEATS} runs after
 * {@value #WARMUP} warm-up runs. Run with {@code scripts/benchmark-muscle-analysis}.
 */
public final class MuscleAnalysisBenchmark {

    private static final int WARMUP = 3;
    private static final int REPEATS = 7;

    private MuscleAnalysisBenchmark() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        Path dir = SharedData.directory().resolve("opensim-4.5.2/rajagopal-walk");
        Model model = ModelLoader.load(dir.resolve("subject_walk_scaled.osim"));
        Storage motion = StorageReader.read(dir.resolve("coordinates.sto"));
        MuscleAnalysis analysis = new MuscleAnalysis(model);
        double[] ms = new double[REPEATS];
        for (int i = 0; i < WARMUP + REPEATS; i++) {
            long t0 = System.nanoTime();
            analysis.run(motion, null, w -> { });
            if (i >= WARMUP) {
                ms[i - WARMUP] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        double median = ms[REPEATS / 2];
        int frames = motion.rowCount();
        System.out.printf(Locale.ROOT, "Rajagopal walk: %d frames x %d muscles x %d coordinates in %.1f ms (median)%n",
                frames, model.paths().size(), model.multibody().numCoordinates(), median);
        System.out.printf(Locale.ROOT, "  %.0f frames/s (all lengths + all moment arms per frame), %.0f muscle evaluations/s%n",
                frames / (median / 1e3), frames * model.paths().size() / (median / 1e3));
        System.out.println("(OpenSim's MuscleAnalysis is not installed on this machine: no ratio printed.)");
    }
}
