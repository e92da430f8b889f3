package org.neuromsk.engine.multibody.joint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.spatial.ArrayKernels;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's CustomJoint, i.e. Simbody's {@code MobilizedBody::FunctionBased}. With
 * {@code f_k = function_k(q)} and normalised axes {@code a_k}:
 * <ul>
 * <li>{@code R_FM = Rot(f0, a0)·Rot(f1, a1)·Rot(f2, a2)} (a body-fixed sequence: each rotation axis
 * is read in the frame left by the rotations before it);</li>
 * <li>{@code p_FM = f3·a3 + f4·a4 + f5·a5}, the translation axes being fixed in F;</li>
 * <li>{@code u = q̇}; H's angular part is {@code [a0, R1·a1, R1·R2·a2]·∂f/∂q}, its linear part
 * {@code [a3 a4 a5]·∂f/∂q}.</li>
 * </ul>
 * The coordinates are ordered by first appearance across rotation1..translation3. A coordinate's
 * motion type follows OpenSim: every axis it drives through a unit-slope linear function makes it
 * Rotational (axes 0–2) or Translational (3–5), the last such axis winning; otherwise Coupled.
 *
 * <p>The velocity-product term {@code Ḣ·u} is computed per {@link HDotConvention}; the default
 * reproduces Simbody (and hence OpenSim) exactly.
 */
public final class CustomJoint extends Joint {

    /**
     * How the time derivative of the rotation-axis matrix {@code W = [a0, R1·a1, R1·R2·a2]} is
     * formed in {@code Ḣ·u}. Both agree when the first rotation is driven only by the joint's first
     * coordinate and the third coordinate drives only the third rotation (true of every usual
     * pelvis, hip, knee and ankle definition). They differ for coupled joints in which one
     * coordinate drives several rotations, e.g. Rajagopal's walker_knee.
     */
    public enum HDotConvention {
        /**
         * Simbody 4.x {@code FunctionBasedImpl::buildHdot}: column 1 of Ẇ uses the angular velocity
         * produced by mobility 0 alone, column 2 the angular velocity produced by all mobilities
         * except mobility 2. This is what OpenSim 4.5.2 computes, so use it to match its numbers.
         */
        SIMBODY,
        /** The exact derivative: column 1 uses {@code a0·ḟ0}, column 2 uses {@code a0·ḟ0 + R1·a1·ḟ1}. */
        EXACT
    }

    // scratch layout in MobilizerKinematics.scratch
    private static final int F = 0;
    private static final int D1 = 6;
    private static final int D2 = 12;
    private static final int W = 18;
    private static final int R1 = 27;
    private static final int R12 = 36;
    private static final int TMP = 45;
    private static final int OMEGA = 54;

    private final SpatialTransform spatialTransform;
    private final HDotConvention convention;
    private final int[] axisCoordinate = new int[6];
    private final Function[] functions = new Function[6];
    private final double[] constants = new double[6];
    private final double[] unitAxes = new double[18];

    /**
     * A CustomJoint reproducing Simbody's velocity-product term ({@link HDotConvention#SIMBODY}).
     *
     * @param name the joint's name
     * @param spatialTransform the six axes
     * @param coordinates settings of the coordinates, matched to the axes by name, in any order;
     *     a coordinate named by an axis but missing here gets {@link Coordinate#named} defaults
     * @throws NeuroMskException if axes are collinear or a listed coordinate drives no axis
     */
    public CustomJoint(String name, SpatialTransform spatialTransform, List<Coordinate> coordinates) {
        this(name, spatialTransform, coordinates, HDotConvention.SIMBODY);
    }

    /**
     * @param name the joint's name
     * @param spatialTransform the six axes
     * @param coordinates settings of the coordinates, matched to the axes by name, in any order
     * @param convention how {@code Ḣ·u} is formed
     * @throws NeuroMskException if axes are collinear or a listed coordinate drives no axis
     */
    public CustomJoint(String name, SpatialTransform spatialTransform, List<Coordinate> coordinates,
            HDotConvention convention) {
        super(name, orderedCoordinates(name, spatialTransform, coordinates), motionTypes(spatialTransform));
        spatialTransform.checkIndependent(name);
        this.spatialTransform = spatialTransform;
        this.convention = java.util.Objects.requireNonNull(convention, "convention");
        List<String> names = spatialTransform.coordinateNames();
        if (names.size() > 6) {
            throw new NeuroMskException("CustomJoint '" + name + "' has more than 6 coordinates");
        }
        for (int k = 0; k < 6; k++) {
            TransformAxis axis = spatialTransform.axis(k);
            axisCoordinate[k] = axis.isDriven() ? names.indexOf(axis.coordinate()) : -1;
            functions[k] = axis.function();
            constants[k] = axis.isDriven() ? 0 : axis.function().value(0);
            axis.axis().normalized().copyTo(unitAxes, 3 * k);
        }
    }

    /** @return the six axes as given */
    public SpatialTransform spatialTransform() {
        return spatialTransform;
    }

    /** @return the convention used for {@code Ḣ·u} */
    public HDotConvention hDotConvention() {
        return convention;
    }

    private static List<Coordinate> orderedCoordinates(String name, SpatialTransform st, List<Coordinate> given) {
        Map<String, Coordinate> byName = new HashMap<>();
        for (Coordinate c : given) {
            if (byName.put(c.name(), c) != null) {
                throw new NeuroMskException("CustomJoint '" + name + "' lists coordinate '" + c.name() + "' twice");
            }
        }
        List<String> names = st.coordinateNames();
        for (String listed : byName.keySet()) {
            if (!names.contains(listed)) {
                throw new NeuroMskException("CustomJoint '" + name + "' lists coordinate '" + listed
                        + "' that drives none of its transform axes");
            }
        }
        List<Coordinate> ordered = new ArrayList<>();
        for (String n : names) {
            ordered.add(byName.getOrDefault(n, Coordinate.named(n)));
        }
        return ordered;
    }

    private static List<MotionType> motionTypes(SpatialTransform st) {
        List<MotionType> types = new ArrayList<>();
        for (String n : st.coordinateNames()) {
            MotionType mt = MotionType.UNDEFINED;
            for (int k = 0; k < 6; k++) {
                TransformAxis axis = st.axis(k);
                if (!n.equals(axis.coordinate())) {
                    continue;
                }
                if (axis.unitSlopeLinear()) {
                    mt = k < 3 ? MotionType.ROTATIONAL : MotionType.TRANSLATIONAL;
                } else if (mt == MotionType.UNDEFINED) {
                    mt = MotionType.COUPLED;
                }
            }
            types.add(mt);
        }
        return types;
    }

    @Override
    public void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out) {
        out.clearJacobian();
        double[] s = out.scratch;
        boolean withVelocity = u != null;
        for (int k = 0; k < 6; k++) {
            int c = axisCoordinate[k];
            if (c < 0) {
                s[F + k] = constants[k];
                s[D1 + k] = 0;
                s[D2 + k] = 0;
            } else {
                double x = q[offset + c];
                Function fn = functions[k];
                s[F + k] = fn.value(x);
                s[D1 + k] = fn.firstDerivative(x);
                s[D2 + k] = withVelocity ? fn.secondDerivative(x) : 0;
            }
        }
        double[] a = unitAxes;
        // R1 = Rot(f0, a0); R12 = R1·Rot(f1, a1); R_FM = R12·Rot(f2, a2)
        ArrayKernels.rotationAboutUnitAxis(s[F], a[0], a[1], a[2], s, R1);
        ArrayKernels.rotationAboutUnitAxis(s[F + 1], a[3], a[4], a[5], s, TMP);
        ArrayKernels.multiply(s, R1, s, TMP, s, R12);
        ArrayKernels.rotationAboutUnitAxis(s[F + 2], a[6], a[7], a[8], s, TMP);
        ArrayKernels.multiply(s, R12, s, TMP, out.rotation, 0);
        // W = [a0, R1·a1, R12·a2], rotation axes expressed in F
        System.arraycopy(a, 0, s, W, 3);
        ArrayKernels.apply(s, R1, a, 3, s, W + 3);
        ArrayKernels.apply(s, R12, a, 6, s, W + 6);
        double[] p = out.translation;
        for (int i = 0; i < 3; i++) {
            p[i] = s[F + 3] * a[9 + i] + s[F + 4] * a[12 + i] + s[F + 5] * a[15 + i];
        }
        double[] h = out.h;
        for (int k = 0; k < 6; k++) {
            int c = axisCoordinate[k];
            if (c < 0) {
                continue;
            }
            double d1 = s[D1 + k];
            if (k < 3) {
                int w = W + 3 * k;
                h[6 * c] += s[w] * d1;
                h[6 * c + 1] += s[w + 1] * d1;
                h[6 * c + 2] += s[w + 2] * d1;
            } else {
                h[6 * c + 3] += a[3 * k] * d1;
                h[6 * c + 4] += a[3 * k + 1] * d1;
                h[6 * c + 5] += a[3 * k + 2] * d1;
            }
        }
        if (withVelocity) {
            calcVelocityProduct(u, offset, s, out.hDotU);
        }
    }

    /** Ḣ·u = Ẇ·ḟ_rot + W·(f''·u²)_rot on the angular side, A·(f''·u²)_trans on the linear side. */
    private void calcVelocityProduct(double[] u, int offset, double[] s, double[] d) {
        double[] a = unitAxes;
        double fdot0 = rate(0, u, offset, s);
        double fdot1 = rate(1, u, offset, s);
        double fdot2 = rate(2, u, offset, s);
        for (int k = 0; k < 6; k++) {
            int c = axisCoordinate[k];
            if (c < 0) {
                continue;
            }
            double uc = u[offset + c];
            double acc = s[D2 + k] * uc * uc;
            if (acc == 0) {
                continue;
            }
            if (k < 3) {
                int w = W + 3 * k;
                d[0] += s[w] * acc;
                d[1] += s[w + 1] * acc;
                d[2] += s[w + 2] * acc;
            } else {
                d[3] += a[3 * k] * acc;
                d[4] += a[3 * k + 1] * acc;
                d[5] += a[3 * k + 2] * acc;
            }
        }
        // Angular velocities that turn axis 1 (omega1) and axis 2 (omega2), stored at OMEGA, OMEGA+3.
        int o1 = OMEGA;
        int o2 = OMEGA + 3;
        for (int i = 0; i < 6; i++) {
            s[OMEGA + i] = 0;
        }
        if (convention == HDotConvention.EXACT) {
            for (int i = 0; i < 3; i++) {
                s[o1 + i] = s[W + i] * fdot0;
                s[o2 + i] = s[W + i] * fdot0 + s[W + 3 + i] * fdot1;
            }
        } else {
            // Simbody: omega1 = angular velocity due to mobility 0 alone; omega2 = angular velocity
            // due to every mobility except mobility 2.
            for (int k = 0; k < 3; k++) {
                int c = axisCoordinate[k];
                if (c < 0) {
                    continue;
                }
                double rateK = s[D1 + k] * u[offset + c];
                for (int i = 0; i < 3; i++) {
                    double wk = s[W + 3 * k + i];
                    if (c == 0) {
                        s[o1 + i] += wk * rateK;
                    }
                    if (c != 2) {
                        s[o2 + i] += wk * rateK;
                    }
                }
            }
        }
        if (fdot1 != 0) {
            crossAccumulate(s, o1, W + 3, fdot1, d);
        }
        if (fdot2 != 0) {
            crossAccumulate(s, o2, W + 6, fdot2, d);
        }
    }

    private double rate(int k, double[] u, int offset, double[] s) {
        int c = axisCoordinate[k];
        return c < 0 ? 0 : s[D1 + k] * u[offset + c];
    }

    /** d[0..2] += scale · (s[omega..] × s[axis..]). */
    private static void crossAccumulate(double[] s, int omega, int axis, double scale, double[] d) {
        double ox = s[omega];
        double oy = s[omega + 1];
        double oz = s[omega + 2];
        double ax = s[axis];
        double ay = s[axis + 1];
        double az = s[axis + 2];
        d[0] += scale * (oy * az - oz * ay);
        d[1] += scale * (oz * ax - ox * az);
        d[2] += scale * (ox * ay - oy * ax);
    }

    /** @return the unit axis k (k = 0..5) as used in the kinematics */
    public Vec3 unitAxis(int k) {
        return Vec3.of(unitAxes, 3 * k);
    }
}
