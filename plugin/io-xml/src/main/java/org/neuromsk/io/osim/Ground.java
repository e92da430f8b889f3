package org.neuromsk.io.osim;

/**
 * The inertial frame of a model, {@code <Ground name="ground">}.
 */
public final class Ground extends PhysicalFrame {

    /** A ground frame without a name. */
    public Ground() {
    }

    /** @param name the object's name */
    public Ground(String name) {
        super(name);
    }
}
