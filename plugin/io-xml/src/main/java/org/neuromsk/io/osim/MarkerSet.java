package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The markers of a model, {@code <MarkerSet>}.
 */
@XmlSeeAlso({Marker.class})
public final class MarkerSet extends OsimSet<Marker> {

    /** An empty set without a name (for the XML binding). */
    public MarkerSet() {
        super(Marker.class);
    }

    /** @param name the set's name */
    public MarkerSet(String name) {
        super(Marker.class, name);
    }
}
