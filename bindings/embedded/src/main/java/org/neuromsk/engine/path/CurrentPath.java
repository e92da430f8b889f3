package org.neuromsk.engine.path;

import java.util.List;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * The path at one pose: active points in order with wrap tangent points inserted, and its length.
 *
 * @param points the points in order
 * @param length total length (m): straight segments plus the arcs over wrap objects
 */
public record CurrentPath(List<Point> points, double length) {

    /**
     * One point of the current path.
     *
     * @param frame the frame it is fixed in at this pose
     * @param local location in that frame (m)
     * @param ground location in Ground (m) as OpenSim reports it: for a wrap tangent point, where the
     *     point was when first placed during this path computation (see {@link GeometryPath})
     * @param moving the moving path point it is, or null
     * @param wrap index of the PathWrap whose tangent point it is, or -1
     * @param arcBefore for the second tangent point of a wrap, the arc length from the first (m); else 0
     */
    public record Point(PhysicalFrame frame, Vec3 local, Vec3 ground, MovingPathPoint moving, int wrap,
            double arcBefore) {

        boolean sameWrapAs(Point other) {
            return wrap >= 0 && wrap == other.wrap;
        }
    }

    /** @return the straight distances and arcs summed */
    static double lengthOf(List<Point> points) {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            length += a.sameWrapAs(b) ? b.arcBefore() : a.ground().minus(b.ground()).norm();
        }
        return length;
    }
}
