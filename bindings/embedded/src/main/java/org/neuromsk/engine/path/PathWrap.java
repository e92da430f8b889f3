package org.neuromsk.engine.path;

import java.util.Objects;

import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.wrap.WrapObject;

/**
 * OpenSim's PathWrap: a wrap object that a path may wrap over, and the span of path points it
 * applies to.
 *
 * @param name the wrap object's name
 * @param geometry the surface, in its own wrap frame
 * @param frame the body (or Ground) the wrap object is fixed to
 * @param wrapInFrame pose of the wrap frame in {@code frame} ({@code xyz_body_rotation}, {@code translation})
 * @param active whether the wrap object is active
 * @param first 0-based index into the path's point set where the span starts
 * @param last 0-based index where it ends (inclusive)
 */
public record PathWrap(String name, WrapObject geometry, PhysicalFrame frame, Transform wrapInFrame, boolean active,
        int first, int last) {

    /** Checks the fields. */
    public PathWrap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(wrapInFrame, "wrapInFrame");
    }
}
