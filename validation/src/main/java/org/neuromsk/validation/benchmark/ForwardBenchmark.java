package org.neuromsk.validation.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MotionType;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.tool.ForwardSetup;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Real-time factor (simulated seconds per wall-clock second) of forward simulations through the
 * backend interface, after the model is loaded (controls are read and muscles equilibrated inside
 * each timed run, as ForwardTool does):
 * <ul>
 * <li>arm26, 0–1 s, driven by its static-optimisation controls (the validation case);</li>
 * <li>gait10dof18musc (subject01), 0.5 s from the first IK frame at rest with every muscle excited at
 * 0.1, once as is (the free pelvis falls: there is no ground contact) and once with the pelvis
 * coordinates locked. There is no OpenSim forward reference for this model; it measures speed only.</li>
 * </ul>
 * Each case is run {@value #WARMUP} times to warm the JIT, then {@value #REPEATS} times; the median
 * wall time is reported. Accuracy 1e-5 (ForwardTool's default).
 */
public final class ForwardBenchmark {

    private static final int WARMUP = 5;
    private static final int REPEATS = 9;
    private static final String GAIT = "opensim-models/Pipelines/Gait10dof18musc/OutputReference/";

    private ForwardBenchmark() {
    }

    /**
     * @param args unused
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path data = SharedData.directory();
        Path work = Files.createTempDirectory("neuromsk-forward-benchmark");
        System.out.printf(Locale.ROOT, "%-40s %10s %8s %12s %8s%n", "case", "simulated", "rows", "median s", "RTF");
        Path arm = data.resolve("opensim-4.5.2/arm26/arm26_Setup_Forward.xml");
        ForwardSetup setup = ForwardSetup.read(OpenSimXml.readTool(arm, ForwardTool.class), Optional.of(work),
                w -> { });
        time("arm26, SO controls", setup.model(), setup.request());

        Path ik = data.resolve(GAIT + "IK/subject01_walk_IK.mot");
        Path model = data.resolve(GAIT + "subject01.osim");
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(model);
        doc.root().coordinates().stream().filter(c -> c.name().startsWith("pelvis")).forEach(c -> c.setLocked(true));
        Path locked = work.resolve("subject01_pelvis_locked.osim");
        OpenSimXml.write(doc, locked);
        for (Path m : List.of(model, locked)) {
            ForwardRequest request = gaitRequest(m, ik, work);
            time(m == model ? "gait10dof18musc, falling" : "gait10dof18musc, pelvis locked", m, request);
        }
        System.out.println("(OpenSim is not installed on this machine: no OpenSim timing for comparison.)");
    }

    private static ForwardRequest gaitRequest(Path model, Path ik, Path work) {
        try (MskModel m = new EmbeddedBackend().loadModel(model, w -> { })) {
            Storage motion = StorageReader.read(ik);
            Set<String> rotational = new HashSet<>();
            for (CoordinateInfo c : m.coordinates()) {
                if (c.motionType() == MotionType.ROTATIONAL && motion.hasColumn(c.name())) {
                    rotational.add(c.name());
                }
            }
            Storage radians = motion.inDegrees() ? motion.toRadians(rotational) : motion;
            double t0 = radians.startTime();
            Path states = work.resolve("gait_initial_states.sto");
            StorageWriter.write(radians.slice(t0, t0), states);
            List<String> muscles = m.muscles().stream().map(MuscleInfo::name).toList();
            double[][] excitation = new double[muscles.size()][];
            for (int i = 0; i < excitation.length; i++) {
                excitation[i] = new double[] {0.1, 0.1};
            }
            Path controls = work.resolve("gait_controls.sto");
            StorageWriter.write(Storage.of("controls", false, muscles, new double[] {t0, t0 + 1}, excitation), controls);
            return new ForwardRequest(controls, Optional.of(states), Optional.empty(), t0, t0 + 0.5, 1e-5, true);
        }
    }

    private static void time(String name, Path model, ForwardRequest request) {
        try (MskModel m = new EmbeddedBackend().loadModel(model, w -> { })) {
            ForwardResult result = null;
            for (int i = 0; i < WARMUP; i++) {
                result = m.forward(request);
            }
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long t0 = System.nanoTime();
                result = m.forward(request);
                seconds.add((System.nanoTime() - t0) / 1e9);
            }
            double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            double median = sorted[REPEATS / 2];
            double simulated = request.end() - request.start();
            System.out.printf(Locale.ROOT, "%-40s %9.2fs %8d %12.3f %8.2f%n", name, simulated,
                    result.states().rowCount(), median, simulated / median);
        }
    }
}
