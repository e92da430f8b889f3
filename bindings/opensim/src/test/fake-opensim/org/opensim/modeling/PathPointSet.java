package org.opensim.modeling;

import java.util.List;

/** Fake path point set. */
public class PathPointSet {
    final List<AbstractPathPoint> points;

    PathPointSet(List<AbstractPathPoint> points) {
        this.points = points;
    }

    public int getSize() {
        return points.size();
    }

    public AbstractPathPoint get(int i) {
        return points.get(i);
    }
}
