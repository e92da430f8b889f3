package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.OsimSet;

/**
 * Additional components of a model, {@code <ComponentSet>}; members other than offset frames are
 * preserved, not typed.
 */
@XmlSeeAlso({PhysicalOffsetFrame.class})
public final class ComponentSet extends OsimSet<OsimObject> {

    /** An empty set without a name (for the XML binding). */
    public ComponentSet() {
        super(OsimObject.class);
    }

    /** @param name the set's name */
    public ComponentSet(String name) {
        super(OsimObject.class, name);
    }
}
