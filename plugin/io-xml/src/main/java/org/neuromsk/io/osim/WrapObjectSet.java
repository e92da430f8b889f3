package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The wrap objects of a frame, {@code <WrapObjectSet>}.
 */
@XmlSeeAlso({WrapCylinder.class, WrapEllipsoid.class, WrapSphere.class, WrapTorus.class})
public final class WrapObjectSet extends OsimSet<WrapObject> {

    /** An empty set without a name (for the XML binding). */
    public WrapObjectSet() {
        super(WrapObject.class);
    }

    /** @param name the set's name */
    public WrapObjectSet(String name) {
        super(WrapObject.class, name);
    }
}
