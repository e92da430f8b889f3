package org.neuromsk.engine.multibody;

import org.neuromsk.engine.multibody.spatial.Transform;

/**
 * A frame rigidly attached to Ground or to a body: Ground itself, a {@link Body}'s own frame, or
 * an {@link OffsetFrame}. Frames are immutable and compared by identity.
 */
public sealed interface PhysicalFrame permits Ground, Body, OffsetFrame {

    /** @return the frame's name */
    String name();

    /** @return the Ground or Body this frame is fixed to (itself for Ground and bodies) */
    PhysicalFrame base();

    /** @return {@code X_base,frame}, this frame measured and expressed in its base (m, rad) */
    Transform transformInBase();
}
