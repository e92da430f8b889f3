package org.neuromsk.validation.elbow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.muscle.FiberEquilibrium;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.tool.InverseDynamicsTool;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.io.osim.Body;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** The NeuroMSK elbow model, models-osim/elbow.osim (parameters and sources in docs/models/elbow.md). */
class ElbowModelTest {

    private static final Path MODEL = Path.of(System.getProperty("user.dir")).resolve("../models-osim/elbow.osim")
            .normalize();
    private static final List<String> FLEXORS = List.of("BIClong", "BICshort", "BRA", "BRD");
    private static final List<String> EXTENSORS = List.of("TRIlong", "TRIlat", "TRImed");
    private static final double G = 9.80665;

    @Test
    void loadsAsAnOpenSim4ModelWithOneElbowCoordinateAndSevenThelenMuscles() {
        assertTrue(Files.isRegularFile(MODEL), "missing " + MODEL);
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(MODEL);
        assertEquals("40000", doc.version());
        assertEquals(List.of(), doc.warnings(), "every element is a known OpenSim property");
        Model model = ModelLoader.fromDocument(doc);
        assertEquals(1, model.multibody().numCoordinates());
        var elbow = model.multibody().coordinates().get(0);
        assertEquals("r_elbow_flex", elbow.name());
        assertEquals(0, elbow.rangeMin(), 0);
        assertEquals(Math.toRadians(130), elbow.rangeMax(), 1e-5);
        assertEquals(List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed"),
                List.copyOf(model.muscles().keySet()));
        model.muscles().values().forEach(m -> assertTrue(m instanceof Thelen2003Muscle, m.name()));
        assertEquals(0, load(doc).mass(), 0, "the load is 0 kg until set");
        ForwardModel.of(model, doc);
    }

    /**
     * Moment arms about r_elbow_flex over 0–130°, against published ranges (docs/models/elbow.md):
     * flexors positive, extensors negative; peak magnitudes BIC 3.5–5.5 cm, BRA 2–3.5 cm, BRD 5–8 cm
     * (Murray et al. 1995, Pigeon et al. 1996); triceps 2.39 ± 0.14 cm at 30° and 1.74 ± 0.13 cm at
     * 110° (Sugisaki et al. 2010, MRI), within two standard deviations.
     */
    @Test
    void momentArmsHaveTheRightSignsAndPublishedMagnitudes() {
        Model model = ModelLoader.load(MODEL);
        int n = 131;
        double[] time = new double[n];
        double[] degrees = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * 0.01;
            degrees[i] = i;
        }
        Storage motion = Storage.of("sweep", true, List.of("r_elbow_flex"), time, new double[][] {degrees});
        MuscleAnalysis.Result r = new MuscleAnalysis(model).run(motion, null, w -> { });
        Storage arms = r.momentArms().get("r_elbow_flex");
        Map<String, double[]> peakRange = Map.of("BIClong", new double[] {0.035, 0.055},
                "BICshort", new double[] {0.035, 0.055}, "BRA", new double[] {0.020, 0.035},
                "BRD", new double[] {0.050, 0.080});
        for (String m : FLEXORS) {
            double peak = 0;
            for (double a : arms.column(m)) {
                assertTrue(a > 0.01, m + " moment arm " + a + " m");
                peak = Math.max(peak, a);
            }
            assertTrue(peak >= peakRange.get(m)[0] && peak <= peakRange.get(m)[1], m + " peak " + peak + " m");
        }
        for (String m : EXTENSORS) {
            double[] a = arms.column(m);
            for (double x : a) {
                assertTrue(x < -0.015 && x > -0.03, m + " moment arm " + x + " m");
            }
            assertEquals(-0.0239, a[30], 2 * 0.0014, m + " at 30 deg");
            assertEquals(-0.0174, a[110], 2 * 0.0013, m + " at 110 deg");
        }
        // moment arm = -dL/dq: central differences of the lengths at 1 deg spacing
        for (String m : model.muscles().keySet()) {
            double[] length = r.lengths().column(m);
            double[] arm = arms.column(m);
            for (int i = 1; i < n - 1; i++) {
                double slope = -(length[i + 1] - length[i - 1]) / (2 * Math.toRadians(1));
                assertEquals(arm[i], slope, 1.5e-3, m + " at " + i + " deg");
            }
        }
    }

    /**
     * A static pose with 2 kg in the hand: the elbow torque is gravity's moment,
     * τ(θ) = g·sin θ·(m_fa·c_fa + (m_hand + m_load)·(L_fa + c_hand))
     * with the de Leva (1996) values of the model: forearm 1.1826 kg with its centre of mass 0.12300 m
     * from the elbow, hand 0.4453 kg, wrist 0.2689 m from the elbow, hand centre of mass (and grip)
     * 0.068098 m beyond it. At 90°: 9.80665·(0.145460 + 2.4453·0.336998) = 9.5077 N·m.
     */
    @Test
    void inverseDynamicsOfAStaticPoseWithTheLoadIsTheGravityMoment() {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(MODEL);
        load(doc).setMass(2.0);
        Model model = ModelLoader.fromDocument(doc);
        InverseDynamicsTool id = new InverseDynamicsTool(model);
        for (double angle : new double[] {0, 30, 90, 120}) {
            double[] time = {0, 0.01, 0.02, 0.03, 0.04};
            double[] q = {angle, angle, angle, angle, angle};
            Storage pose = Storage.of("pose", true, List.of("r_elbow_flex"), time, new double[][] {q});
            Storage tau = id.run(pose, null, List.of(), new InverseDynamicsTool.Settings(-1, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, List.of("Muscles")), w -> { });
            double expected = G * Math.sin(Math.toRadians(angle))
                    * (1.1826 * 0.12300 + (0.4453 + 2.0) * (0.2689 + 0.068098));
            for (double v : tau.column("r_elbow_flex_moment")) {
                assertEquals(expected, v, 1e-9, "at " + angle + " deg");
            }
        }
        assertEquals(9.5077, G * (1.1826 * 0.12300 + 2.4453 * 0.336998), 1e-4);
    }

    /** Every muscle reaches fibre–tendon equilibrium over the whole range at low, medium and full activation. */
    @Test
    void everyMuscleEquilibratesAcrossTheRange() {
        Model model = ModelLoader.load(MODEL);
        int n = 27;
        double[] time = new double[n];
        double[] degrees = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * 0.01;
            degrees[i] = 5 * i;
        }
        Storage sweep = Storage.of("sweep", true, List.of("r_elbow_flex"), time, new double[][] {degrees});
        Storage lengths = new MuscleAnalysis(model).run(sweep, null, w -> { }).lengths();
        for (Muscle m : model.muscles().values()) {
            double[] length = lengths.column(m.name());
            for (int i = 0; i < n; i++) {
                for (double a : new double[] {0.01, 0.5, 1.0}) {
                    FiberEquilibrium eq = m.equilibrium(a, length[i], 0);
                    assertFalse(eq.atLowerBound(), m.name() + " at " + degrees[i] + " deg, activation " + a);
                    double normalized = eq.fiberLength() / m.optimalFiberLength();
                    assertTrue(normalized > 0.5 && normalized < 1.5, m.name() + " at " + degrees[i] + " deg: l/l_opt "
                            + normalized);
                }
            }
        }
    }

    private static Body load(OsimDocument<org.neuromsk.io.osim.Model> doc) {
        return doc.root().bodies().stream().filter(b -> b.name().equals("load")).findFirst().orElseThrow();
    }
}
