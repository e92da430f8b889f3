package org.opensim.modeling;

/** Fake physical frame (a body or ground). */
public class PhysicalFrame extends Frame {
    PhysicalFrame(String name) {
        super(name);
    }
}
