package org.opensim.modeling;

import java.util.List;

/** Fake joint between two bodies. */
public class Joint {
    final String name;
    final PhysicalFrame parent;
    final PhysicalFrame child;
    final List<Coordinate> coordinates;

    Joint(String name, String parent, String child, List<Coordinate> coordinates) {
        this.name = name;
        this.parent = new PhysicalFrame(parent);
        this.child = new PhysicalFrame(child);
        this.coordinates = coordinates;
    }

    public String getName() {
        return name;
    }

    public PhysicalFrame getParentFrame() {
        return parent;
    }

    public PhysicalFrame getChildFrame() {
        return child;
    }

    public int numCoordinates() {
        return coordinates.size();
    }

    public Coordinate get_coordinates(int i) {
        return coordinates.get(i);
    }
}
