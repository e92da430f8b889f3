package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.Range;
import org.neuromsk.io.xml.XmlNumbers;

/**
 * An inverse kinematics setup, {@code <InverseKinematicsTool>}: the coordinates that best match
 * marker (and coordinate) observations.
 */
@XmlRootElement(name = "InverseKinematicsTool")
public final class InverseKinematicsTool extends ToolSetup {

    @XmlElement(name = "constraint_weight")
    private Double constraintWeight;

    @XmlElement(name = "accuracy")
    private Double accuracy;

    @XmlElement(name = "IKTaskSet")
    private IKTaskSet ikTaskSet;

    @XmlElement(name = "marker_file")
    private String markerFile;

    @XmlElement(name = "coordinate_file")
    private String coordinateFile;

    @XmlElement(name = "time_range")
    private Range timeRange;

    @XmlElement(name = "report_errors")
    private Boolean reportErrors;

    @XmlElement(name = "output_motion_file")
    private String outputMotionFile;

    @XmlElement(name = "report_marker_locations")
    private Boolean reportMarkerLocations;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public InverseKinematicsTool() {
    }

    /** @param name the object's name */
    public InverseKinematicsTool(String name) {
        super(name);
    }

    /**
     * @return weight of constraint errors; infinite: constraints enforced strictly,
     * {@code <constraint_weight>}; +∞ when absent
     */
    public double constraintWeight() {
        return constraintWeight != null ? constraintWeight : Double.POSITIVE_INFINITY;
    }

    /** @param value new {@code <constraint_weight>} */
    public void setConstraintWeight(double value) {
        this.constraintWeight = value;
    }

    /** @return true if the file gives {@code <constraint_weight>} */
    public boolean hasConstraintWeight() {
        return constraintWeight != null;
    }

    /** @return solver accuracy (dimensionless), {@code <accuracy>}; 1e-5 when absent */
    public double accuracy() {
        return accuracy != null ? accuracy : 1e-5;
    }

    /** @param value new {@code <accuracy>} */
    public void setAccuracy(double value) {
        this.accuracy = value;
    }

    /** @return true if the file gives {@code <accuracy>} */
    public boolean hasAccuracy() {
        return accuracy != null;
    }

    /** @return marker and coordinate tasks with weights, {@code <IKTaskSet>}; null when absent */
    public IKTaskSet ikTaskSet() {
        return ikTaskSet;
    }

    /** @param value new {@code <IKTaskSet>}, null to remove it */
    public void setIkTaskSet(IKTaskSet value) {
        this.ikTaskSet = value;
    }

    /** @return marker trajectories (.trc), {@code <marker_file>}; empty when absent */
    public String markerFile() {
        return markerFile != null ? markerFile : "";
    }

    /** @param value new {@code <marker_file>}, null to remove it */
    public void setMarkerFile(String value) {
        this.markerFile = value;
    }

    /** @return true if the file gives {@code <marker_file>} */
    public boolean hasMarkerFile() {
        return markerFile != null;
    }

    /** @return coordinate observations (.mot/.sto), {@code <coordinate_file>}; empty when absent */
    public String coordinateFile() {
        return coordinateFile != null ? coordinateFile : "";
    }

    /** @param value new {@code <coordinate_file>}, null to remove it */
    public void setCoordinateFile(String value) {
        this.coordinateFile = value;
    }

    /** @return true if the file gives {@code <coordinate_file>} */
    public boolean hasCoordinateFile() {
        return coordinateFile != null;
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

    /** @return whether marker errors are written, {@code <report_errors>}; true when absent */
    public boolean reportErrors() {
        return reportErrors != null ? reportErrors : true;
    }

    /** @param value new {@code <report_errors>} */
    public void setReportErrors(boolean value) {
        this.reportErrors = value;
    }

    /** @return true if the file gives {@code <report_errors>} */
    public boolean hasReportErrors() {
        return reportErrors != null;
    }

    /** @return resulting motion (.mot), {@code <output_motion_file>}; empty when absent */
    public String outputMotionFile() {
        return outputMotionFile != null ? outputMotionFile : "";
    }

    /** @param value new {@code <output_motion_file>}, null to remove it */
    public void setOutputMotionFile(String value) {
        this.outputMotionFile = value;
    }

    /** @return true if the file gives {@code <output_motion_file>} */
    public boolean hasOutputMotionFile() {
        return outputMotionFile != null;
    }

    /**
     * @return whether model marker locations are written, {@code <report_marker_locations>}; false when
     * absent
     */
    public boolean reportMarkerLocations() {
        return reportMarkerLocations != null ? reportMarkerLocations : false;
    }

    /** @param value new {@code <report_marker_locations>} */
    public void setReportMarkerLocations(boolean value) {
        this.reportMarkerLocations = value;
    }

    /** @return true if the file gives {@code <report_marker_locations>} */
    public boolean hasReportMarkerLocations() {
        return reportMarkerLocations != null;
    }

    /**
     * @param setupFile the setup file
     * @return {@code marker_file} resolved against its folder
     */
    public Optional<Path> markerPath(Path setupFile) {
        return resolve(setupFile, markerFile());
    }

    /** @return the typed tasks, in file order */
    public List<IKTask> tasks() {
        return ikTaskSet == null ? List.of() : ikTaskSet.items();
    }

    @Override
    public String describe() {
        return opening("Inverse kinematics") + "; markers " + file(markerFile()) + " (" + tasks().size()
                + " tasks); coordinates " + file(coordinateFile()) + "; " + timeSpan(timeRange().min(), timeRange().max())
                + "; accuracy " + XmlNumbers.format(accuracy()) + ". Writes the motion to " + file(outputMotionFile())
                + (reportErrors() ? " and marker errors to " + resultsDirectory() : "") + ".";
    }
}
