package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A kinematic constraint of the model.
 */
public abstract class Constraint extends OsimObject {

    @XmlElement(name = "isEnforced")
    private Boolean isEnforced;

    @XmlElement(name = "isDisabled")
    private Boolean isDisabled;

    /** For subclasses. */
    protected Constraint() {
    }

    /** @param name the object's name */
    protected Constraint(String name) {
        super(name);
    }

    /** @return whether the constraint is enforced, {@code <isEnforced>}; true when absent */
    public Boolean isEnforced() {
        return isEnforced;
    }

    /** @param value new {@code <isEnforced>}, null to remove it */
    public void setIsEnforced(Boolean value) {
        this.isEnforced = value;
    }

    /** @return openSim 3 form of the opposite flag, {@code <isDisabled>}; null when absent */
    public Boolean isDisabled() {
        return isDisabled;
    }

    /** @param value new {@code <isDisabled>}, null to remove it */
    public void setIsDisabled(Boolean value) {
        this.isDisabled = value;
    }

    /** @return true unless {@code isEnforced} is false or the OpenSim 3 {@code isDisabled} is true */
    public boolean enforced() {
        if (isEnforced != null) {
            return isEnforced;
        }
        return isDisabled == null || !isDisabled;
    }
}
