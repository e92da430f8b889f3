package org.neuromsk.engine.path;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * OpenSim's ConditionalPathPoint: part of the path only while a coordinate lies in a range (widened
 * by 1e-5 on both sides, as OpenSim does). Without a coordinate it is never active.
 *
 * @param name the point's name
 * @param frame its frame
 * @param fixedLocation location in the frame (m)
 * @param coordinate index of the coordinate in tree order, or -1 when none is connected
 * @param min lower end of the range (rad or m)
 * @param max upper end of the range (rad or m)
 */
public record ConditionalPathPoint(String name, PhysicalFrame frame, Vec3 fixedLocation, int coordinate, double min,
        double max) implements PathPoint {

    /** Widening of the range, as in OpenSim. */
    public static final double RANGE_TOLERANCE = 1e-5;

    @Override
    public boolean isActive(double[] q) {
        if (coordinate < 0) {
            return false;
        }
        double v = q[coordinate];
        return v >= min - RANGE_TOLERANCE && v <= max + RANGE_TOLERANCE;
    }

    @Override
    public Vec3 location(double[] q) {
        return fixedLocation;
    }
}
