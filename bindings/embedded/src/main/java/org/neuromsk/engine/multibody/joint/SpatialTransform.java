package org.neuromsk.engine.multibody.joint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * The six axes of a {@link CustomJoint}: {@code rotation1..3} then {@code translation1..3}.
 *
 * @param axes exactly six axes in that order
 */
public record SpatialTransform(List<TransformAxis> axes) {

    /** OpenSim's collinearity tolerance on |a × b| for raw (unnormalised) axes. */
    public static final double COLLINEAR_TOLERANCE = 1e-5;

    /**
     * Checks that there are six axes.
     */
    public SpatialTransform {
        axes = List.copyOf(axes);
        if (axes.size() != 6) {
            throw new NeuroMskException("a spatial transform needs 6 axes, got " + axes.size());
        }
    }

    /**
     * @return a spatial transform from its six axes
     */
    public static SpatialTransform of(TransformAxis rotation1, TransformAxis rotation2, TransformAxis rotation3,
            TransformAxis translation1, TransformAxis translation2, TransformAxis translation3) {
        return new SpatialTransform(List.of(rotation1, rotation2, rotation3, translation1, translation2, translation3));
    }

    /**
     * @param k 0..5 (0..2 rotations, 3..5 translations)
     * @return axis k
     */
    public TransformAxis axis(int k) {
        return axes.get(k);
    }

    /** @return the names of the coordinates in order of first appearance across rotation1..translation3 */
    public List<String> coordinateNames() {
        Set<String> names = new LinkedHashSet<>();
        for (TransformAxis a : axes) {
            if (a.isDriven()) {
                names.add(a.coordinate());
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * OpenSim's {@code constructIndependentAxes}, applied to the rotations and to the translations:
     * with 2 given axes the third becomes their normalised cross product; with 1 given, the second
     * is swapped for the third if collinear with the first (|a1·a2| within 1e-4 of 1) and the third
     * becomes {@code normalise(a2 × a1)}. With 0 or 3 given nothing changes. Replaced axes keep
     * their functions.
     *
     * @param givenRotations how many leading rotation axes are meaningful (0..3)
     * @param givenTranslations how many leading translation axes are meaningful (0..3)
     * @return a copy with independent axes
     */
    public SpatialTransform withIndependentAxes(int givenRotations, int givenTranslations) {
        List<TransformAxis> result = new ArrayList<>(axes);
        completeAxes(result, givenRotations, 0);
        completeAxes(result, givenTranslations, 3);
        return new SpatialTransform(result);
    }

    private static void completeAxes(List<TransformAxis> list, int given, int start) {
        if (given < 0 || given > 3) {
            throw new IllegalArgumentException("given axes must be 0..3, got " + given);
        }
        if (given == 0 || given == 3) {
            return;
        }
        Vec3 v1 = list.get(start).axis();
        if (given == 2) {
            Vec3 v2 = list.get(start + 1).axis();
            list.set(start + 2, list.get(start + 2).withAxis(v1.cross(v2).normalized()));
            return;
        }
        Vec3 v2 = list.get(start + 1).axis();
        Vec3 v3 = list.get(start + 2).axis();
        if (Math.abs(Math.abs(v1.dot(v2)) - 1) < 1e-4) {
            list.set(start + 1, list.get(start + 1).withAxis(v3));
            v2 = v3;
        }
        list.set(start + 2, list.get(start + 2).withAxis(v2.cross(v1).normalized()));
    }

    /**
     * Rejects collinear (or zero) axes among the rotations and among the translations, as OpenSim
     * does when it loads a CustomJoint.
     *
     * @param jointName used in the message
     */
    void checkIndependent(String jointName) {
        Objects.requireNonNull(jointName);
        for (int start = 0; start <= 3; start += 3) {
            Vec3 a = axes.get(start).axis();
            Vec3 b = axes.get(start + 1).axis();
            Vec3 c = axes.get(start + 2).axis();
            if (a.cross(b).norm() < COLLINEAR_TOLERANCE || a.cross(c).norm() < COLLINEAR_TOLERANCE
                    || b.cross(c).norm() < COLLINEAR_TOLERANCE) {
                throw new NeuroMskException("CustomJoint '" + jointName + "' has collinear "
                        + (start == 0 ? "rotation" : "translation") + " axes");
            }
        }
    }
}
