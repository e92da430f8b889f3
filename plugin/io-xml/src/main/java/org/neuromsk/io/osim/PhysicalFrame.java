package org.neuromsk.io.osim;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A frame that can carry mass, wrap objects and geometry: {@link Ground}, {@link Body} or
 * {@link PhysicalOffsetFrame}. Attached geometry and frame geometry are display-only and stay preserved
 * as unknown elements.
 */
public abstract class PhysicalFrame extends OsimObject {

    @XmlElement(name = "WrapObjectSet")
    private WrapObjectSet wrapObjectSet;

    /** For subclasses. */
    protected PhysicalFrame() {
    }

    /** @param name the object's name */
    protected PhysicalFrame(String name) {
        super(name);
    }

    /** @return the wrap objects fixed to this frame, {@code <WrapObjectSet>}; null when absent */
    public WrapObjectSet wrapObjectSet() {
        return wrapObjectSet;
    }

    /** @param value new {@code <WrapObjectSet>}, null to remove it */
    public void setWrapObjectSet(WrapObjectSet value) {
        this.wrapObjectSet = value;
    }

    /** @return the wrap objects of this frame, in file order (empty when there is no WrapObjectSet) */
    public List<WrapObject> wrapObjects() {
        return wrapObjectSet == null ? List.of() : wrapObjectSet.items();
    }
}
