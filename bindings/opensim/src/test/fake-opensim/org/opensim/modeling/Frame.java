package org.opensim.modeling;

/** Fake frame. */
public class Frame {
    final String name;

    Frame(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Frame findBaseFrame() {
        return this;
    }
}
