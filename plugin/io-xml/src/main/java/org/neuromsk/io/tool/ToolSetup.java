package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.XmlNumbers;
import org.neuromsk.io.xml.XmlPaths;

/**
 * A tool setup file: what an OpenSim tool reads, computes and writes. File names are kept as written;
 * OpenSim resolves relative names against the folder of the setup file, which the {@code …Path(Path)}
 * helpers do too.
 */
public abstract class ToolSetup extends OsimObject {

    @XmlElement(name = "results_directory")
    private String resultsDirectory;

    @XmlElement(name = "input_directory")
    private String inputDirectory;

    @XmlElement(name = "model_file")
    private String modelFile;

    /** For subclasses. */
    protected ToolSetup() {
    }

    /** @param name the object's name */
    protected ToolSetup(String name) {
        super(name);
    }

    /** @return folder the results are written to, {@code <results_directory>}; {@code "./"} when absent */
    public String resultsDirectory() {
        return resultsDirectory != null ? resultsDirectory : "./";
    }

    /** @param value new {@code <results_directory>}, null to remove it */
    public void setResultsDirectory(String value) {
        this.resultsDirectory = value;
    }

    /** @return true if the file gives {@code <results_directory>} */
    public boolean hasResultsDirectory() {
        return resultsDirectory != null;
    }

    /**
     * @return folder for inputs (OpenSim 3; unused by OpenSim 4), {@code <input_directory>}; empty when
     * absent
     */
    public String inputDirectory() {
        return inputDirectory != null ? inputDirectory : "";
    }

    /** @param value new {@code <input_directory>}, null to remove it */
    public void setInputDirectory(String value) {
        this.inputDirectory = value;
    }

    /** @return true if the file gives {@code <input_directory>} */
    public boolean hasInputDirectory() {
        return inputDirectory != null;
    }

    /** @return the .osim model, {@code <model_file>}; empty when absent */
    public String modelFile() {
        return modelFile != null ? modelFile : "";
    }

    /** @param value new {@code <model_file>}, null to remove it */
    public void setModelFile(String value) {
        this.modelFile = value;
    }

    /** @return true if the file gives {@code <model_file>} */
    public boolean hasModelFile() {
        return modelFile != null;
    }

    /**
     * Resolves a file name from a setup file as OpenSim does.
     *
     * @param setupFile the setup file
     * @param value a file name as written in it
     * @return the path relative to the setup file's folder; empty when blank or {@code Unassigned}
     */
    public static Optional<Path> resolve(Path setupFile, String value) {
        return XmlPaths.resolve(setupFile, value);
    }

    /**
     * @param setupFile the setup file
     * @return {@code model_file} resolved against its folder
     */
    public Optional<Path> modelPath(Path setupFile) {
        return resolve(setupFile, modelFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code results_directory} resolved against its folder (the folder itself when blank)
     */
    public Path resultsPath(Path setupFile) {
        return resolve(setupFile, resultsDirectory()).orElse(XmlPaths.folderOf(setupFile));
    }

    /**
     * @return one paragraph saying what running this setup would do: inputs, time range, filtering,
     *     outputs (file names as written, relative to the setup file's folder)
     */
    public abstract String describe();

    /**
     * @param kind what the tool does, e.g. "Inverse dynamics"
     * @return the opening of {@link #describe()}: kind, setup name and model file
     */
    protected String opening(String kind) {
        return kind + (name() == null || name().isEmpty() ? "" : " \"" + name() + "\"") + ": model " + file(modelFile());
    }

    /**
     * @param value a file name as written
     * @return the value, or "none" when blank or {@code Unassigned}
     */
    protected static String file(String value) {
        return XmlPaths.isGiven(value) ? value : "none";
    }

    /**
     * @param values names
     * @return the names joined by ", ", or "none"
     */
    protected static String list(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    /**
     * @param from start time (s), −∞ for the start of the data
     * @param to end time (s), +∞ for the end of the data
     * @return "time 0 s to 2.5 s", with open ends named as such
     */
    protected static String timeSpan(double from, double to) {
        String start = Double.isInfinite(from) ? "the start of the data" : XmlNumbers.format(from) + " s";
        String end = Double.isInfinite(to) ? "the end of the data" : XmlNumbers.format(to) + " s";
        return "time " + start + " to " + end;
    }

    /**
     * @param cutoff low-pass cut-off frequency (Hz); negative: no filtering
     * @return the filtering in words
     */
    protected static String filter(double cutoff) {
        return cutoff >= 0 ? "low-pass filtered at " + XmlNumbers.format(cutoff) + " Hz" : "not filtered";
    }

    /**
     * @param file a results file name
     * @return the name inside {@code results_directory}, as written
     */
    protected String inResults(String file) {
        String dir = resultsDirectory();
        if (dir.isEmpty() || dir.equals("./") || dir.equals(".")) {
            return file;
        }
        return dir.endsWith("/") ? dir + file : dir + "/" + file;
    }
}
