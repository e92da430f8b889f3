package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The points of a {@link GeometryPath}, {@code <PathPointSet>}.
 */
@XmlSeeAlso({PathPoint.class, ConditionalPathPoint.class, MovingPathPoint.class})
public final class PathPointSet extends OsimSet<AbstractPathPoint> {

    /** An empty set without a name (for the XML binding). */
    public PathPointSet() {
        super(AbstractPathPoint.class);
    }

    /** @param name the set's name */
    public PathPointSet(String name) {
        super(AbstractPathPoint.class, name);
    }
}
