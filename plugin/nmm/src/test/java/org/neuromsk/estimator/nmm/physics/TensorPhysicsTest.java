package org.neuromsk.estimator.nmm.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import org.junit.jupiter.api.Test;

import org.neuromsk.engine.muscle.ActivationDynamics;
import org.neuromsk.engine.muscle.FiberEquilibrium;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.TensorFixture;

/** Activation dynamics, delay, the compliant-tendon equilibrium and the bounded parameters. */
class TensorPhysicsTest extends TensorFixture {


    @Test
    void activationFollowsTheEngineOde() {
        // Reference: the engine's ȧ = (u − a_c)/τ(a, u) integrated by explicit (midpoint-sampled) Euler with 1 µs steps.
        // Excitation: a 0.9 step at 0.05 s, down to 0.05 at 0.25 s; frames every 10 ms.
        ActivationDynamics engineDynamics = new ActivationDynamics(0.015, 0.05, 0.01);
        int frames = 40;
        double dt = 0.01;
        float[] u = new float[frames];
        for (int t = 0; t < frames; t++) {
            u[t] = t < 5 ? 0.05f : t < 25 ? 0.9f : 0.05f;
        }
        // the excitation is linear between frames, as OpenSim interpolates controls
        double[] reference = new double[frames];
        double a = 0.05;
        for (int t = 0; t < frames; t++) {
            reference[t] = a;
            double next = t + 1 < frames ? u[t + 1] : u[t];
            for (int k = 0; k < 10_000; k++) {
                double uk = u[t] + (next - u[t]) * (k + 0.5) / 10_000;
                a += 1e-6 * engineDynamics.derivative(a, uk);
            }
        }
        NDArray excitation = manager.create(u, new Shape(1, frames, 1));
        for (int substeps : new int[] {4, 10}) {
            float[] simulated = ActivationTensorDynamics.simulate(excitation, manager.create(0.015f),
                    manager.create(0.05f), manager.create(new float[] {0.01f}), dt, substeps).toFloatArray();
            // midpoint steps are second order: 4.2e-3 with 4 steps per 10 ms, 6.2e-4 with 10 (Python check)
            double tolerance = substeps == 4 ? 5e-3 : 1e-3;
            for (int t = 0; t < frames; t++) {
                assertEquals(reference[t], simulated[t], tolerance, substeps + " substeps, frame " + t);
            }
        }
    }

    @Test
    void linearisedActivationMatchesTheTensorDynamicsAndItsGradients() {
        // same value as the tensor integration, and the same gradients for a weighted sum of activations
        int frames = 30;
        float[] u = new float[2 * frames * 2];
        for (int i = 0; i < u.length; i++) {
            u[i] = (float) (0.1 + 0.4 * Math.abs(Math.sin(0.37 * i)));
        }
        float[] weights = new float[u.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) Math.cos(0.11 * i);
        }
        float[][] gradients = new float[2][];
        float[][] values = new float[2][];
        float[][] tauGradients = new float[2][];
        for (int version = 0; version < 2; version++) {
            NDArray ex = manager.create(u, new Shape(2, frames, 2));
            NDArray tauA = manager.create(new float[] {0.015f});
            NDArray tauD = manager.create(new float[] {0.05f});
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                ex.setRequiresGradient(true);
                tauA.setRequiresGradient(true);
                tauD.setRequiresGradient(true);
                NDArray a = version == 0
                        ? ActivationTensorDynamics.simulate(ex, tauA, tauD, manager.create(new float[] {0.01f, 0.01f}), 0.01, 4)
                        : LinearisedActivation.simulate(ex, tauA, tauD, new double[] {0.01, 0.01}, 0.01, 4, true);
                collector.backward(a.mul(manager.create(weights, new Shape(2, frames, 2))).sum());
                values[version] = a.toFloatArray();
                gradients[version] = ex.getGradient().toFloatArray();
                tauGradients[version] = new float[] {tauA.getGradient().getFloat(), tauD.getGradient().getFloat()};
            }
        }
        for (int i = 0; i < u.length; i++) {
            assertEquals(values[0][i], values[1][i], 1e-5, "activation " + i);
            assertEquals(gradients[0][i], gradients[1][i], 1e-3 * (1 + Math.abs(gradients[0][i])), "∂/∂u " + i);
        }
        for (int k = 0; k < 2; k++) {
            assertEquals(tauGradients[0][k], tauGradients[1][k], 1e-2 * Math.abs(tauGradients[0][k]), "∂/∂τ " + k);
        }
    }

    @Test
    void analyticSlopeMatchesFiniteDifferences() {
        Thelen2003Muscle.Parameters p = Thelen2003Muscle.Parameters.defaults("TRIlat", 624.3, 0.1138, 0.0709, 0.157);
        TendonEquilibrium equilibrium = new TendonEquilibrium(List.of(MuscleConstants.of(p)), 1);
        for (double x : new double[] {0.005, 0.02, 0.035, 0.06}) {
            for (double v : new double[] {-0.3, 0, 0.2}) {
                double h = 1e-7;
                double fd = (equilibrium.residual(0, 0.4, 0.19, v, 0.1138, 0.0709, x + h)
                        - equilibrium.residual(0, 0.4, 0.19, v, 0.1138, 0.0709, x - h)) / (2 * h);
                float[] slope = equilibrium.solve(new float[] {0.4f}, new float[] {0.19f}, new float[] {(float) v}, 1, 1,
                        0.01, new double[] {0.1138}, new double[] {0.0709}).slope();
                assertTrue(slope[0] > 0);
                assertEquals(fd, equilibrium.slopeAt(0, 0.4, 0.19, v, 0.1138, 0.0709, x), 1e-5 * Math.max(1, Math.abs(fd)));
            }
        }
    }

    @Test
    void delayShiftsARampExactly() {
        // u[t] = t: linear interpolation of a ramp is exact, so u(t − δ) = t − δ/Δt for t ≥ δ/Δt + 1;
        // d u_d/dδ = −1/Δt.
        int frames = 20;
        double dt = 0.01;
        float[] ramp = new float[frames];
        for (int t = 0; t < frames; t++) {
            ramp[t] = t;
        }
        NDArray u = manager.create(ramp, new Shape(1, frames, 1));
        NDArray delay = manager.create(0.025f);
        float[] shifted;
        float gradient;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            delay.setRequiresGradient(true);
            NDArray out = ElectromechanicalDelay.shift(u, delay, dt, 8);
            collector.backward(out.get("0, 10, 0"));
            shifted = out.toFloatArray();
            gradient = delay.getGradient().getFloat();
        }
        for (int t = 4; t < frames; t++) {
            assertEquals(t - 2.5, shifted[t], 1e-4, "frame " + t);
        }
        assertEquals(0, shifted[0], 1e-6); // before the start: the first frame repeated
        assertEquals(-1 / dt, gradient, 1e-2);
    }

    @Test
    void staticEquilibriumMatchesTheEngineThelenMuscle() {
        // At zero speed the engine's equilibrium solve has f_V = 1; ours with one pass and l̇_MT = 0 too.
        Thelen2003Muscle.Parameters p = Thelen2003Muscle.Parameters.defaults("TRIlong", 798.52, 0.134, 0.1428, 0.20944);
        Thelen2003Muscle engineMuscle = new Thelen2003Muscle(p);
        TendonEquilibrium equilibrium = new TendonEquilibrium(List.of(MuscleConstants.of(p)), 1);
        double[] lengths = {0.24, 0.27, 0.29, 0.31};
        double[] activations = {0.05, 0.4, 1.0, 0.7};
        float[] l = new float[4];
        float[] a = new float[4];
        for (int i = 0; i < 4; i++) {
            l[i] = (float) lengths[i];
            a[i] = (float) activations[i];
        }
        TendonEquilibrium.Solution s = equilibrium.solve(a, l, new float[4], 1, 4, 0.01, new double[] {0.134},
                new double[] {0.1428});
        NDArray force = equilibrium.tendonForce(manager.create(a, new Shape(1, 4, 1)),
                manager.create(l, new Shape(1, 4, 1)), s, manager.create(new float[] {798.52f}),
                manager.create(new float[] {0.134f}), manager.create(new float[] {0.1428f}));
        float[] f = force.toFloatArray();
        for (int i = 0; i < 4; i++) {
            FiberEquilibrium e = engineMuscle.equilibrium(a[i], l[i], 0);
            assertEquals(e.tendonForce(), f[i], 1e-4 * 798.52 + 1e-3 * e.tendonForce(), "length " + l[i]);
        }
    }

    @Test
    void implicitGradientMatchesFiniteDifferences() {
        // dF_T/dl_opt from the one-step implicit-function construction vs re-solving at l_opt ± 0.5 mm
        Thelen2003Muscle.Parameters p = Thelen2003Muscle.Parameters.defaults("BRA", 987.26, 0.0858, 0.0548, 0);
        TendonEquilibrium equilibrium = new TendonEquilibrium(List.of(MuscleConstants.of(p)), 1);
        float[] l = {0.15f};
        float[] a = {0.6f};
        double lopt = 0.0858;
        double h = 5e-4;
        double up = staticForce(equilibrium, a, l, lopt + h);
        double down = staticForce(equilibrium, a, l, lopt - h);
        TendonEquilibrium.Solution s = equilibrium.solve(a, l, new float[1], 1, 1, 0.01, new double[] {lopt},
                new double[] {0.0548});
        float gradient;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray optimal = manager.create(new float[] {(float) lopt});
            optimal.setRequiresGradient(true);
            NDArray force = equilibrium.tendonForce(manager.create(a, new Shape(1, 1, 1)),
                    manager.create(l, new Shape(1, 1, 1)), s, manager.create(new float[] {987.26f}), optimal,
                    manager.create(new float[] {0.0548f}));
            collector.backward(force.sum());
            gradient = optimal.getGradient().getFloat();
        }
        double expected = (up - down) / (2 * h);
        assertEquals(expected, gradient, 0.02 * Math.abs(expected));
    }

    private static double staticForce(TendonEquilibrium equilibrium, float[] a, float[] l, double lopt) {
        TendonEquilibrium.Solution s = equilibrium.solve(a, l, new float[1], 1, 1, 0.01, new double[] {lopt},
                new double[] {0.0548});
        double x = s.strain()[0];
        return 987.26 * new org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve(0.04).value(1 + x);
    }

    @Test
    void boundedValuesStartAtNominalAndStayInside() {
        BoundedVector v = BoundedVector.relative("max_isometric_force", List.of("A", "B"), new double[] {100, 400},
                0.5, 1.5);
        double[] start = v.value(v.initialLogits());
        assertEquals(100, start[0], 1e-4);
        assertEquals(400, start[1], 1e-3);
        double[] extreme = v.value(new float[] {-50, 50});
        assertEquals(50, extreme[0], 1e-6);
        assertEquals(600, extreme[1], 1e-6);
        assertEquals(0, v.priorPenalty(manager, manager.create(v.initialLogits())).getFloat(), 1e-8);
    }

    @Test
    void badBoundsAreRefusedWithTheirName() {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> BoundedVector.scalar("delay", 0.05, 0.06, 0.1));
        assertEquals("parameter delay.delay: nominal value 0.05 is not strictly inside its bounds [0.06, 0.1]",
                e.getMessage());
        assertThrows(NeuroMskException.class, () -> BoundedVector.scalar("tau", 0.05, 0.1, 0.01));
    }
}
