package org.neuromsk.engine.muscle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class PennationModelTest {

    // l_opt = 0.1 m, φ_opt = asin(0.6): h = 0.06 m, a 3-4-5 triangle at the optimal length
    private final PennationModel model = new PennationModel(0.1, Math.asin(0.6), Math.acos(0.1));

    @Test
    void geometryOfTheThreeFourFiveParallelogram() {
        assertEquals(0.06, model.parallelogramHeight(), 1e-16);
        assertEquals(Math.asin(0.6), model.pennationAngle(0.1), 1e-15);
        // l = 0.075: sin φ = 0.8
        assertEquals(Math.asin(0.8), model.pennationAngle(0.075), 1e-15);
        // minimum length h/sin φ_max = 0.06/sqrt(0.99); along the tendon times cos φ_max = 0.1
        double lmin = 0.06 / Math.sqrt(0.99);
        assertEquals(lmin, model.minimumFiberLength(), 1e-16);
        assertEquals(lmin * 0.1, model.minimumFiberLengthAlongTendon(), 1e-16);
        assertEquals(Math.acos(0.1), model.pennationAngle(lmin), 1e-15);
        assertEquals(Math.acos(0.1), model.pennationAngle(0.05), 1e-15);
        assertEquals(lmin, model.clampFiberLength(0.03), 0.0);
        assertEquals(0.2, model.clampFiberLength(0.2), 0.0);
        // l_T = l_MT − l·cos φ = 0.3 − 0.1·0.8
        assertEquals(0.22, model.tendonLength(0.8, 0.1, 0.3), 1e-16);
        assertEquals(0.08, model.fiberLengthAlongTendon(0.1, 0.8), 1e-16);
    }

    @Test
    void rigidTendonFiberLengthIsTheHypotenuse() {
        // l_MT − l_T = 0.08 along the tendon, height 0.06 → l = 0.1
        assertEquals(0.1, model.fiberLength(0.28, 0.2), 1e-15);
        // shorter than the minimum along the tendon: the minimum fibre length
        assertEquals(model.minimumFiberLength(), model.fiberLength(0.205, 0.2), 0.0);
    }

    @Test
    void velocityRelationsOfTheParallelogram() {
        double l = 0.1;
        double v = 0.05;
        double cos = 0.8;
        double sin = 0.6;
        // φ̇ = −(v/l)·tan φ = −0.5·0.75
        double dphi = model.pennationAngularVelocity(0.75, l, v);
        assertEquals(-0.375, dphi, 1e-15);
        // d(l cos φ)/dt = v cos φ − l sin φ φ̇ = 0.04 + 0.0225 = d/dt sqrt(l² − h²) = l·v/0.08
        assertEquals(0.0625, model.fiberVelocityAlongTendon(l, v, sin, cos, dphi), 1e-15);
        // l̇_T = l̇_MT − 0.0625
        assertEquals(0.1 - 0.0625, model.tendonVelocity(cos, sin, dphi, l, v, 0.1), 1e-15);
        // inverse relation: l̇_ce = (l̇_MT − l̇_T)·cos φ = 0.0625·0.8
        assertEquals(0.05, model.fiberVelocity(cos, 0.1, 0.1 - 0.0625), 1e-15);
        // dφ/dl = −(h/l²)/cos φ = −6/0.8
        assertEquals(-7.5, model.pennationAngleDerivative(0.1), 1e-12);
        // ∂l_T/∂l = l sin φ dφ/dl − cos φ = 0.1·0.6·(−7.5) − 0.8
        assertEquals(-1.25, model.tendonLengthDerivative(0.1, sin, cos, -7.5), 1e-14);
        double h = 1e-7;
        double fd = (model.pennationAngle(0.1 + h) - model.pennationAngle(0.1 - h)) / (2 * h);
        assertEquals(fd, model.pennationAngleDerivative(0.1), 1e-6);
    }

    @Test
    void nonPennateMusclesNeverPennate() {
        PennationModel straight = new PennationModel(0.1157, 0, Math.acos(0.1));
        assertEquals(0.0, straight.pennationAngle(0.05), 0.0);
        assertEquals(0.0, straight.pennationAngularVelocity(0, 0.1, 0.3), 0.0);
        assertEquals(0.0, straight.minimumFiberLength(), 0.0);
        assertEquals(0.12, straight.fiberLength(0.4, 0.28), 1e-15);
        // a zero maximum angle falls back to 1 % of l_opt
        assertEquals(0.001157, new PennationModel(0.1157, 0, 0).minimumFiberLength(), 1e-18);
    }

    @Test
    void rejectsPropertiesOpenSimRejects() {
        assertThrows(NeuroMskException.class, () -> new PennationModel(0, 0, 1));
        assertThrows(NeuroMskException.class, () -> new PennationModel(0.1, Math.PI / 2, 1));
        assertThrows(NeuroMskException.class, () -> new PennationModel(0.1, 0.2, 2));
    }
}
