package org.neuromsk.io.control;

import java.util.Optional;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * A set of controls as time functions, {@code <ControlSet>}: the {@code *_controls.xml} that static
 * optimization and CMC write and that ForwardTool reads through a {@link ControlSetController}.
 * Members other than {@link ControlLinear} are preserved, not typed.
 */
@XmlRootElement(name = "ControlSet")
@XmlSeeAlso({ControlLinear.class})
public final class ControlSet extends OsimSet<ControlLinear> {

    /** An empty set without a name (for the XML binding). */
    public ControlSet() {
        super(ControlLinear.class);
    }

    /** @param name the set's name */
    public ControlSet(String name) {
        super(ControlLinear.class, name);
    }

    /**
     * Looks a control up as OpenSim's ControlSetController does: by the actuator name, then by
     * {@code <actuator>.excitation}.
     *
     * @param actuator an actuator name
     * @return its control
     */
    public Optional<ControlLinear> forActuator(String actuator) {
        Optional<ControlLinear> exact = find(actuator);
        return exact.isPresent() ? exact : find(actuator + ".excitation");
    }
}
