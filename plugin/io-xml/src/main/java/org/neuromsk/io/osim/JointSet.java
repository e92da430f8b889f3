package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The joints of a model, {@code <JointSet>}.
 */
@XmlSeeAlso({WeldJoint.class, PinJoint.class, SliderJoint.class, UniversalJoint.class, GimbalJoint.class, BallJoint.class, FreeJoint.class, PlanarJoint.class, CustomJoint.class})
public final class JointSet extends OsimSet<Joint> {

    /** An empty set without a name (for the XML binding). */
    public JointSet() {
        super(Joint.class);
    }

    /** @param name the set's name */
    public JointSet(String name) {
        super(Joint.class, name);
    }
}
