package org.neuromsk.engine.muscle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

/**
 * Parity with OpenSim 4.5.2: the arm26 forward simulation (opensim-4.5.2/arm26/forward/expected)
 * starts from the model's default pose (both coordinates 0, speeds 0) and default activation 0.05,
 * with fibre lengths set by computeInitialFiberEquilibrium. The path lengths at that pose come from
 * OpenSim's muscle analysis: the elbow angle crosses 0 between the first two IK frames (−0.054° and
 * +0.014°), so L is interpolated linearly to that crossing, and the remaining shoulder offset
 * (−0.036°) is removed to first order with OpenSim's shoulder moment arm r = −∂L/∂q:
 * L(0, 0) ≈ L(s) + r_sh·q_sh(s). The interpolation error is a few 1e-9 m; the moment-arm step can
 * be off by ~1e-7 m where a wrap makes r differ slightly from −∂L/∂q (BIClong). The states file prints
 * 8 decimals, so the fibre lengths must agree to 2e-7 m.
 */
class Arm26InitialEquilibriumTest {

    private static final String DATA = "opensim-4.5.2/arm26/";

    @Test
    void initialFiberLengthsMatchOpenSimForward() {
        Storage ik = StorageReader.read(TestData.require(DATA + "arm26_InverseKinematics.mot"));
        Storage lengths = read("muscle-analysis/expected/arm26_MuscleAnalysis_Length.sto");
        Storage armsShoulder = read("muscle-analysis/expected/arm26_MuscleAnalysis_MomentArm_r_shoulder_elev.sto");
        Storage states = read("forward/expected/arm26_states.sto");
        assertEquals(0.0, states.time(0), 0.0);
        assertEquals(0.0, ik.time(0), 0.0);
        double[] qShoulder = radians(ik.column("r_shoulder_elev"));
        double[] qElbow = radians(ik.column("r_elbow_flex"));
        // fraction of the way from frame 0 to frame 1 where the elbow angle is 0
        double s = -qElbow[0] / (qElbow[1] - qElbow[0]);
        double shoulderAtCrossing = qShoulder[0] + s * (qShoulder[1] - qShoulder[0]);

        Thelen2003Muscle[] muscles = {Arm26Muscles.trilong(), Arm26Muscles.trilat(), Arm26Muscles.trimed(),
            Arm26Muscles.biclong(), Arm26Muscles.bicshort(), Arm26Muscles.bra()};
        for (Thelen2003Muscle m : muscles) {
            String n = m.name();
            double pathLength = interpolate(lengths.column(n), s)
                    + interpolate(armsShoulder.column(n), s) * shoulderAtCrossing;
            double activation = states.column("/forceset/" + n + "/activation")[0];
            double expected = states.column("/forceset/" + n + "/fiber_length")[0];
            FiberEquilibrium eq = m.equilibrium(activation, pathLength, 0.0);
            assertEquals(expected, eq.fiberLength(), 2e-7, n);
        }
    }

    private static double interpolate(double[] column, double s) {
        return column[0] + s * (column[1] - column[0]);
    }

    private static double[] radians(double[] degrees) {
        return new double[] {Math.toRadians(degrees[0]), Math.toRadians(degrees[1])};
    }

    private static Storage read(String relative) {
        Path p = TestData.require(DATA + relative);
        return StorageReader.read(p);
    }
}
