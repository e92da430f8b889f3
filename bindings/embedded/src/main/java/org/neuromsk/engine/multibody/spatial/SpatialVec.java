package org.neuromsk.engine.multibody.spatial;

/**
 * A spatial vector: an angular and a linear part, both expressed in the same frame. As a spatial
 * velocity it is {@code [ω (rad/s); v (m/s)]} with v the velocity of a stated point; as a spatial
 * acceleration {@code [α (rad/s²); a (m/s²)]}; as a spatial force {@code [moment (N·m) about a
 * stated point; force (N)]}.
 *
 * @param angular the rotational part
 * @param linear the translational part
 */
public record SpatialVec(Vec3 angular, Vec3 linear) {

    /** The zero spatial vector. */
    public static final SpatialVec ZERO = new SpatialVec(Vec3.ZERO, Vec3.ZERO);

    /**
     * @param a array holding at least {@code offset + 6} values: angular then linear
     * @param offset index of the first angular component
     * @return the spatial vector stored there
     */
    public static SpatialVec of(double[] a, int offset) {
        return new SpatialVec(Vec3.of(a, offset), Vec3.of(a, offset + 3));
    }
}
