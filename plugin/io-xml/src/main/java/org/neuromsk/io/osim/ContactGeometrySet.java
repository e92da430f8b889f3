package org.neuromsk.io.osim;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.OsimSet;

/**
 * Contact geometry of a model, {@code <ContactGeometrySet>}; its members are preserved, not typed.
 */
public final class ContactGeometrySet extends OsimSet<OsimObject> {

    /** An empty set without a name (for the XML binding). */
    public ContactGeometrySet() {
        super(OsimObject.class);
    }

    /** @param name the set's name */
    public ContactGeometrySet(String name) {
        super(OsimObject.class, name);
    }
}
