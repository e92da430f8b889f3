package org.opensim.modeling;

/** Fake geometry path: only its points. */
public class GeometryPath {
    final PathPointSet points;

    GeometryPath(PathPointSet points) {
        this.points = points;
    }

    public PathPointSet getPathPointSet() {
        return points;
    }
}
