package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.Range;
import org.neuromsk.io.xml.XmlPaths;

/**
 * An inverse dynamics setup, {@code <InverseDynamicsTool>}: the generalized forces that reproduce
 * the coordinates' accelerations with the given external loads.
 */
@XmlRootElement(name = "InverseDynamicsTool")
public final class InverseDynamicsTool extends ToolSetup {

    @XmlElement(name = "time_range")
    private Range timeRange;

    @XmlElement(name = "forces_to_exclude")
    private NameList forcesToExclude;

    @XmlElement(name = "external_loads_file")
    private String externalLoadsFile;

    @XmlElement(name = "coordinates_file")
    private String coordinatesFile;

    @XmlElement(name = "lowpass_cutoff_frequency_for_coordinates")
    private Double lowpassCutoffFrequencyForCoordinates;

    @XmlElement(name = "output_gen_force_file")
    private String outputGenForceFile;

    @XmlElement(name = "joints_to_report_body_forces")
    private NameList jointsToReportBodyForces;

    @XmlElement(name = "output_body_forces_file")
    private String outputBodyForcesFile;

    @XmlElement(name = "coordinates_in_degrees")
    private Boolean coordinatesInDegrees;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public InverseDynamicsTool() {
    }

    /** @param name the object's name */
    public InverseDynamicsTool(String name) {
        super(name);
    }

    /** @return time span to solve (s), {@code <time_range>}; −∞ to +∞ when absent */
    public Range timeRange() {
        return timeRange != null ? timeRange : Range.ALL;
    }

    /** @param value new {@code <time_range>}, null to remove it */
    public void setTimeRange(Range value) {
        this.timeRange = value;
    }

    /** @return true if the file gives {@code <time_range>} */
    public boolean hasTimeRange() {
        return timeRange != null;
    }

    /**
     * @return forces left out: names, group names, or the keywords All, Actuators, Muscles,
     * {@code <forces_to_exclude>}; empty when absent
     */
    public List<String> forcesToExclude() {
        return forcesToExclude != null ? forcesToExclude.values() : List.of();
    }

    /** @param values new {@code <forces_to_exclude>} */
    public void setForcesToExclude(List<String> values) {
        this.forcesToExclude = new NameList(values);
    }

    /** @return externalLoads XML file, {@code <external_loads_file>}; empty when absent */
    public String externalLoadsFile() {
        return externalLoadsFile != null ? externalLoadsFile : "";
    }

    /** @param value new {@code <external_loads_file>}, null to remove it */
    public void setExternalLoadsFile(String value) {
        this.externalLoadsFile = value;
    }

    /** @return true if the file gives {@code <external_loads_file>} */
    public boolean hasExternalLoadsFile() {
        return externalLoadsFile != null;
    }

    /** @return coordinates (.mot/.sto), {@code <coordinates_file>}; empty when absent */
    public String coordinatesFile() {
        return coordinatesFile != null ? coordinatesFile : "";
    }

    /** @param value new {@code <coordinates_file>}, null to remove it */
    public void setCoordinatesFile(String value) {
        this.coordinatesFile = value;
    }

    /** @return true if the file gives {@code <coordinates_file>} */
    public boolean hasCoordinatesFile() {
        return coordinatesFile != null;
    }

    /**
     * @return low-pass cut-off for the coordinates (Hz); negative: no filtering,
     * {@code <lowpass_cutoff_frequency_for_coordinates>}; -1.0 when absent
     */
    public double lowpassCutoffFrequencyForCoordinates() {
        return lowpassCutoffFrequencyForCoordinates != null ? lowpassCutoffFrequencyForCoordinates : -1.0;
    }

    /** @param value new {@code <lowpass_cutoff_frequency_for_coordinates>} */
    public void setLowpassCutoffFrequencyForCoordinates(double value) {
        this.lowpassCutoffFrequencyForCoordinates = value;
    }

    /** @return true if the file gives {@code <lowpass_cutoff_frequency_for_coordinates>} */
    public boolean hasLowpassCutoffFrequencyForCoordinates() {
        return lowpassCutoffFrequencyForCoordinates != null;
    }

    /**
     * @return name of the generalized force file, inside the results directory,
     * {@code <output_gen_force_file>}; empty when absent
     */
    public String outputGenForceFile() {
        return outputGenForceFile != null ? outputGenForceFile : "";
    }

    /** @param value new {@code <output_gen_force_file>}, null to remove it */
    public void setOutputGenForceFile(String value) {
        this.outputGenForceFile = value;
    }

    /** @return true if the file gives {@code <output_gen_force_file>} */
    public boolean hasOutputGenForceFile() {
        return outputGenForceFile != null;
    }

    /**
     * @return joints whose reaction forces are reported, or All, {@code <joints_to_report_body_forces>};
     * empty when absent
     */
    public List<String> jointsToReportBodyForces() {
        return jointsToReportBodyForces != null ? jointsToReportBodyForces.values() : List.of();
    }

    /** @param values new {@code <joints_to_report_body_forces>} */
    public void setJointsToReportBodyForces(List<String> values) {
        this.jointsToReportBodyForces = new NameList(values);
    }

    /**
     * @return name of the body force file, inside the results directory, {@code <output_body_forces_file>};
     * empty when absent
     */
    public String outputBodyForcesFile() {
        return outputBodyForcesFile != null ? outputBodyForcesFile : "";
    }

    /** @param value new {@code <output_body_forces_file>}, null to remove it */
    public void setOutputBodyForcesFile(String value) {
        this.outputBodyForcesFile = value;
    }

    /** @return true if the file gives {@code <output_body_forces_file>} */
    public boolean hasOutputBodyForcesFile() {
        return outputBodyForcesFile != null;
    }

    /**
     * @return openSim 3 flag; OpenSim 4 reads the unit from the file header,
     * {@code <coordinates_in_degrees>}; null when absent
     */
    public Boolean coordinatesInDegrees() {
        return coordinatesInDegrees;
    }

    /** @param value new {@code <coordinates_in_degrees>}, null to remove it */
    public void setCoordinatesInDegrees(Boolean value) {
        this.coordinatesInDegrees = value;
    }

    /**
     * @param setupFile the setup file
     * @return {@code coordinates_file} resolved against its folder
     */
    public Optional<Path> coordinatesPath(Path setupFile) {
        return resolve(setupFile, coordinatesFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code external_loads_file} resolved against its folder
     */
    public Optional<Path> externalLoadsPath(Path setupFile) {
        return resolve(setupFile, externalLoadsFile());
    }

    /**
     * @param setupFile the setup file
     * @return the generalized force file inside the results directory
     */
    public Optional<Path> outputGenForcePath(Path setupFile) {
        return XmlPaths.isGiven(outputGenForceFile())
                ? Optional.of(resultsPath(setupFile).resolve(outputGenForceFile()).normalize())
                : Optional.empty();
    }

    @Override
    public String describe() {
        String bodyForces = jointsToReportBodyForces().isEmpty() ? ""
                : " and reaction forces at joints " + list(jointsToReportBodyForces()) + " to "
                        + inResults(file(outputBodyForcesFile()));
        return opening("Inverse dynamics") + "; coordinates " + file(coordinatesFile()) + ", "
                + filter(lowpassCutoffFrequencyForCoordinates()) + "; external loads " + file(externalLoadsFile())
                + "; " + timeSpan(timeRange().min(), timeRange().max()) + "; forces excluded: "
                + list(forcesToExclude()) + ". Writes generalized forces to " + inResults(file(outputGenForceFile()))
                + bodyForces + ".";
    }
}
