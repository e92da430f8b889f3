package org.neuromsk.engine.multibody.joint;

import java.util.List;
import java.util.Objects;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.SpatialVec;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * A joint's mobilizer: how the child frame M moves relative to the parent frame F as a function
 * of the joint's coordinates q and speeds u (Simbody's mobilizer). It knows nothing about which
 * frames it connects; {@code MultibodyModel.Builder.addJoint} attaches it to a parent and a child
 * frame. Joints are immutable and may be shared between threads.
 *
 * <p>There is one q and one u per coordinate. For every joint type except {@link BallJoint} and
 * the rotations of {@link FreeJoint}, {@code u = q̇}.
 */
public abstract sealed class Joint
        permits WeldJoint, PinJoint, SliderJoint, UniversalJoint, GimbalJoint, BallJoint, FreeJoint,
        PlanarJoint, CustomJoint {

    private final String name;
    private final List<Coordinate> coordinates;
    private final List<MotionType> motionTypes;

    Joint(String name, List<Coordinate> coordinates, List<MotionType> motionTypes) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new NeuroMskException("joint name is blank");
        }
        for (Coordinate c : coordinates) {
            Objects.requireNonNull(c, () -> "joint '" + name + "' has a null coordinate");
        }
        this.name = name;
        this.coordinates = List.copyOf(coordinates);
        this.motionTypes = List.copyOf(motionTypes);
        long distinct = this.coordinates.stream().map(Coordinate::name).distinct().count();
        if (distinct != this.coordinates.size()) {
            throw new NeuroMskException("joint '" + name + "' has two coordinates with the same name");
        }
    }

    /** @return the joint's name */
    public final String name() {
        return name;
    }

    /** @return the number of coordinates (= mobilities) */
    public final int numCoordinates() {
        return coordinates.size();
    }

    /** @return the coordinates in the joint's mobility order */
    public final List<Coordinate> coordinates() {
        return coordinates;
    }

    /**
     * @param k 0..numCoordinates()−1
     * @return the k-th coordinate
     */
    public final Coordinate coordinate(int k) {
        return coordinates.get(k);
    }

    /**
     * @param k 0..numCoordinates()−1
     * @return the motion type of the k-th coordinate, as OpenSim assigns it
     */
    public final MotionType motionType(int k) {
        return motionTypes.get(k);
    }

    /**
     * @return true when every generalized speed is the time derivative of its coordinate; false for
     *     joints whose rotational speeds are angular-velocity components (Ball, Free)
     */
    public boolean speedsAreCoordinateRates() {
        return true;
    }

    /** @return a fresh output buffer sized for this joint */
    public final MobilizerKinematics newKinematicsBuffer() {
        return new MobilizerKinematics(numCoordinates());
    }

    /**
     * Computes {@code X_FM(q)}, {@code H_FM(q)} and, when u is given, {@code Ḣ_FM·u}, all in F.
     * Allocation-free.
     *
     * @param q coordinates; this joint's are {@code q[offset..offset+n−1]} (rad or m)
     * @param u speeds laid out like q, or null for positions only (then {@code Ḣ·u} is zero)
     * @param offset index of this joint's first coordinate
     * @param out buffer created by {@link #newKinematicsBuffer()}
     */
    public abstract void calcKinematics(double[] q, double[] u, int offset, MobilizerKinematics out);

    /**
     * Convenience (allocating) evaluation of {@code X_FM}.
     *
     * @param q this joint's coordinates (rad or m)
     * @return {@code X_FM(q)}
     */
    public final Transform transformFM(double... q) {
        MobilizerKinematics k = newKinematicsBuffer();
        calcKinematics(checkLength(q, "q"), null, 0, k);
        return new Transform(Rotation.copyOf(k.rotation, 0), Vec3.of(k.translation, 0));
    }

    /**
     * Convenience (allocating) evaluation of {@code V_FM = H·u}: M's angular velocity in F and the
     * velocity of M's origin in F, both expressed in F.
     *
     * @param q this joint's coordinates (rad or m)
     * @param u this joint's speeds
     * @return {@code [ω_FM (rad/s); v_FM (m/s)]}
     */
    public final SpatialVec velocityFM(double[] q, double[] u) {
        MobilizerKinematics k = newKinematicsBuffer();
        calcKinematics(checkLength(q, "q"), checkLength(u, "u"), 0, k);
        double[] v = new double[6];
        for (int j = 0; j < numCoordinates(); j++) {
            for (int c = 0; c < 6; c++) {
                v[c] += k.h[6 * j + c] * u[j];
            }
        }
        return SpatialVec.of(v, 0);
    }

    /**
     * Convenience (allocating) evaluation of {@code A_FM = H·u̇ + Ḣ·u}, the derivative in F of
     * {@link #velocityFM}, expressed in F.
     *
     * @param q this joint's coordinates (rad or m)
     * @param u this joint's speeds
     * @param udot this joint's speed derivatives
     * @return {@code [α_FM (rad/s²); a_FM (m/s²)]}
     */
    public final SpatialVec accelerationFM(double[] q, double[] u, double[] udot) {
        MobilizerKinematics k = newKinematicsBuffer();
        calcKinematics(checkLength(q, "q"), checkLength(u, "u"), 0, k);
        checkLength(udot, "udot");
        double[] a = k.hDotU.clone();
        for (int j = 0; j < numCoordinates(); j++) {
            for (int c = 0; c < 6; c++) {
                a[c] += k.h[6 * j + c] * udot[j];
            }
        }
        return SpatialVec.of(a, 0);
    }

    private double[] checkLength(double[] values, String what) {
        if (values.length != numCoordinates()) {
            throw new IllegalArgumentException("joint '" + name + "' needs " + numCoordinates() + " " + what
                    + " values, got " + values.length);
        }
        return values;
    }

    /**
     * Writes {@code Rz(angle)} into the rotation of {@code out}, which must hold the identity (as after
     * {@link MobilizerKinematics#setIdentityTransform()}).
     *
     * @param angle rotation about the common z axis (rad)
     */
    static void setRotationAboutZ(MobilizerKinematics out, double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double[] r = out.rotation;
        r[0] = c;
        r[1] = -s;
        r[3] = s;
        r[4] = c;
    }

    /** Sets column j of H to the given angular and linear parts. */
    static void setColumn(MobilizerKinematics out, int j, double wx, double wy, double wz,
            double vx, double vy, double vz) {
        double[] h = out.h;
        int o = 6 * j;
        h[o] = wx;
        h[o + 1] = wy;
        h[o + 2] = wz;
        h[o + 3] = vx;
        h[o + 4] = vy;
        h[o + 5] = vz;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
