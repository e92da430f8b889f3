package org.neuromsk.io.osim;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A path through points, wrapping over wrap objects, {@code <GeometryPath>}.
 */
public final class GeometryPath extends AbstractGeometryPath {

    @XmlElement(name = "PathPointSet")
    private PathPointSet pathPointSet;

    @XmlElement(name = "PathWrapSet")
    private PathWrapSet pathWrapSet;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public GeometryPath() {
    }

    /** @param name the object's name */
    public GeometryPath(String name) {
        super(name);
    }

    /** @return the path points, from origin to insertion, {@code <PathPointSet>}; null when absent */
    public PathPointSet pathPointSet() {
        return pathPointSet;
    }

    /** @param value new {@code <PathPointSet>}, null to remove it */
    public void setPathPointSet(PathPointSet value) {
        this.pathPointSet = value;
    }

    /** @return the wrap objects the path may wrap over, {@code <PathWrapSet>}; null when absent */
    public PathWrapSet pathWrapSet() {
        return pathWrapSet;
    }

    /** @param value new {@code <PathWrapSet>}, null to remove it */
    public void setPathWrapSet(PathWrapSet value) {
        this.pathWrapSet = value;
    }

    /** @return the path points in order, from origin to insertion (empty when absent) */
    public List<AbstractPathPoint> pathPoints() {
        return pathPointSet == null ? List.of() : pathPointSet.items();
    }

    /** @return the path wraps in order (empty when absent) */
    public List<PathWrap> pathWraps() {
        return pathWrapSet == null ? List.of() : pathWrapSet.items();
    }
}
