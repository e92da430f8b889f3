package org.neuromsk.engine.multibody;

import org.neuromsk.engine.multibody.spatial.Transform;

/** The inertial frame; every model has the one instance {@link #INSTANCE}, named "ground". */
public final class Ground implements PhysicalFrame {

    /** The ground frame. */
    public static final Ground INSTANCE = new Ground();

    private Ground() {
    }

    @Override
    public String name() {
        return "ground";
    }

    @Override
    public PhysicalFrame base() {
        return this;
    }

    @Override
    public Transform transformInBase() {
        return Transform.IDENTITY;
    }

    @Override
    public String toString() {
        return "Ground";
    }
}
