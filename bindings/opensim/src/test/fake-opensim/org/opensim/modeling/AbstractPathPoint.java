package org.opensim.modeling;

/** Fake path point: fixed to a body. */
public class AbstractPathPoint {
    final PhysicalFrame frame;

    AbstractPathPoint(String body) {
        frame = new PhysicalFrame(body);
    }

    public PhysicalFrame getParentFrame() {
        return frame;
    }
}
