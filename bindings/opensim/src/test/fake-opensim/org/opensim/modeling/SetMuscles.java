package org.opensim.modeling;

import java.util.List;

/** Fake Set&lt;Muscle&gt;. */
public class SetMuscles {
    final List<Muscle> items;

    SetMuscles(List<Muscle> items) {
        this.items = items;
    }

    public int getSize() {
        return items.size();
    }

    public Muscle get(int i) {
        return items.get(i);
    }

    public Muscle get(String name) {
        return items.stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new RuntimeException("Set::get(): No object with name '" + name + "'"));
    }
}
