package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The forces of a model, {@code <ForceSet>}; also the root of actuator files such as
 * {@code arm26_Reserve_Actuators.xml}. Groups (e.g. {@code Muscles}) name subsets that tools can
 * exclude.
 */
@XmlRootElement(name = "ForceSet")
@XmlSeeAlso({Thelen2003Muscle.class, Millard2012EquilibriumMuscle.class, PathActuator.class, CoordinateActuator.class, PointActuator.class, TorqueActuator.class})
public final class ForceSet extends OsimSet<Force> {

    /** An empty set without a name (for the XML binding). */
    public ForceSet() {
        super(Force.class);
    }

    /** @param name the set's name */
    public ForceSet(String name) {
        super(Force.class, name);
    }
}
