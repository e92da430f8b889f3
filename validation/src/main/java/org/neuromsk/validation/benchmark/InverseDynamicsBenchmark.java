package org.neuromsk.validation.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.tool.InverseDynamicsSetup;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;

/**
 * Frames per second of inverse dynamics on the gait10dof18musc and Rajagopal walks, after the model,
 * motion and loads have been read: the whole InverseDynamicsTool pipeline (filtering, splines,
 * external loads, the solver) is timed, as OpenSim's tool reports its own "time frames in" figure.
 *
 * <p>Method: each case is run {@value #WARMUP} times to warm the JIT, then {@value #REPEATS} times;
 * the median wall time gives frames/s. Run with {@code scripts/benchmark-id}.
 */
public final class InverseDynamicsBenchmark {

    private static final int WARMUP = 5;
    private static final int REPEATS = 15;

    private InverseDynamicsBenchmark() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        List<String> setups = List.of("opensim-models/Pipelines/Gait10dof18musc/OutputReference/ID/walk_Setup_ID.xml",
                "opensim-4.5.2/rajagopal-walk/walk_Setup_ID.xml");
        System.out.printf(Locale.ROOT, "%-28s %8s %12s %12s%n", "case", "frames", "median ms", "frames/s");
        for (String relative : setups) {
            Path setupFile = SharedData.directory().resolve(relative);
            InverseDynamicsSetup setup = InverseDynamicsSetup.read(setupFile, Optional.of(Path.of("target")));
            InverseDynamicsRequest request = setup.request();
            try (MskModel model = new EmbeddedBackend().loadModel(setup.model(), w -> { })) {
                Storage result = null;
                for (int i = 0; i < WARMUP; i++) {
                    result = model.inverseDynamics(request);
                }
                double[] ms = new double[REPEATS];
                for (int i = 0; i < REPEATS; i++) {
                    long t0 = System.nanoTime();
                    result = model.inverseDynamics(request);
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
                java.util.Arrays.sort(ms);
                double median = ms[REPEATS / 2];
                String name = relative.startsWith("opensim-4.5.2") ? "Rajagopal walk" : "gait10dof18musc walk";
                System.out.printf(Locale.ROOT, "%-28s %8d %12.2f %12.0f%n", name, result.rowCount(), median,
                        result.rowCount() / (median / 1e3));
            }
        }
        System.out.println("(OpenSim's InverseDynamicsTool is not installed on this machine: no ratio printed; "
                + "the opensim backend will measure it in the same run when present.)");
    }
}
