package org.neuromsk.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.simulation.ForwardRun;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.signal.ButterworthFilter;
import org.neuromsk.signal.EdgeHandling;

/**
 * Generates one subject with 0 and 4 kg (one trial each) and checks the files against the engine's own
 * tools, independently of the generator's measures.
 */
class VirtualSubjectsTest {

    private static final long SEED = 2024;

    @TempDir
    static Path dir;

    private static Path out;
    private static GenerationReport report;

    @BeforeAll
    static void generate() {
        out = dir.resolve("run1");
        report = VirtualSubjects.generate(settings(2), out, line -> { });
    }

    private static GeneratorSettings settings(int threads) {
        return GeneratorSettings.defaults(1, SEED).withLoads(List.of(0.0, 4.0)).withTrialsPerLoad(1)
                .withThreads(threads);
    }

    private static Path trialFile(String load, String what) {
        return out.resolve("subject01").resolve(load).resolve("trial01_" + what + ".sto");
    }

    @Test
    void sameSeedGivesIdenticalFilesWhateverTheThreadCount() throws IOException {
        Path again = dir.resolve("run2");
        VirtualSubjects.generate(settings(1), again, line -> { });
        List<Path> first = files(out);
        assertEquals(first.stream().map(out::relativize).toList(),
                files(again).stream().map(again::relativize).toList());
        assertTrue(first.size() >= 2 * 9 + 2, "model, truth and 7 tables per load, plus elbow.osim and the manifest");
        for (Path f : first) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(out.relativize(f))),
                    "differs: " + out.relativize(f));
        }
    }

    @Test
    void anotherSeedGivesAnotherSubject() throws IOException {
        Path other = dir.resolve("other-seed");
        VirtualSubjects.generate(GeneratorSettings.defaults(1, SEED + 1).withLoads(List.of(4.0)).withTrialsPerLoad(1)
                .withVerify(false), other, line -> { });
        double f1 = jsonNumber(out.resolve("subject01/4kg/true_parameters.json"), "BRA", "max_isometric_force_N");
        double f2 = jsonNumber(other.resolve("subject01/4kg/true_parameters.json"), "BRA", "max_isometric_force_N");
        assertNotEquals(f1, f2);
    }

    @Test
    void byDefaultTheMusclesShareOneCoContractionPhaseAndTheFilesSaySo() {
        Path truth = out.resolve("subject01/4kg/true_parameters.json");
        assertTrue(read(truth).contains("\"phase\": \"shared\""), "true_parameters.json names the mode");
        assertTrue(read(out.resolve("virtual_subjects.json")).contains("\"co_contraction\": \"shared\""));
        double phase = jsonNumber(truth, "BIClong", "co_contraction_phase_rad");
        for (String m : ElbowMuscles.ALL) {
            assertEquals(phase, jsonNumber(truth, m, "co_contraction_phase_rad"), 0.0, m);
        }
    }

    @Test
    void forwardReplayOfTheWrittenExcitationsReproducesTheKinematics() {
        for (String load : List.of("0kg", "4kg")) {
            Path folder = out.resolve("subject01").resolve(load);
            OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(
                    folder.resolve(VirtualSubjects.TRUE_MODEL));
            Model model = ModelLoader.fromDocument(doc);
            Storage coordinates = StorageReader.read(trialFile(load, "coordinates"));
            ForwardRun run = new ForwardRun(ForwardModel.of(model, doc),
                    List.of(ControlSignals.read(trialFile(load, "excitations"))),
                    Optional.of(StorageReader.read(trialFile(load, "states"))), List.of(), 0,
                    coordinates.endTime(), false, ForwardSimulation.Settings.defaults().withAccuracy(1e-6));
            Storage replay = run.run(w -> { }, t -> { }).states();
            double[] q = replay.column("/jointset/r_elbow/r_elbow_flex/value");
            double worst = 0;
            for (int r = 0; r < replay.rowCount(); r++) {
                double given = linear(coordinates.time(), coordinates.column("r_elbow_flex"), replay.time(r));
                worst = Math.max(worst, Math.abs(Math.toDegrees(q[r]) - given));
            }
            // the brief's bound is 1 deg; the data are integrated at 1e-6, so the replay is far closer
            assertTrue(worst < 0.1, load + ": replay differs by " + worst + " deg");
        }
        assertTrue(report.maxReplayErrorDeg() < 1, "generator's own replay: " + report.maxReplayErrorDeg());
    }

    @Test
    void inverseDynamicsEqualsMomentArmTimesMuscleForce() {
        for (String load : List.of("0kg", "4kg")) {
            Model model = ModelLoader.load(out.resolve("subject01").resolve(load).resolve(VirtualSubjects.TRUE_MODEL));
            Storage coordinates = StorageReader.read(trialFile(load, "coordinates"));
            Storage id = StorageReader.read(trialFile(load, "id"));
            Storage forces = StorageReader.read(trialFile(load, "muscle_forces"));
            Storage arms = new MuscleAnalysis(model).run(coordinates, null, w -> { }).momentArms().get("r_elbow_flex");
            double[] tau = id.column("r_elbow_flex_moment");
            double sum = 0;
            double peak = 0;
            for (int r = 0; r < tau.length; r++) {
                double muscles = 0;
                for (String m : ElbowMuscles.ALL) {
                    muscles += arms.column(m)[r] * forces.column(m)[r];
                }
                sum += (tau[r] - muscles) * (tau[r] - muscles);
                peak = Math.max(peak, Math.abs(tau[r]));
            }
            double relative = Math.sqrt(sum / tau.length) / peak;
            assertTrue(relative < 0.01, load + ": RMS(ID - sum r*F) is " + relative + " of the peak torque");
            // closed form check of the load's effect: holding 4 kg needs more than 4*9.80665*0.337*sin(10 deg) N*m
            if (load.equals("4kg")) {
                assertTrue(peak > 4 * 9.80665 * 0.337 * Math.sin(Math.toRadians(10)), "peak " + peak);
            }
        }
    }

    @Test
    void theNominalModelHoldsTheSameLoadAndGivesTheSameInverseDynamics() {
        Path folder = out.resolve("subject01/4kg");
        OsimDocument<org.neuromsk.io.osim.Model> nominal =
                OpenSimXml.readModel(folder.resolve(VirtualSubjects.NOMINAL_MODEL));
        OsimDocument<org.neuromsk.io.osim.Model> truth =
                OpenSimXml.readModel(folder.resolve(VirtualSubjects.TRUE_MODEL));
        double loadMass = nominal.root().bodies().stream().filter(b -> b.name().equals("load")).findFirst()
                .orElseThrow().mass();
        assertEquals(4.0, loadMass);
        double nominalForce = nominal.root().muscles().stream().filter(m -> m.name().equals("BRA")).findFirst()
                .orElseThrow().maxIsometricForce();
        double trueForce = truth.root().muscles().stream().filter(m -> m.name().equals("BRA")).findFirst()
                .orElseThrow().maxIsometricForce();
        assertEquals(987.26, nominalForce, 1e-12, "Holzbaur et al. 2005's brachialis");
        assertEquals(trueForce, jsonNumber(folder.resolve("true_parameters.json"), "BRA", "max_isometric_force_N"));
        assertNotEquals(nominalForce, trueForce);
        // inverse dynamics does not depend on muscle parameters: the nominal model reproduces id.sto
        Storage coordinates = StorageReader.read(trialFile("4kg", "coordinates"));
        Storage fromNominal = new org.neuromsk.engine.tool.InverseDynamicsTool(ModelLoader.fromDocument(nominal)).run(
                coordinates, null, List.of(), new org.neuromsk.engine.tool.InverseDynamicsTool.Settings(-1,
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, List.of("Muscles")), w -> { });
        assertArrayEquals(StorageReader.read(trialFile("4kg", "id")).column(0), fromNominal.column(0), 1e-9);
    }

    @Test
    void deepMusclesHaveNoEnvelopeAndSurfaceEnvelopesFollowTheExcitations() {
        Storage env = StorageReader.read(trialFile("4kg", "envelopes"));
        assertEquals(ElbowMuscles.SURFACE, env.labels());
        assertFalse(env.hasColumn("BRA") || env.hasColumn("TRImed"));
        Storage u = StorageReader.read(trialFile("4kg", "excitations"));
        Path truth = out.resolve("subject01/4kg/true_parameters.json");
        double delay = jsonTopNumber(truth, "emg_delay_s");
        for (String m : ElbowMuscles.SURFACE) {
            double scale = jsonNumber(truth, m, "emg_scale");
            double[] e = env.column(m);
            double[] shifted = new double[e.length];
            double[] scaled = new double[e.length];
            for (int r = 0; r < e.length; r++) {
                shifted[r] = linear(u.time(), u.column(m), Math.min(u.endTime(), env.time(r) + delay));
                scaled[r] = scale * e[r];
            }
            // the envelope carries the excitation's amplitude through the chain's 6 Hz low-pass
            double[] smoothed = ButterworthFilter.lowPass(4, 200, 6).zeroPhase(shifted, EdgeHandling.PADDED);
            double rms = 0;
            for (int r = 0; r < e.length; r++) {
                rms += (scaled[r] - smoothed[r]) * (scaled[r] - smoothed[r]);
            }
            rms = Math.sqrt(rms / e.length) / mean(smoothed);
            // amplitude-modulated noise leaves about 10 % envelope noise at 6 Hz; weakly modulated
            // antagonists therefore correlate less (about 0.85) than prime movers (about 0.97)
            assertTrue(correlation(scaled, smoothed) > 0.8, m + ": r = " + correlation(scaled, smoothed));
            assertTrue(rms < 0.2, m + ": RMS(scale*envelope - smoothed excitation) / mean = " + rms);
            double ratio = mean(scaled) / mean(shifted);
            assertTrue(Math.abs(ratio - 1) < 0.1, m + ": mean of scale*envelope / mean excitation = " + ratio);
        }
    }

    /**
     * The measure: RMS over muscles and samples of (true activation − static optimisation's activation),
     * and the mean activation of the antagonists (the muscle group opposing the net muscle torque).
     */
    @Test
    void excitationsAreNotWhatStaticOptimizationChooses() {
        for (String load : List.of("0kg", "4kg")) {
            Path folder = out.resolve("subject01").resolve(load);
            OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(
                    folder.resolve(VirtualSubjects.TRUE_MODEL));
            Model model = ModelLoader.fromDocument(doc);
            Storage coordinates = StorageReader.read(trialFile(load, "coordinates"));
            Storage truth = StorageReader.read(trialFile(load, "activations"));
            Storage forces = StorageReader.read(trialFile(load, "id"));
            StaticOptimization.Result so = new StaticOptimization(model, ActuatorLoader.load(doc.root(), model),
                    List.of()).run(AnalyzeStates.fromCoordinates(model, coordinates, null, -1, w -> { }),
                            new StaticOptimization.Settings(2, true, 1, 0, coordinates.endTime()), w -> { });
            assertEquals(0, so.unsolvedFrames());
            double sum = 0;
            double antagonistTrue = 0;
            double antagonistSo = 0;
            int n = 0;
            double[] tau = forces.column("r_elbow_flex_moment");
            for (int r = 0; r < truth.rowCount(); r++) {
                for (String m : ElbowMuscles.ALL) {
                    double d = truth.column(m)[r] - so.activations().column(m)[r];
                    sum += d * d;
                    if (ElbowMuscles.isFlexor(m) != tau[r] >= 0) {
                        antagonistTrue += truth.column(m)[r];
                        antagonistSo += so.activations().column(m)[r];
                        n++;
                    }
                }
            }
            double rms = Math.sqrt(sum / (truth.rowCount() * ElbowMuscles.ALL.size()));
            assertTrue(rms > 0.04, load + ": activations within " + rms + " RMS of static optimisation's");
            assertTrue(antagonistTrue / n > 3 * antagonistSo / n, load + ": antagonists " + antagonistTrue / n
                    + " vs static optimisation's " + antagonistSo / n);
        }
        assertTrue(report.minSoDifference() > 0.04);
    }

    @Test
    void theTrialsFlexAndExtendWithinTheExcitationBounds() {
        Storage q = StorageReader.read(trialFile("4kg", "coordinates"));
        assertTrue(q.inDegrees());
        double[] angle = q.column("r_elbow_flex");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double a : angle) {
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        assertTrue(max - min > 60 && min >= 0 && max <= 130, "range " + min + " to " + max + " deg");
        Storage u = StorageReader.read(trialFile("4kg", "excitations"));
        for (String m : ElbowMuscles.ALL) {
            for (double x : u.column(m)) {
                assertTrue(x >= 0.01 && x <= 1, m + " excitation " + x);
            }
        }
    }

    @Test
    void outputIntoTheSharedDataFolderIsRefused() {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> VirtualSubjects.generate(settings(1), SharedData.directory().resolve("virtual"), line -> { }));
        assertTrue(e.getMessage().contains("shared reference data"), e.getMessage());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static double linear(double[] t, double[] y, double at) {
        int i = 0;
        while (i < t.length - 2 && t[i + 1] < at) {
            i++;
        }
        double f = (at - t[i]) / (t[i + 1] - t[i]);
        return y[i] + f * (y[i + 1] - y[i]);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** A number in the muscle's block of true_parameters.json. */
    private static double jsonNumber(Path file, String muscle, String key) {
        String text = read(file);
        int block = text.indexOf("\"" + muscle + "\": {");
        assertTrue(block >= 0, "no block for " + muscle);
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9.eE+-]+)").matcher(text);
        assertTrue(m.find(block), "no " + key + " for " + muscle);
        return Double.parseDouble(m.group(1));
    }

    private static double jsonTopNumber(Path file, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (-?[0-9.eE+-]+)").matcher(read(file));
        assertTrue(m.find(), "no " + key);
        return Double.parseDouble(m.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
