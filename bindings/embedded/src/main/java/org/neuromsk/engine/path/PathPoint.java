package org.neuromsk.engine.path;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;

/** A point of a muscle path, fixed in a frame, possibly active only in a range or moving with a coordinate. */
public sealed interface PathPoint permits FixedPathPoint, ConditionalPathPoint, MovingPathPoint {

    /** @return the point's name */
    String name();

    /** @return the frame the location is expressed in */
    PhysicalFrame frame();

    /**
     * @param q coordinate values in tree order (rad, m)
     * @return whether the point is part of the path at this pose
     */
    boolean isActive(double[] q);

    /**
     * @param q coordinate values in tree order (rad, m)
     * @return location in {@link #frame()} (m)
     */
    Vec3 location(double[] q);
}
