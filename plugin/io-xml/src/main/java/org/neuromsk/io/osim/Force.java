package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A force element of the model (muscle, actuator, external force).
 */
public abstract class Force extends OsimObject {

    @XmlElement(name = "appliesForce")
    private Boolean appliesForceFlag;

    @XmlElement(name = "isDisabled")
    private Boolean isDisabled;

    /** For subclasses. */
    protected Force() {
    }

    /** @param name the object's name */
    protected Force(String name) {
        super(name);
    }

    /** @return whether the force is applied, {@code <appliesForce>}; null when absent */
    public Boolean appliesForceFlag() {
        return appliesForceFlag;
    }

    /** @param value new {@code <appliesForce>}, null to remove it */
    public void setAppliesForceFlag(Boolean value) {
        this.appliesForceFlag = value;
    }

    /** @return openSim 3 form of the opposite flag, {@code <isDisabled>}; null when absent */
    public Boolean isDisabled() {
        return isDisabled;
    }

    /** @param value new {@code <isDisabled>}, null to remove it */
    public void setIsDisabled(Boolean value) {
        this.isDisabled = value;
    }

    /** @return true unless {@code appliesForce} is false or the OpenSim 3 {@code isDisabled} is true */
    public boolean appliesForce() {
        if (appliesForceFlag != null) {
            return appliesForceFlag;
        }
        return isDisabled == null || !isDisabled;
    }
}
