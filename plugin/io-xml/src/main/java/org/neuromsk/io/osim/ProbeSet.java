package org.neuromsk.io.osim;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.OsimSet;

/**
 * Probes of a model, {@code <ProbeSet>}; its members are preserved, not typed.
 */
public final class ProbeSet extends OsimSet<OsimObject> {

    /** An empty set without a name (for the XML binding). */
    public ProbeSet() {
        super(OsimObject.class);
    }

    /** @param name the set's name */
    public ProbeSet(String name) {
        super(OsimObject.class, name);
    }
}
