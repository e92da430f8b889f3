package org.neuromsk.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuromsk.backend.Capability;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleForceRequest;
import org.neuromsk.backend.MuscleForces;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;

/**
 * Muscle forces of arm26 (Thelen2003 muscles, KshapeActive γ = 0.5 in the file) through the backend
 * interface. The arm is held still (r_shoulder_elev = 0.3 rad, r_elbow_flex = 1.0 rad), so fibre–tendon
 * equilibrium has zero fibre velocity, f_V = 1, and the active fibre force must be
 * a·F_iso·exp(−(l_ce/l_opt − 1)²/γ) at the reported fibre length (the Thelen 2003 active force–length
 * relation), with a the activation given for that time.
 */
class MuscleForceAnalysisTest {

    private static final String MODEL = "opensim-4.5.2/arm26/arm26.osim";
    private static final List<String> MUSCLES = List.of("TRIlong", "TRIlat", "TRImed", "BIClong", "BICshort", "BRA");

    @Test
    void embeddedBackendListsMuscleForces() {
        assertTrue(new EmbeddedBackend().capabilities().contains(Capability.MUSCLE_FORCES));
    }

    /** Activation ramps linearly from 0.2 at 0 s to 0.8 at 1 s in a two-row table: a(t) = 0.2 + 0.6·t. */
    @Test
    void activeForceFollowsForceLengthAtInterpolatedActivation() {
        Path file = TestData.require(MODEL);
        double[][] ramp = new double[MUSCLES.size()][];
        for (int k = 0; k < ramp.length; k++) {
            ramp[k] = new double[] {0.2, 0.8};
        }
        Storage activations = Storage.of("a", false, MUSCLES, new double[] {0, 1}, ramp);
        MuscleForces f = forces(file, activations);
        Map<String, double[]> props = properties(file);
        Storage active = f.activeFiberForce();
        assertEquals(MUSCLES, active.labels());
        assertEquals(11, active.rowCount());
        for (String m : MUSCLES) {
            double fiso = props.get(m)[0];
            double lopt = props.get(m)[1];
            for (int r = 0; r < active.rowCount(); r++) {
                double a = 0.2 + 0.6 * active.time(r);
                double stretch = f.fiberLength().column(m)[r] / lopt - 1;
                double expected = a * fiso * Math.exp(-stretch * stretch / 0.5);
                assertEquals(expected, active.column(m)[r], 1e-6 * fiso, m + " at row " + r);
                assertTrue(f.tendonForce().column(m)[r] > 0, m);
                assertTrue(f.passiveFiberForce().column(m)[r] >= 0, m);
            }
        }
    }

    /**
     * Only BIClong is given (0.3, under its state name); the others keep their default_activation,
     * 0.05 (arm26 gives none, so OpenSim's default applies).
     */
    @Test
    void musclesWithoutColumnKeepDefaultActivation() {
        Path file = TestData.require(MODEL);
        Storage activations = Storage.of("a", false, List.of("/forceset/BIClong/activation"), new double[] {0, 1},
                new double[][] {{0.3, 0.3}});
        MuscleForces f = forces(file, activations);
        Map<String, double[]> props = properties(file);
        for (String m : List.of("BIClong", "TRIlong")) {
            double a = m.equals("BIClong") ? 0.3 : 0.05;
            double stretch = f.fiberLength().column(m)[0] / props.get(m)[1] - 1;
            assertEquals(a * props.get(m)[0] * Math.exp(-stretch * stretch / 0.5), f.activeFiberForce().column(m)[0],
                    1e-6 * props.get(m)[0], m);
        }
    }

    @Test
    void unknownActivationColumnIsRefused() {
        Path file = TestData.require(MODEL);
        Storage activations = Storage.of("a", false, List.of("BIClong", "deltoid"), new double[] {0, 1},
                new double[][] {{0.3, 0.3}, {0.1, 0.1}});
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> forces(file, activations));
        assertTrue(e.getMessage().contains("deltoid"), e.getMessage());
    }

    @Test
    void framesOutsideTheActivationsAreRefused() {
        Path file = TestData.require(MODEL);
        Storage activations = Storage.of("a", false, List.of("BIClong"), new double[] {0, 0.5},
                new double[][] {{0.3, 0.3}});
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> forces(file, activations));
        // half the table step (0.25 s) is tolerated beyond its end, so 0.8 s is the first frame refused
        assertTrue(e.getMessage().contains("t = 0.8"), e.getMessage());
    }

    private static MuscleForces forces(Path model, Storage activations) {
        double[] t = new double[11];
        double[] shoulder = new double[11];
        double[] elbow = new double[11];
        for (int k = 0; k < t.length; k++) {
            t[k] = k / 10.0;
            shoulder[k] = 0.3;
            elbow[k] = 1.0;
        }
        Storage motion = Storage.of("still", false, List.of("r_shoulder_elev", "r_elbow_flex"), t,
                new double[][] {shoulder, elbow});
        try (MskModel m = new EmbeddedBackend().loadModel(model, w -> { })) {
            return m.muscleForces(new MuscleForceRequest(motion, activations));
        }
    }

    /** @return per muscle {F_iso, l_opt} as the file gives them */
    private static Map<String, double[]> properties(Path model) {
        Map<String, double[]> out = new HashMap<>();
        for (Muscle m : OpenSimXml.readModel(model).root().muscles()) {
            out.put(m.name(), new double[] {m.maxIsometricForce(), m.optimalFiberLength()});
        }
        return out;
    }

    /**
     * gait2392 on walk45's first 0.49 s with every muscle at 0.01 activation: flex_dig_r (two frames) and
     * flex_dig_l (one) have no fibre–tendon equilibrium at the motion's speed there (Newton does not
     * converge; the forward simulation meets the same at t = 0). The analysis refuses such frames unless
     * asked to fall back on the equilibrium at rest, which it then names in one warning.
     */
    @Test
    void withoutEquilibriumAtSpeedTheStaticFallbackTakesTheEquilibriumAtRest() {
        Path file = TestData.require("ceinms-rt-lowerlimb/model/gait2392.osim");
        Path motionFile = TestData.require("ceinms-rt-lowerlimb/data/walk45/ik.sto");
        Storage motion = StorageReader.read(motionFile).slice(0, 0.49);
        org.neuromsk.io.xml.OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(file);
        org.neuromsk.engine.model.Model model = org.neuromsk.engine.model.ModelLoader.fromDocument(doc);
        List<String> muscles = List.copyOf(model.muscles().keySet());
        double[][] low = new double[muscles.size()][];
        for (int k = 0; k < low.length; k++) {
            low[k] = new double[] {0.01, 0.01};
        }
        Storage activations = Storage.of("a", false, muscles, new double[] {0, 0.49}, low);
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new MuscleForceAnalysis(model, doc.root()).run(motion, motionFile, activations, w -> { }));
        assertTrue(e.getMessage().startsWith("muscle flex_dig_"), e.getMessage());
        List<String> warnings = new java.util.ArrayList<>();
        MuscleForceAnalysis.Result r = new MuscleForceAnalysis(model, doc.root()).withStaticFallback()
                .run(motion, motionFile, activations, warnings::add);
        List<String> fallbacks = warnings.stream().filter(w -> w.contains("equilibrium at rest")).toList();
        assertEquals(List.of("2 muscle(s) have no fibre–tendon equilibrium at the motion's speed in some of its 50 "
                + "frames and take their equilibrium at rest there (frames): flex_dig_r (2), flex_dig_l (1)"), fallbacks);
        for (String m : muscles) {
            for (double f : r.tendonForce().column(m)) {
                assertTrue(Double.isFinite(f) && f >= 0, m + " " + f);
            }
        }
    }
}
