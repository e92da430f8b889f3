package org.neuromsk.engine.multibody;

import java.util.Objects;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * A frame fixed to a parent frame by a constant transform (OpenSim's PhysicalOffsetFrame). Chains
 * are allowed; the transform to the base body is composed once at construction.
 */
public final class OffsetFrame implements PhysicalFrame {

    private final String name;
    private final PhysicalFrame parent;
    private final Transform transformInParent;
    private final Transform transformInBase;

    /**
     * @param name the frame's name
     * @param parent the frame it is fixed to
     * @param transformInParent {@code X_parent,this} (m, rad)
     */
    public OffsetFrame(String name, PhysicalFrame parent, Transform transformInParent) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new NeuroMskException("offset frame name is blank");
        }
        this.name = name;
        this.parent = Objects.requireNonNull(parent, "parent");
        this.transformInParent = Objects.requireNonNull(transformInParent, "transformInParent");
        this.transformInBase = parent.transformInBase().times(transformInParent);
    }

    /**
     * OpenSim's property form: {@code translation} in the parent and {@code orientation} as
     * body-fixed X-Y-Z angles, {@code R = Rx(θ1)·Ry(θ2)·Rz(θ3)}.
     *
     * @param name the frame's name
     * @param parent the frame it is fixed to
     * @param translation origin in the parent frame (m)
     * @param orientation body-fixed X-Y-Z angles (rad)
     * @return the offset frame
     */
    public static OffsetFrame of(String name, PhysicalFrame parent, Vec3 translation, Vec3 orientation) {
        return new OffsetFrame(name, parent, Transform.ofEulerXYZ(translation, orientation));
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the frame this one is fixed to */
    public PhysicalFrame parent() {
        return parent;
    }

    /** @return {@code X_parent,this} */
    public Transform transformInParent() {
        return transformInParent;
    }

    @Override
    public PhysicalFrame base() {
        return parent.base();
    }

    @Override
    public Transform transformInBase() {
        return transformInBase;
    }

    @Override
    public String toString() {
        return "OffsetFrame[" + name + " on " + parent.name() + "]";
    }
}
