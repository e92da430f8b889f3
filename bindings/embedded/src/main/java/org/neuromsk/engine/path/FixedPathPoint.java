package org.neuromsk.engine.path;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * OpenSim's PathPoint: always active, fixed in its frame.
 *
 * @param name the point's name
 * @param frame its frame
 * @param fixedLocation location in the frame (m)
 */
public record FixedPathPoint(String name, PhysicalFrame frame, Vec3 fixedLocation) implements PathPoint {

    @Override
    public boolean isActive(double[] q) {
        return true;
    }

    @Override
    public Vec3 location(double[] q) {
        return fixedLocation;
    }
}
