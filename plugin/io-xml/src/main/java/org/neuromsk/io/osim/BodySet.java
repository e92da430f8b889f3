package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The bodies of a model, {@code <BodySet>}.
 */
@XmlSeeAlso({Body.class})
public final class BodySet extends OsimSet<Body> {

    /** An empty set without a name (for the XML binding). */
    public BodySet() {
        super(Body.class);
    }

    /** @param name the set's name */
    public BodySet(String name) {
        super(Body.class, name);
    }
}
