package org.opensim.modeling;

import java.util.List;

/** Fake coordinate set, in the model file's order (not the tree order). */
public class CoordinateSet {
    final List<Coordinate> items;

    CoordinateSet(List<Coordinate> items) {
        this.items = items;
    }

    public int getSize() {
        return items.size();
    }

    public Coordinate get(int i) {
        return items.get(i);
    }

    public Coordinate get(String name) {
        return items.stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new RuntimeException("Set::get(): No object with name '" + name + "'"));
    }
}
