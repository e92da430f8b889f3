package org.neuromsk.io.externalloads;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;
import org.neuromsk.io.xml.XmlPaths;

/**
 * Forces measured outside the model, typically ground reactions, {@code <ExternalLoads>}: one
 * {@link ExternalForce} per force plate and side, all reading columns of {@code datafile}.
 */
@XmlRootElement(name = "ExternalLoads")
@XmlSeeAlso({ExternalForce.class})
public final class ExternalLoads extends OsimSet<ExternalForce> {

    @XmlElement(name = "datafile")
    private String datafile;

    @XmlElement(name = "external_loads_model_kinematics_file")
    private String externalLoadsModelKinematicsFile;

    @XmlElement(name = "lowpass_cutoff_frequency_for_load_kinematics")
    private Double lowpassCutoffFrequencyForLoadKinematics;

    /** An empty set without a name (for the XML binding). */
    public ExternalLoads() {
        super(ExternalForce.class);
    }

    /** @param name the set's name */
    public ExternalLoads(String name) {
        super(ExternalForce.class, name);
    }

    /**
     * @return storage file (.mot/.sto) with the force, point and torque columns, relative to this file's
     * folder, {@code <datafile>}; empty when absent
     */
    public String datafile() {
        return datafile != null ? datafile : "";
    }

    /** @param value new {@code <datafile>}, null to remove it */
    public void setDatafile(String value) {
        this.datafile = value;
    }

    /** @return true if the file gives {@code <datafile>} */
    public boolean hasDatafile() {
        return datafile != null;
    }

    /**
     * @return kinematics for expressing points in bodies (ignored by OpenSim 4),
     * {@code <external_loads_model_kinematics_file>}; empty when absent
     */
    public String externalLoadsModelKinematicsFile() {
        return externalLoadsModelKinematicsFile != null ? externalLoadsModelKinematicsFile : "";
    }

    /** @param value new {@code <external_loads_model_kinematics_file>}, null to remove it */
    public void setExternalLoadsModelKinematicsFile(String value) {
        this.externalLoadsModelKinematicsFile = value;
    }

    /** @return true if the file gives {@code <external_loads_model_kinematics_file>} */
    public boolean hasExternalLoadsModelKinematicsFile() {
        return externalLoadsModelKinematicsFile != null;
    }

    /**
     * @return cut-off for filtering those kinematics (Hz); ignored by OpenSim 4,
     * {@code <lowpass_cutoff_frequency_for_load_kinematics>}; -1.0 when absent
     */
    public double lowpassCutoffFrequencyForLoadKinematics() {
        return lowpassCutoffFrequencyForLoadKinematics != null ? lowpassCutoffFrequencyForLoadKinematics : -1.0;
    }

    /** @param value new {@code <lowpass_cutoff_frequency_for_load_kinematics>} */
    public void setLowpassCutoffFrequencyForLoadKinematics(double value) {
        this.lowpassCutoffFrequencyForLoadKinematics = value;
    }

    /** @return true if the file gives {@code <lowpass_cutoff_frequency_for_load_kinematics>} */
    public boolean hasLowpassCutoffFrequencyForLoadKinematics() {
        return lowpassCutoffFrequencyForLoadKinematics != null;
    }

    /** @return the external forces, in file order */
    public List<ExternalForce> forces() {
        return items();
    }

    /**
     * @param xmlFile the file these loads were read from (or will be written to)
     * @return {@code datafile} resolved against that file's folder; empty when not given
     */
    public Optional<Path> datafilePath(Path xmlFile) {
        return XmlPaths.resolve(xmlFile, datafile());
    }
}
