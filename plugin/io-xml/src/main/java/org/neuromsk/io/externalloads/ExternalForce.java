package org.neuromsk.io.externalloads;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.osim.Force;

/**
 * A force (and optionally a point and a torque) read from columns of a data file and applied to a body,
 * {@code <ExternalForce>}. Each identifier is the common prefix of three columns
 * ({@code ground_force_v} matches {@code ground_force_vx/vy/vz}).
 */
@XmlRootElement(name = "ExternalForce")
public final class ExternalForce extends Force {

    @XmlElement(name = "applied_to_body")
    private String appliedToBody;

    @XmlElement(name = "force_expressed_in_body")
    private String forceExpressedInBody;

    @XmlElement(name = "point_expressed_in_body")
    private String pointExpressedInBody;

    @XmlElement(name = "force_identifier")
    private String forceIdentifier;

    @XmlElement(name = "point_identifier")
    private String pointIdentifier;

    @XmlElement(name = "torque_identifier")
    private String torqueIdentifier;

    @XmlElement(name = "data_source_name")
    private String dataSourceName;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ExternalForce() {
    }

    /** @param name the object's name */
    public ExternalForce(String name) {
        super(name);
    }

    /** @return name of the body the force acts on, {@code <applied_to_body>}; empty when absent */
    public String appliedToBody() {
        return appliedToBody != null ? appliedToBody : "";
    }

    /** @param value new {@code <applied_to_body>}, null to remove it */
    public void setAppliedToBody(String value) {
        this.appliedToBody = value;
    }

    /** @return true if the file gives {@code <applied_to_body>} */
    public boolean hasAppliedToBody() {
        return appliedToBody != null;
    }

    /**
     * @return name of the frame the force (N) and torque (N·m) columns are expressed in,
     * {@code <force_expressed_in_body>}; {@code "ground"} when absent
     */
    public String forceExpressedInBody() {
        return forceExpressedInBody != null ? forceExpressedInBody : "ground";
    }

    /** @param value new {@code <force_expressed_in_body>}, null to remove it */
    public void setForceExpressedInBody(String value) {
        this.forceExpressedInBody = value;
    }

    /** @return true if the file gives {@code <force_expressed_in_body>} */
    public boolean hasForceExpressedInBody() {
        return forceExpressedInBody != null;
    }

    /**
     * @return name of the frame the point columns (m) are expressed in, {@code <point_expressed_in_body>};
     * {@code "ground"} when absent
     */
    public String pointExpressedInBody() {
        return pointExpressedInBody != null ? pointExpressedInBody : "ground";
    }

    /** @param value new {@code <point_expressed_in_body>}, null to remove it */
    public void setPointExpressedInBody(String value) {
        this.pointExpressedInBody = value;
    }

    /** @return true if the file gives {@code <point_expressed_in_body>} */
    public boolean hasPointExpressedInBody() {
        return pointExpressedInBody != null;
    }

    /** @return prefix of the three force columns (N), {@code <force_identifier>}; empty when absent */
    public String forceIdentifier() {
        return forceIdentifier != null ? forceIdentifier : "";
    }

    /** @param value new {@code <force_identifier>}, null to remove it */
    public void setForceIdentifier(String value) {
        this.forceIdentifier = value;
    }

    /** @return true if the file gives {@code <force_identifier>} */
    public boolean hasForceIdentifier() {
        return forceIdentifier != null;
    }

    /**
     * @return prefix of the three point columns (m); empty: the body origin, {@code <point_identifier>};
     * empty when absent
     */
    public String pointIdentifier() {
        return pointIdentifier != null ? pointIdentifier : "";
    }

    /** @param value new {@code <point_identifier>}, null to remove it */
    public void setPointIdentifier(String value) {
        this.pointIdentifier = value;
    }

    /** @return true if the file gives {@code <point_identifier>} */
    public boolean hasPointIdentifier() {
        return pointIdentifier != null;
    }

    /**
     * @return prefix of the three torque columns (N·m); empty: no torque, {@code <torque_identifier>}; empty
     * when absent
     */
    public String torqueIdentifier() {
        return torqueIdentifier != null ? torqueIdentifier : "";
    }

    /** @param value new {@code <torque_identifier>}, null to remove it */
    public void setTorqueIdentifier(String value) {
        this.torqueIdentifier = value;
    }

    /** @return true if the file gives {@code <torque_identifier>} */
    public boolean hasTorqueIdentifier() {
        return torqueIdentifier != null;
    }

    /**
     * @return name of the data source; {@code Unassigned} means the loads' datafile,
     * {@code <data_source_name>}; empty when absent
     */
    public String dataSourceName() {
        return dataSourceName != null ? dataSourceName : "";
    }

    /** @param value new {@code <data_source_name>}, null to remove it */
    public void setDataSourceName(String value) {
        this.dataSourceName = value;
    }

    /** @return true if the file gives {@code <data_source_name>} */
    public boolean hasDataSourceName() {
        return dataSourceName != null;
    }
}
