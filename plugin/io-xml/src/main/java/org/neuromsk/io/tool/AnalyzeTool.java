package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.XmlPaths;

/**
 * An analysis setup, {@code <AnalyzeTool>}: replays states or coordinates through the model and runs
 * its analyses (static optimization, muscle analysis, …).
 */
@XmlRootElement(name = "AnalyzeTool")
public final class AnalyzeTool extends AbstractTool {

    @XmlElement(name = "states_file")
    private String statesFile;

    @XmlElement(name = "coordinates_file")
    private String coordinatesFile;

    @XmlElement(name = "speeds_file")
    private String speedsFile;

    @XmlElement(name = "lowpass_cutoff_frequency_for_coordinates")
    private Double lowpassCutoffFrequencyForCoordinates;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public AnalyzeTool() {
    }

    /** @param name the object's name */
    public AnalyzeTool(String name) {
        super(name);
    }

    /** @return states (.sto) to analyse, {@code <states_file>}; empty when absent */
    public String statesFile() {
        return statesFile != null ? statesFile : "";
    }

    /** @param value new {@code <states_file>}, null to remove it */
    public void setStatesFile(String value) {
        this.statesFile = value;
    }

    /** @return true if the file gives {@code <states_file>} */
    public boolean hasStatesFile() {
        return statesFile != null;
    }

    /**
     * @return coordinates (.mot/.sto) to analyse instead of states, {@code <coordinates_file>}; empty when
     * absent
     */
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
     * @return speeds to go with the coordinates; else they are differentiated, {@code <speeds_file>}; empty
     * when absent
     */
    public String speedsFile() {
        return speedsFile != null ? speedsFile : "";
    }

    /** @param value new {@code <speeds_file>}, null to remove it */
    public void setSpeedsFile(String value) {
        this.speedsFile = value;
    }

    /** @return true if the file gives {@code <speeds_file>} */
    public boolean hasSpeedsFile() {
        return speedsFile != null;
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
     * @param setupFile the setup file
     * @return {@code coordinates_file} resolved against its folder
     */
    public Optional<Path> coordinatesPath(Path setupFile) {
        return resolve(setupFile, coordinatesFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code states_file} resolved against its folder
     */
    public Optional<Path> statesPath(Path setupFile) {
        return resolve(setupFile, statesFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code speeds_file} resolved against its folder
     */
    public Optional<Path> speedsPath(Path setupFile) {
        return resolve(setupFile, speedsFile());
    }

    @Override
    public String describe() {
        String input = XmlPaths.isGiven(statesFile())
                ? "states " + statesFile()
                : "coordinates " + file(coordinatesFile()) + ", " + filter(lowpassCutoffFrequencyForCoordinates())
                        + (XmlPaths.isGiven(speedsFile()) ? ", speeds " + speedsFile() : ", speeds by differentiation");
        return opening("Analysis") + forceSetText() + "; " + input + "; external loads " + file(externalLoadsFile())
                + "; " + timeSpan(initialTime(), finalTime()) + "; analyses " + list(analysisNames())
                + ". Writes results to " + resultsDirectory() + ".";
    }
}
