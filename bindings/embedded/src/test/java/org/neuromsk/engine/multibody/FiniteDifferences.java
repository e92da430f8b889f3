package org.neuromsk.engine.multibody;

import java.util.function.DoubleFunction;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * Central differences of positions along a time path, used as independent references for
 * analytic velocities and accelerations.
 */
public final class FiniteDifferences {

    /** Step for first derivatives (s). */
    public static final double H1 = 1e-5;
    /** Step for second derivatives (s). */
    public static final double H2 = 1e-4;

    private FiniteDifferences() {
    }

    /** @return dp/dt at t = 0 by central differences */
    public static Vec3 velocity(DoubleFunction<Vec3> p) {
        return p.apply(H1).minus(p.apply(-H1)).times(1 / (2 * H1));
    }

    /** @return d²p/dt² at t = 0 by central differences */
    public static Vec3 acceleration(DoubleFunction<Vec3> p) {
        return p.apply(H2).minus(p.apply(0).times(2)).plus(p.apply(-H2)).times(1 / (H2 * H2));
    }

    /** @return ω with {@code [ω]× = Ṙ·Rᵀ} at t = 0 (angular velocity expressed in the reference frame) */
    public static Vec3 angularVelocity(DoubleFunction<Transform> x) {
        double[] r0 = x.apply(0).rotation().toRowMajor();
        double[] rp = x.apply(H1).rotation().toRowMajor();
        double[] rm = x.apply(-H1).rotation().toRowMajor();
        double[] rdot = new double[9];
        for (int i = 0; i < 9; i++) {
            rdot[i] = (rp[i] - rm[i]) / (2 * H1);
        }
        return vee(multiplyTransposed(rdot, r0));
    }

    /**
     * @return α with {@code [α]× = d/dt(Ṙ·Rᵀ) = R̈·Rᵀ + Ṙ·Ṙᵀ} at t = 0
     */
    public static Vec3 angularAcceleration(DoubleFunction<Transform> x) {
        double[] r0 = x.apply(0).rotation().toRowMajor();
        double[] rp = x.apply(H2).rotation().toRowMajor();
        double[] rm = x.apply(-H2).rotation().toRowMajor();
        double[] rdot = new double[9];
        double[] rddot = new double[9];
        for (int i = 0; i < 9; i++) {
            rdot[i] = (rp[i] - rm[i]) / (2 * H2);
            rddot[i] = (rp[i] - 2 * r0[i] + rm[i]) / (H2 * H2);
        }
        double[] a = multiplyTransposed(rddot, r0);
        double[] b = multiplyTransposed(rdot, rdot);
        for (int i = 0; i < 9; i++) {
            a[i] += b[i];
        }
        return vee(a);
    }

    private static double[] multiplyTransposed(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[3 * i + j] += a[3 * i + k] * b[3 * j + k];
                }
            }
        }
        return c;
    }

    /** Axial vector of the skew part of a 3×3 matrix. */
    private static Vec3 vee(double[] s) {
        return new Vec3(0.5 * (s[7] - s[5]), 0.5 * (s[2] - s[6]), 0.5 * (s[3] - s[1]));
    }
}
