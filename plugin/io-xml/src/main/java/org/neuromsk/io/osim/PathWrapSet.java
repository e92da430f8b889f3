package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The wraps of a {@link GeometryPath}, {@code <PathWrapSet>}.
 */
@XmlSeeAlso({PathWrap.class})
public final class PathWrapSet extends OsimSet<PathWrap> {

    /** An empty set without a name (for the XML binding). */
    public PathWrapSet() {
        super(PathWrap.class);
    }

    /** @param name the set's name */
    public PathWrapSet(String name) {
        super(PathWrap.class, name);
    }
}
