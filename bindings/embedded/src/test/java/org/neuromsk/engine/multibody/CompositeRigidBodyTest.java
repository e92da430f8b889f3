package org.neuromsk.engine.multibody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;

/**
 * The composite-rigid-body mass matrix against the textbook double pendulum and against the
 * reference algorithm (n inverse-dynamics passes with unit accelerations, an independent route
 * through the recursive Newton–Euler code) on synthetic and OpenSim models.
 */
class CompositeRigidBodyTest {

    /** Relative agreement with the reference, scaled by the largest diagonal entry (measured: about 1e-15). */
    private static final double RELATIVE = 1e-12;

    @Test
    void doublePendulumMatchesTextbookMassMatrix() {
        double m1 = 1.3;
        double m2 = 0.8;
        double l1 = 0.6;
        double l2 = 0.45;
        MultibodyModel model = InverseDynamicsTest.doublePendulum(m1, m2, l1, l2);
        double q2 = 0.9;
        double[][] mm = new CompositeRigidBody(model).massMatrix(new double[] {0.4, q2});
        // Point masses, relative angles: M11 = (m1+m2)l1² + m2l2² + 2m2l1l2cos q2,
        // M12 = M21 = m2l2² + m2l1l2cos q2, M22 = m2l2².
        assertEquals((m1 + m2) * l1 * l1 + m2 * l2 * l2 + 2 * m2 * l1 * l2 * Math.cos(q2), mm[0][0], 1e-13);
        assertEquals(m2 * l2 * l2 + m2 * l1 * l2 * Math.cos(q2), mm[0][1], 1e-13);
        assertEquals(mm[0][1], mm[1][0], 0);
        assertEquals(m2 * l2 * l2, mm[1][1], 1e-13);
    }

    @Test
    void matchesUnitAccelerationPassesOnSyntheticModels() {
        for (MultibodyModel model : new MultibodyModel[] {TestModels.chainOfAllJointTypes(), TestModels.freeAndBall()}) {
            int n = model.numCoordinates();
            for (double phase : new double[] {0.0, 0.3, 1.7}) {
                assertSameMatrix(model, InverseDynamicsTest.state(n, 0.7, phase), "synthetic model, phase " + phase);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"opensim-4.5.2/arm26/arm26.osim",
        "opensim-models/Pipelines/Gait10dof18musc/OutputReference/subject01.osim",
        "opensim-models/Models/Rajagopal/Rajagopal2016.osim"})
    void matchesUnitAccelerationPassesOnOpenSimModels(String file) {
        MultibodyModel model = ModelLoader.fromDocument(OpenSimXml.readModel(TestData.require(file))).multibody();
        int n = model.numCoordinates();
        for (double phase : new double[] {0.0, 0.3, 1.7}) {
            double[] q = InverseDynamicsTest.state(n, 0.5, phase);
            for (int i = 0; i < n; i++) {
                // stay inside the coordinates' ranges (SimmSpline knee functions are defined there)
                var c = model.coordinates().get(i);
                q[i] = Math.max(c.rangeMin(), Math.min(c.rangeMax(), q[i]));
            }
            assertSameMatrix(model, q, file + ", phase " + phase);
        }
    }

    @Test
    void refusesKinematicsOfAnotherModel() {
        MultibodyModel a = TestModels.freeAndBall();
        Kinematics other = new Kinematics(TestModels.chainOfAllJointTypes());
        other.realizePosition(new double[TestModels.chainOfAllJointTypes().numCoordinates()]);
        int n = a.numCoordinates();
        assertThrows(NeuroMskException.class, () -> new CompositeRigidBody(a).compute(other, new double[n][n]));
    }

    private static void assertSameMatrix(MultibodyModel model, double[] q, String where) {
        int n = model.numCoordinates();
        double[][] expected = new InverseDynamics(model).massMatrix(q);
        Kinematics pose = new Kinematics(model);
        pose.realizePosition(q);
        double[][] actual = new double[n][n];
        for (double[] row : actual) {
            java.util.Arrays.fill(row, Double.NaN); // every entry must be written
        }
        new CompositeRigidBody(model).compute(pose, actual);
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(expected[i][i]));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(expected[i][j], actual[i][j], RELATIVE * scale, where + ": M[" + i + "][" + j + "]");
            }
        }
    }
}
