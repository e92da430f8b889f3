package org.neuromsk.validation.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <li>Rajagopal 2016 (80 muscles, 40 wrap cylinders, coupled knees), {@value #RAJAGOPAL_END} s from the
 * default pose with the knees swinging (right 2 rad/s, left −1 rad/s) and every muscle at 0.1, falling
 * freely (the case of {@code RajagopalCouplerForwardTest}).</li>
 * </ul>
 * Each case is run with the engine's mass-matrix algorithm (composite rigid body) and with the
 * reference it replaced (n inverse-dynamics passes with unit accelerations; system property
 * {@value #MASS_MATRIX_PROPERTY}), alternating the two in every round so that both see the same
 * machine load: {@value #WARMUP} rounds to warm the JIT, then {@value #REPEATS} timed rounds
 * ({@value #RAJAGOPAL_WARMUP} and {@value #RAJAGOPAL_REPEATS} for Rajagopal); the median real-time factors and
 * their ratio are reported, from wall time (the real-time factor proper) and from the simulating
 * thread's CPU time (what the run would take on an idle core; on a shared machine the wall time can be
 * several times longer). Accuracy 1e-5 (ForwardTool's default).
 */
public final class ForwardBenchmark {

    private static final int WARMUP = 5;
    private static final int REPEATS = 9;
    private static final int RAJAGOPAL_WARMUP = 3;
    private static final int RAJAGOPAL_REPEATS = 5;
    private static final double RAJAGOPAL_END = 0.05;
    /** Selects the engine's mass-matrix algorithm (see the embedded engine's forward simulation). */
    private static final String MASS_MATRIX_PROPERTY = "neuromsk.forward.massMatrix";
    private static final String[] METHODS = {"unit-accelerations", "crba"};
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
        System.out.printf(Locale.ROOT, "%-32s %9s %5s | %-27s | %-27s%n", "", "", "", "real-time factor, wall time",
                "real-time factor, CPU time");
        System.out.printf(Locale.ROOT, "%-32s %9s %5s | %8s %8s %9s | %8s %8s %9s%n", "case", "simulated", "rows", "old",
                "new", "new/old", "old", "new", "new/old");
        Path arm = data.resolve("opensim-4.5.2/arm26/arm26_Setup_Forward.xml");
        ForwardSetup setup = ForwardSetup.read(OpenSimXml.readTool(arm, ForwardTool.class), Optional.of(work),
                w -> { });
        time("arm26, SO controls", setup.model(), setup.request(), WARMUP, REPEATS);

        Path ik = data.resolve(GAIT + "IK/subject01_walk_IK.mot");
        Path model = data.resolve(GAIT + "subject01.osim");
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(model);
        doc.root().coordinates().stream().filter(c -> c.name().startsWith("pelvis")).forEach(c -> c.setLocked(true));
        Path locked = work.resolve("subject01_pelvis_locked.osim");
        OpenSimXml.write(doc, locked);
        for (Path m : List.of(model, locked)) {
            ForwardRequest request = gaitRequest(m, ik, work);
            time(m == model ? "gait10dof18musc, falling" : "gait10dof18musc, pelvis locked", m, request, WARMUP,
                    REPEATS);
        }
        Path rajagopal = data.resolve("opensim-models/Models/Rajagopal/Rajagopal2016.osim");
        time("Rajagopal 2016, falling", rajagopal, rajagopalRequest(rajagopal, work), RAJAGOPAL_WARMUP,
                RAJAGOPAL_REPEATS);
        System.out.println("old: mass matrix from n inverse-dynamics passes (" + MASS_MATRIX_PROPERTY + "="
                + METHODS[0] + "); new: composite rigid body (" + METHODS[1] + "). Medians; CPU time is the"
                + " simulating thread's, which a shared machine's load inflates far less than wall time.");
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

    private static ForwardRequest rajagopalRequest(Path model, Path work) {
        try (MskModel m = new EmbeddedBackend().loadModel(model, w -> { })) {
            List<String> muscles = m.muscles().stream().map(MuscleInfo::name).toList();
            double[][] excitation = new double[muscles.size()][];
            for (int i = 0; i < excitation.length; i++) {
                excitation[i] = new double[] {0.1, 0.1};
            }
            Path controls = work.resolve("rajagopal_controls.sto");
            StorageWriter.write(Storage.of("controls", false, muscles, new double[] {0, 1}, excitation), controls);
            Path states = work.resolve("rajagopal_initial_states.sto");
            StorageWriter.write(Storage.of("states", false, List.of("knee_angle_r", "knee_angle_r_u", "knee_angle_l",
                    "knee_angle_l_u"), new double[] {0}, new double[][] {{0.3}, {2.0}, {0.5}, {-1.0}}), states);
            return new ForwardRequest(controls, Optional.of(states), Optional.empty(), 0, RAJAGOPAL_END, 1e-5, true);
        }
    }

    private static void time(String name, Path model, ForwardRequest request, int warmup, int repeats) {
        String before = System.getProperty(MASS_MATRIX_PROPERTY);
        try (MskModel m = new EmbeddedBackend().loadModel(model, w -> { })) {
            ForwardResult result = null;
            for (int i = 0; i < warmup; i++) {
                for (String method : METHODS) {
                    System.setProperty(MASS_MATRIX_PROPERTY, method);
                    result = m.forward(request);
                }
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[][] wall = new double[METHODS.length][repeats];
            double[][] cpu = new double[METHODS.length][repeats];
            for (int i = 0; i < repeats; i++) {
                for (int k = 0; k < METHODS.length; k++) {
                    System.setProperty(MASS_MATRIX_PROPERTY, METHODS[k]);
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    result = m.forward(request);
                    wall[k][i] = (System.nanoTime() - t0) / 1e9;
                    cpu[k][i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
                }
            }
            double simulated = request.end() - request.start();
            double wallOld = simulated / median(wall[0]);
            double wallNew = simulated / median(wall[1]);
            double cpuOld = simulated / median(cpu[0]);
            double cpuNew = simulated / median(cpu[1]);
            System.out.printf(Locale.ROOT, "%-32s %8.2fs %5d | %8.3f %8.3f %9.2f | %8.3f %8.3f %9.2f%n", name,
                    simulated, result.states().rowCount(), wallOld, wallNew, wallNew / wallOld, cpuOld, cpuNew,
                    cpuNew / cpuOld);
        } finally {
            if (before == null) {
                System.clearProperty(MASS_MATRIX_PROPERTY);
            } else {
                System.setProperty(MASS_MATRIX_PROPERTY, before);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
