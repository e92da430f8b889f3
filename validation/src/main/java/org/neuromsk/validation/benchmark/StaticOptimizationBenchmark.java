package org.neuromsk.validation.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.ActuatorModel;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Static-optimisation frames per second after loading, over the motion's own time span (states built once,
 * with a 6 Hz low-pass; each run evaluates every path,
 * moment arm, strength factor and the inverse dynamics, and solves every frame): median of
 * {@value #REPEATS} runs after {@value #WARMUP} warm-up runs.
 * <ul>
 * <li>arm26, the reference setup's options (6 Hz low-pass, exponent 2, force–length–velocity on),
 *     121 frames, 6 muscles, 2 coordinates;</li>
 * <li>gait10dof18musc over subject01's walk (no ground reactions), its 18 muscles plus one reserve
 *     CoordinateActuator per coordinate (F_opt = 100, unbounded): a larger problem, for scaling only.</li>
 * </ul>
 * Not a test: prints numbers. OpenSim is not installed here, so no ratio to OpenSim is printed.
 */
public final class StaticOptimizationBenchmark {

    private static final int WARMUP = 5;
    private static final int REPEATS = 7;

    private StaticOptimizationBenchmark() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        Path data = SharedData.directory();
        measure("arm26", data.resolve("opensim-4.5.2/arm26/arm26.osim"),
                data.resolve("opensim-4.5.2/arm26/arm26_InverseKinematics.mot"), false);
        measure("gait10dof18musc + reserves", data.resolve(
                "opensim-models/Pipelines/Gait10dof18musc/OutputReference/subject01.osim"), data.resolve(
                        "opensim-models/Pipelines/Gait10dof18musc/OutputReference/IK/subject01_walk_IK.mot"), true);
    }

    private static void measure(String name, Path modelFile, Path motionFile, boolean reserves) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(modelFile);
        Model model = ModelLoader.fromDocument(doc);
        List<ActuatorModel> actuators = new ArrayList<>(ActuatorLoader.load(doc.root(), model));
        if (reserves) {
            for (int i = 0; i < model.multibody().numCoordinates(); i++) {
                actuators.add(new ActuatorModel.CoordinateActuation(model.multibody().coordinates().get(i).name()
                        + "_reserve", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, i, 100));
            }
        }
        Storage motion = StorageReader.read(motionFile);
        long s0 = System.nanoTime();
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, motion, motionFile, 6, w -> { });
        double statesMs = (System.nanoTime() - s0) / 1e6;
        StaticOptimization.Settings settings = new StaticOptimization.Settings(2, true, 1, motion.startTime(),
                motion.endTime());
        StaticOptimization so = new StaticOptimization(model, actuators, List.of());
        double[] ms = new double[REPEATS];
        int frames = 0;
        int unsolved = 0;
        for (int i = 0; i < WARMUP + REPEATS; i++) {
            long t0 = System.nanoTime();
            StaticOptimization.Result r = so.run(states, settings, w -> { });
            if (i >= WARMUP) {
                ms[i - WARMUP] = (System.nanoTime() - t0) / 1e6;
            }
            frames = r.activations().rowCount();
            unsolved = r.unsolvedFrames();
        }
        Arrays.sort(ms);
        double median = ms[REPEATS / 2];
        System.out.printf(Locale.ROOT, "%s: %d frames x %d actuators x %d coordinates in %.1f ms (median; states %.1f ms "
                + "once)%n", name, frames, actuators.size(), model.multibody().numCoordinates(), median, statesMs);
        System.out.printf(Locale.ROOT, "  %.0f SO frames/s%s%n", frames / (median / 1e3),
                unsolved == 0 ? "" : " (" + unsolved + " frames without exact solution)");
    }
}
