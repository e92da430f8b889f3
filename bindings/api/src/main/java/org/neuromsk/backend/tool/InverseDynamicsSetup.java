package org.neuromsk.backend.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.tool.InverseDynamicsTool;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * An InverseDynamicsTool setup file with its paths resolved.
 *
 * @param setupFile the setup file
 * @param model the model file
 * @param coordinates the coordinates (motion) file
 * @param externalLoads the ExternalLoads file, if any
 * @param lowpassCutoff cut-off for the coordinates (Hz), negative for none
 * @param timeRange times to report
 * @param excludedForces forces_to_exclude entries
 * @param output where the generalized forces are written
 */
public record InverseDynamicsSetup(Path setupFile, Path model, Path coordinates, Optional<Path> externalLoads,
        double lowpassCutoff, TimeRange timeRange, List<String> excludedForces, Path output) {

    /** Default output name when the setup gives none (OpenSim's default). */
    public static final String DEFAULT_OUTPUT = "inverse_dynamics.sto";

    /** Checks the fields. */
    public InverseDynamicsSetup {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(coordinates, "coordinates");
        excludedForces = List.copyOf(excludedForces);
    }

    /**
     * @param setupFile an InverseDynamicsTool setup file
     * @param resultsDirectory a folder that replaces the setup's results_directory, if given
     * @return the setup with paths resolved against the setup file's folder
     * @throws org.neuromsk.io.FileFormatException if the setup lacks a model or coordinates file, or
     *     names files that do not exist
     */
    public static InverseDynamicsSetup read(Path setupFile, Optional<Path> resultsDirectory) {
        OsimDocument<InverseDynamicsTool> doc = OpenSimXml.readTool(setupFile, InverseDynamicsTool.class);
        InverseDynamicsTool tool = doc.root();
        SetupFiles files = new SetupFiles(doc, "InverseDynamicsTool");
        Path model = files.require("model_file", tool.modelPath(setupFile));
        Path coordinates = files.require("coordinates_file", tool.coordinatesPath(setupFile));
        Optional<Path> loads = files.checkIfGiven("external_loads_file", tool.externalLoadsPath(setupFile));
        String outputName = tool.outputGenForcePath(setupFile).map(p -> p.getFileName().toString())
                .orElse(DEFAULT_OUTPUT);
        Path results = resultsDirectory.orElse(tool.resultsPath(setupFile));
        TimeRange range = tool.timeRange() == null ? TimeRange.ALL
                : new TimeRange(tool.timeRange().min(), tool.timeRange().max());
        return new InverseDynamicsSetup(setupFile, model, coordinates, loads,
                tool.lowpassCutoffFrequencyForCoordinates(), range, tool.forcesToExclude(), results.resolve(outputName));
    }

    /** @return the request this setup makes, with the coordinates read */
    public InverseDynamicsRequest request() {
        Storage table = StorageReader.read(coordinates);
        return new InverseDynamicsRequest(table, coordinates, externalLoads, lowpassCutoff, timeRange, excludedForces);
    }

    /**
     * Runs the setup and writes its output.
     *
     * @param backend the backend to compute with
     * @param warnings receives the backend's one-line notes
     * @return the generalized forces (also written to {@link #output()})
     */
    public Storage run(MskBackend backend, java.util.function.Consumer<String> warnings) {
        try (MskModel m = backend.loadModel(model, warnings)) {
            Storage result = m.inverseDynamics(request());
            StorageWriter.write(result, output);
            return result;
        }
    }
}
