package org.opensim.modeling;

/** Fake constraint set: only its size. */
public class ConstraintSet {
    final int size;

    ConstraintSet(int size) {
        this.size = size;
    }

    public int getSize() {
        return size;
    }
}
