package org.opensim.modeling;

import java.util.List;

/** Fake joint set. */
public class JointSet {
    final List<Joint> items;

    JointSet(List<Joint> items) {
        this.items = items;
    }

    public int getSize() {
        return items.size();
    }

    public Joint get(int i) {
        return items.get(i);
    }
}
