package org.neuromsk.io.control;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.OsimObject;

/**
 * Something that sets actuator controls.
 */
public abstract class Controller extends OsimObject {

    @XmlElement(name = "enabled")
    private Boolean enabledFlag;

    @XmlElement(name = "isDisabled")
    private Boolean isDisabled;

    @XmlElement(name = "actuator_list")
    private NameList actuatorList;

    @XmlElement(name = "socket_actuators")
    private NameList socketActuators;

    /** For subclasses. */
    protected Controller() {
    }

    /** @param name the object's name */
    protected Controller(String name) {
        super(name);
    }

    /** @return whether the controller is enabled, {@code <enabled>}; null when absent */
    public Boolean enabledFlag() {
        return enabledFlag;
    }

    /** @param value new {@code <enabled>}, null to remove it */
    public void setEnabledFlag(Boolean value) {
        this.enabledFlag = value;
    }

    /** @return openSim 3 form of the opposite flag, {@code <isDisabled>}; null when absent */
    public Boolean isDisabled() {
        return isDisabled;
    }

    /** @param value new {@code <isDisabled>}, null to remove it */
    public void setIsDisabled(Boolean value) {
        this.isDisabled = value;
    }

    /**
     * @return names of the controlled actuators, or {@code ALL} (before OpenSim 4.6),
     * {@code <actuator_list>}; empty when absent
     */
    public List<String> actuatorList() {
        return actuatorList != null ? actuatorList.values() : List.of();
    }

    /** @param values new {@code <actuator_list>} */
    public void setActuatorList(List<String> values) {
        this.actuatorList = new NameList(values);
    }

    /**
     * @return paths of the controlled actuators (OpenSim 4.6+), {@code <socket_actuators>}; empty when absent
     */
    public List<String> socketActuators() {
        return socketActuators != null ? socketActuators.values() : List.of();
    }

    /** @param values new {@code <socket_actuators>} */
    public void setSocketActuators(List<String> values) {
        this.socketActuators = new NameList(values);
    }

    /** @return true unless {@code enabled} is false or the OpenSim 3 {@code isDisabled} is true */
    public boolean enabled() {
        if (enabledFlag != null) {
            return enabledFlag;
        }
        return isDisabled == null || !isDisabled;
    }
}
