package org.neuromsk.engine.multibody;

import org.neuromsk.engine.multibody.joint.Joint;

/**
 * A body together with the joint that connects it to its parent, as placed in a
 * {@link MultibodyModel}'s tree.
 *
 * @param bodyIndex the body's index in the model: 1..numBodies (0 is Ground)
 * @param body the child body
 * @param joint the joint's mobilizer
 * @param parentFrame the joint's parent frame F (on the parent body or Ground)
 * @param childFrame the joint's child frame M (on {@code body})
 * @param parentBodyIndex index of F's base (0 for Ground)
 * @param firstCoordinate index of the joint's first coordinate in the model's q and u arrays
 */
public record MobilizedBody(int bodyIndex, Body body, Joint joint, PhysicalFrame parentFrame,
        PhysicalFrame childFrame, int parentBodyIndex, int firstCoordinate) {

    /** @return the number of coordinates of the joint */
    public int numCoordinates() {
        return joint.numCoordinates();
    }
}
