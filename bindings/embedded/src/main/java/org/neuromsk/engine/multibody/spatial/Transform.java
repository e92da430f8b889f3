package org.neuromsk.engine.multibody.spatial;

/**
 * A rigid transform {@code X_AB = [R_AB, p_AB]}: frame B measured and expressed in A. A point
 * with coordinates {@code x_B} in B has coordinates {@code x_A = p_AB + R_AB·x_B} in A.
 *
 * @param rotation {@code R_AB}
 * @param translation {@code p_AB}, the position of B's origin in A, expressed in A (m)
 */
public record Transform(Rotation rotation, Vec3 translation) {

    /** The identity transform. */
    public static final Transform IDENTITY = new Transform(Rotation.IDENTITY, Vec3.ZERO);

    /**
     * @param rotation {@code R_AB}
     * @param translation {@code p_AB} (m)
     */
    public Transform {
        java.util.Objects.requireNonNull(rotation, "rotation");
        java.util.Objects.requireNonNull(translation, "translation");
    }

    /**
     * @param translation offset (m) in the parent frame
     * @param xyzBodyFixedAngles body-fixed X-Y-Z angles (rad), as OpenSim's {@code orientation}
     * @return {@code [Rx·Ry·Rz, translation]}
     */
    public static Transform ofEulerXYZ(Vec3 translation, Vec3 xyzBodyFixedAngles) {
        return new Transform(Rotation.bodyFixedXYZ(xyzBodyFixedAngles), translation);
    }

    /** @return {@code X_AC = X_AB · X_BC} where this is {@code X_AB} */
    public Transform times(Transform bc) {
        return new Transform(rotation.times(bc.rotation), translation.plus(rotation.apply(bc.translation)));
    }

    /** @return {@code X_BA}, the inverse */
    public Transform inverse() {
        Rotation rt = rotation.transpose();
        return new Transform(rt, rt.apply(translation).negate());
    }

    /**
     * @param pointInB coordinates of a point in B (m)
     * @return its coordinates in A (m)
     */
    public Vec3 apply(Vec3 pointInB) {
        return translation.plus(rotation.apply(pointInB));
    }
}
