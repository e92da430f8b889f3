package org.neuromsk.engine.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.tool.Motions.G;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.io.storage.Storage;

/**
 * The whole inverse-dynamics pipeline (authored .osim, motion written with StorageWriter, read back,
 * EmbeddedBackend → InverseDynamicsTool) against textbook equations of motion.
 *
 * <p><b>Tolerance.</b> The tool differentiates the samples with a natural quintic interpolating
 * spline. Away from the ends its error in q̈ is O(h⁴·|q⁽⁶⁾|): with h = 1 ms and q = A·sin(ωt),
 * h⁴·A·ω⁶ is about 4e-8 rad/s² for A = 0.6, ω = 2π rad/s, i.e. below 1e-7 N·m for the inertias used
 * here; rounding in the spline solve is amplified by about 1/h² in q̈ (ε·|q|/h² ≈ 1e-10 times the
 * solve's conditioning; measured errors are 2e-10 to 3e-9 N·m). Near the ends the natural end
 * conditions (q''' = q'''' = 0) are wrong for a sine and the error is of order A·ω³·h there, but it
 * decays geometrically (by the factor ≈ 0.43 per knot of the quintic spline's decaying mode), so 50
 * samples in it is below 1e-17 of its start. Every test therefore reports the interval
 * [0.05 s, end − 0.05 s] and allows 1e-6 N·m (or N).
 */
class ClosedFormInverseDynamicsTest {

    private static final double TOL = 1e-6;
    private static final TimeRange INTERIOR = new TimeRange(0.05, 1.95);

    @TempDir
    Path dir;

    // Pendulum of pendulum.osim: pin about z at the origin, COM at (0, −l, 0) in the rod, gravity −g·y.
    private static final double M = 2.0;
    private static final double L = 0.6;
    private static final double I = 0.05;

    /**
     * COM at Rz(q)·(0, −l, 0) = (l·sin q, −l·cos q, 0). Gravity's moment about the pin's z axis is
     * (r × m·g)_z = r_x·(−m·g) = −m·g·l·sin q. Euler's equation about the fixed pin with the
     * parallel-axis inertia I + m·l² gives (I + m·l²)·q̈ = τ − m·g·l·sin q, so the generalized force
     * the tool must report is τ = (I + m·l²)·q̈ + m·g·l·sin q (no velocity term for a fixed axis).
     */
    static double pendulumTorque(double q, double qdd) {
        return (I + M * L * L) * qdd + M * G * L * Math.sin(q);
    }

    @Test
    void pendulumDrivenBySineMatchesClosedForm() {
        double a = 0.6;
        double w = 2 * Math.PI;
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("pendulum.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, x -> a * Math.sin(w * x)));

        Storage result = Motions.inverseDynamics(Motions.resource("pendulum.osim"), motion, null, -1, INTERIOR,
                List.of("Muscles"));

        assertEquals(List.of("q_moment"), result.labels());
        assertEquals(1901, result.rowCount(), "rows 0.05 .. 1.95 s at 1 kHz");
        assertEquals(0.05, result.time(0), 1e-12);
        assertEquals(1.95, result.endTime(), 1e-12);
        double error = Motions.maxError(result, "q_moment",
                x -> pendulumTorque(a * Math.sin(w * x), -a * w * w * Math.sin(w * x)));
        System.out.printf("pendulum: max |tau - closed form| = %.3g N·m%n", error);
        assertTrue(error < TOL, "max error " + error);
    }

    /**
     * Planar double pendulum of double_pendulum.osim: link 1 (m1, COM c1 below the shoulder, I1 about
     * its COM, elbow L1 below the shoulder), link 2 (m2, COM c2 below the elbow, I2); q1 is link 1's
     * angle from hanging down, q2 link 2's angle relative to link 1, both about z. The Lagrangian of
     * COM1 = c1·(sin q1, −cos q1), COM2 = L1·(sin q1, −cos q1) + c2·(sin(q1+q2), −cos(q1+q2)) gives
     * <pre>
     * M11 = I1 + m1·c1² + I2 + m2·(L1² + c2² + 2·L1·c2·cos q2)
     * M12 = I2 + m2·(c2² + L1·c2·cos q2),   M22 = I2 + m2·c2²,   h = m2·L1·c2·sin q2
     * τ1 = M11·q̈1 + M12·q̈2 − h·(2·q̇1·q̇2 + q̇2²) + (m1·c1 + m2·L1)·g·sin q1 + m2·c2·g·sin(q1 + q2)
     * τ2 = M12·q̈1 + M22·q̈2 + h·q̇1² + m2·c2·g·sin(q1 + q2)
     * </pre>
     */
    static double[] doublePendulumTorques(double q1, double q2, double u1, double u2, double a1, double a2) {
        double m1 = 1.5;
        double c1 = 0.3;
        double i1 = 0.02;
        double l1 = 0.7;
        double m2 = 0.8;
        double c2 = 0.25;
        double i2 = 0.01;
        double m11 = i1 + m1 * c1 * c1 + i2 + m2 * (l1 * l1 + c2 * c2 + 2 * l1 * c2 * Math.cos(q2));
        double m12 = i2 + m2 * (c2 * c2 + l1 * c2 * Math.cos(q2));
        double m22 = i2 + m2 * c2 * c2;
        double h = m2 * l1 * c2 * Math.sin(q2);
        double g2 = m2 * c2 * G * Math.sin(q1 + q2);
        double tau1 = m11 * a1 + m12 * a2 - h * (2 * u1 * u2 + u2 * u2) + (m1 * c1 + m2 * l1) * G * Math.sin(q1) + g2;
        double tau2 = m12 * a1 + m22 * a2 + h * u1 * u1 + g2;
        return new double[] {tau1, tau2};
    }

    @Test
    void doublePendulumMatchesTextbookEquations() {
        double a1 = 0.5;
        double w1 = 2 * Math.PI * 0.8;
        double a2 = 0.4;
        double w2 = 2 * Math.PI * 1.3;
        double b2 = 0.3;
        double phase = 0.5;
        DoubleUnaryOperator q1 = x -> a1 * Math.sin(w1 * x);
        DoubleUnaryOperator q2 = x -> b2 + a2 * Math.sin(w2 * x + phase);
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("double.mot");
        Motions.write(motion, false, List.of("q1", "q2"), t, Motions.sample(t, q1), Motions.sample(t, q2));

        Storage result = Motions.inverseDynamics(Motions.resource("double_pendulum.osim"), motion, null, -1,
                INTERIOR, List.of("Muscles"));

        assertEquals(List.of("q1_moment", "q2_moment"), result.labels());
        for (int j = 0; j < 2; j++) {
            final int joint = j;
            double error = Motions.maxError(result, j == 0 ? "q1_moment" : "q2_moment", x -> doublePendulumTorques(
                    q1.applyAsDouble(x), q2.applyAsDouble(x),
                    a1 * w1 * Math.cos(w1 * x), a2 * w2 * Math.cos(w2 * x + phase),
                    -a1 * w1 * w1 * Math.sin(w1 * x), -a2 * w2 * w2 * Math.sin(w2 * x + phase))[joint]);
            System.out.printf("double pendulum tau%d: max error = %.3g N·m%n", j + 1, error);
            assertTrue(error < TOL, "tau" + (j + 1) + " max error " + error);
        }
    }

    /**
     * cart_pole.osim with the motion in degrees. Cart (mass mc) on a slider along ground x, pole (mp,
     * COM lp below the hinge, Ip) pinned to it, angle θ from hanging down; a sled (ms) moved along x
     * by the Coupled coordinate c (SimmSpline through y = x, so its translation is c itself). With
     * the pole's COM at (x + lp·sin θ, −lp·cos θ):
     * <pre>
     * F_x = (mc + mp)·ẍ + mp·lp·(θ̈·cos θ − θ̇²·sin θ)
     * τ_θ = (Ip + mp·lp²)·θ̈ + mp·lp·ẍ·cos θ + mp·g·lp·sin θ
     * F_c = ms·c̈   (horizontal: gravity does no work along c)
     * </pre>
     * Only θ is Rotational: x (Translational) and c (Coupled) must be used as written, in m.
     */
    @Test
    void degreesConvertOnlyRotationalColumns() {
        double mc = 3;
        double mp = 0.5;
        double lp = 0.4;
        double ip = 0.01;
        double ms = 2;
        double ax = 0.2;
        double wx = 2 * Math.PI * 0.5;
        double thetaDeg = 30;
        double wt = 2 * Math.PI;
        double ac = 0.3;
        double wc = 2 * Math.PI * 0.6;
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("cart_pole_degrees.mot");
        Motions.write(motion, true, List.of("x", "theta", "c"), t,
                Motions.sample(t, s -> ax * Math.sin(wx * s)),
                Motions.sample(t, s -> thetaDeg * Math.sin(wt * s)),
                Motions.sample(t, s -> ac * Math.sin(wc * s)));

        Storage result = Motions.inverseDynamics(Motions.resource("cart_pole.osim"), motion, null, -1, INTERIOR,
                List.of("Muscles"));

        // multibody-tree order: the cart and the c slider hang from Ground (level 1), the pole from the cart
        assertEquals(List.of("x_force", "c_force", "theta_moment"), result.labels());
        double amp = Math.toRadians(thetaDeg);
        DoubleUnaryOperator th = s -> amp * Math.sin(wt * s);
        DoubleUnaryOperator thd = s -> amp * wt * Math.cos(wt * s);
        DoubleUnaryOperator thdd = s -> -amp * wt * wt * Math.sin(wt * s);
        DoubleUnaryOperator xdd = s -> -ax * wx * wx * Math.sin(wx * s);
        double errX = Motions.maxError(result, "x_force", s -> (mc + mp) * xdd.applyAsDouble(s)
                + mp * lp * (thdd.applyAsDouble(s) * Math.cos(th.applyAsDouble(s))
                        - Math.pow(thd.applyAsDouble(s), 2) * Math.sin(th.applyAsDouble(s))));
        double errTheta = Motions.maxError(result, "theta_moment", s -> (ip + mp * lp * lp) * thdd.applyAsDouble(s)
                + mp * lp * xdd.applyAsDouble(s) * Math.cos(th.applyAsDouble(s))
                + mp * G * lp * Math.sin(th.applyAsDouble(s)));
        double errC = Motions.maxError(result, "c_force", s -> -ms * ac * wc * wc * Math.sin(wc * s));
        System.out.printf("cart-pole (degrees): max errors x %.3g N, theta %.3g N·m, c %.3g N%n", errX, errTheta,
                errC);
        assertTrue(errX < TOL, "x_force max error " + errX);
        assertTrue(errTheta < TOL, "theta_moment max error " + errTheta);
        assertTrue(errC < TOL, "c_force max error " + errC);
    }

    @Test
    void statePathColumnsAreReadAsCoordinatesAndSpeedsIgnored() {
        double a = 0.6;
        double w = 2 * Math.PI;
        double[] t = Motions.times(2001, 1000);
        Path motion = dir.resolve("states.sto");
        // The speed column holds a wrong value on purpose: the tool differentiates q itself.
        Motions.write(motion, false, List.of("/jointset/pin/q/value", "/jointset/pin/q/speed"), t,
                Motions.sample(t, x -> a * Math.sin(w * x)), Motions.sample(t, x -> 100.0));

        Storage result = Motions.inverseDynamics(Motions.resource("pendulum.osim"), motion, null, -1, INTERIOR,
                List.of("Muscles"));

        assertEquals(List.of("q_moment"), result.labels());
        double error = Motions.maxError(result, "q_moment",
                x -> pendulumTorque(a * Math.sin(w * x), -a * w * w * Math.sin(w * x)));
        assertTrue(error < TOL, "max error " + error);
    }

    /**
     * A 0.5 Hz motion through the 6 Hz third-order Butterworth run forwards and backwards: the gain at
     * 0.5 Hz is 1/(1 + (0.5/6)⁶) ≈ 1 − 3.3e-7 and the phase zero, so the filtered q is the raw q
     * scaled by 1 − 3.3e-7 and the torque changes by at most 3.3e-7·((I + m·l²)·A·ω² + m·g·l·A) ≈ 4e-6
     * N·m (measured 4.6e-7 N·m: the inertial and gravity parts are in antiphase), plus the resampling
     * onto the filter's uniform grid (a quintic spline of the same samples). 1e-4 N·m bounds both.
     */
    @Test
    void lowpassOnASlowSignalBarelyChangesTheTorque() {
        double a = 0.6;
        double w = 2 * Math.PI * 0.5;
        double[] t = Motions.times(4001, 1000);
        Path motion = dir.resolve("slow.mot");
        Motions.write(motion, false, List.of("q"), t, Motions.sample(t, x -> a * Math.sin(w * x)));
        TimeRange range = new TimeRange(0.5, 3.5);
        DoubleUnaryOperator exact = x -> pendulumTorque(a * Math.sin(w * x), -a * w * w * Math.sin(w * x));

        Storage raw = Motions.inverseDynamics(Motions.resource("pendulum.osim"), motion, null, -1, range,
                List.of("Muscles"));
        Storage filtered = Motions.inverseDynamics(Motions.resource("pendulum.osim"), motion, null, 6, range,
                List.of("Muscles"));

        double errRaw = Motions.maxError(raw, "q_moment", exact);
        double errFiltered = Motions.maxError(filtered, "q_moment", exact);
        double maxDiff = 0;
        int compared = 0;
        for (int k = 0; k < filtered.rowCount(); k++) {
            int r = raw.indexOf("q_moment");
            double tf = filtered.time(k);
            int row = (int) Math.round((tf - raw.time(0)) * 1000);
            if (row >= 0 && row < raw.rowCount() && Math.abs(raw.time(row) - tf) < 1e-9) {
                maxDiff = Math.max(maxDiff, Math.abs(raw.value(row, r) - filtered.value(k, r)));
                compared++;
            }
        }
        System.out.printf("low-pass 6 Hz on 0.5 Hz: max error raw %.3g, filtered %.3g, |filtered-raw| %.3g N·m"
                + " over %d rows (%d filtered rows)%n", errRaw, errFiltered, maxDiff, compared, filtered.rowCount());
        assertTrue(errRaw < TOL, "raw " + errRaw);
        assertTrue(errFiltered < 1e-4, "filtered " + errFiltered);
        assertTrue(compared > 2900, "rows compared " + compared);
        assertTrue(maxDiff < 1e-4, "filtered vs raw " + maxDiff);
    }
}
