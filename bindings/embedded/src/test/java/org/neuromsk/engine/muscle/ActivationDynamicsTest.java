package org.neuromsk.engine.muscle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class ActivationDynamicsTest {

    private final ActivationDynamics dyn = new ActivationDynamics(0.01, 0.04, 0.01);

    @Test
    void clampsAndPicksTheTimeConstantFromTheDirection() {
        assertEquals(0.01, dyn.clamp(-0.3), 0.0);
        assertEquals(1.0, dyn.clamp(1.7), 0.0);
        assertEquals(0.4, dyn.clamp(0.4), 0.0);
        // rising: τ_act(0.5 + 1.5a) = 0.01·(0.5 + 0.6)
        assertEquals(0.011, dyn.timeConstant(0.4, 0.9), 1e-17);
        // falling: τ_deact/(0.5 + 1.5a) = 0.04/1.1
        assertEquals(0.04 / 1.1, dyn.timeConstant(0.4, 0.1), 1e-17);
        // (0.9 − 0.4)/0.011 and (0.1 − 0.4)·1.1/0.04
        assertEquals(0.5 / 0.011, dyn.derivative(0.4, 0.9), 1e-11);
        assertEquals(-0.3 * 1.1 / 0.04, dyn.derivative(0.4, 0.1), 1e-11);
        // below the minimum the activation is clamped first: (0.5 − 0.01)/(0.01·0.515)
        assertEquals(0.49 / (0.01 * 0.515), dyn.derivative(-1, 0.5), 1e-9);
        // the excitation is not clamped: u = 1.5 drives harder
        assertEquals(1.1 / (0.01 * 1.1), dyn.derivative(0.4, 1.5), 1e-9);
        assertEquals(0.0, dyn.derivative(0.4, 0.4), 0.0);
    }

    @Test
    void activationStepMatchesTheImplicitClosedForm() {
        // ȧ = (u − a)/(τ_act(0.5 + 1.5a)) separates: dt = τ_act(0.5 + 1.5a)/(u − a) da, and with
        // 0.5 + 1.5a = (0.5 + 1.5u) − 1.5(u − a):
        //   t(a) = τ_act[(0.5 + 1.5u)·ln((u − a0)/(u − a)) − 1.5(a − a0)]
        double u = 0.8;
        double a0 = 0.05;
        double tEnd = 0.03;
        double numeric = integrate(a0, u, tEnd);
        double closed = bisect(a -> 0.01 * ((0.5 + 1.5 * u) * Math.log((u - a0) / (u - a)) - 1.5 * (a - a0)) - tEnd,
                a0, u - 1e-12);
        assertEquals(closed, numeric, 1e-6);
        // the step has risen most of the way but not all of it
        assertEquals(true, numeric > 0.6 && numeric < u);
    }

    @Test
    void deactivationStepMatchesTheExplicitClosedForm() {
        // ȧ = (u − a)(0.5 + 1.5a)/τ_deact; partial fractions with K = exp(t(0.5 + 1.5u)/τ_deact) give
        //   a(t) = [K(0.5 + 1.5a0)u + 0.5(a0 − u)] / [K(0.5 + 1.5a0) − 1.5(a0 − u)]
        double u = 0.1;
        double a0 = 0.9;
        for (double t : new double[] {0.005, 0.02, 0.06}) {
            double k = Math.exp(t * (0.5 + 1.5 * u) / 0.04);
            double closed = (k * (0.5 + 1.5 * a0) * u + 0.5 * (a0 - u)) / (k * (0.5 + 1.5 * a0) - 1.5 * (a0 - u));
            assertEquals(closed, integrate(a0, u, t), 1e-6, "t = " + t);
        }
    }

    @Test
    void rejectsPropertiesOpenSimRejects() {
        assertThrows(NeuroMskException.class, () -> new ActivationDynamics(0, 0.04, 0.01));
        assertThrows(NeuroMskException.class, () -> new ActivationDynamics(0.01, -1, 0.01));
        assertThrows(NeuroMskException.class, () -> new ActivationDynamics(0.01, 0.04, 1.0));
    }

    /** Classic RK4 with 1e-5 s steps on ȧ = derivative(a, u). */
    private double integrate(double a0, double u, double tEnd) {
        int n = (int) Math.round(tEnd / 1e-5);
        double h = tEnd / n;
        double a = a0;
        for (int i = 0; i < n; i++) {
            double k1 = dyn.derivative(a, u);
            double k2 = dyn.derivative(a + 0.5 * h * k1, u);
            double k3 = dyn.derivative(a + 0.5 * h * k2, u);
            double k4 = dyn.derivative(a + h * k3, u);
            a += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        }
        return a;
    }

    private static double bisect(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
        double flo = f.applyAsDouble(lo);
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double fm = f.applyAsDouble(mid);
            if ((fm < 0) == (flo < 0)) {
                lo = mid;
                flo = fm;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
