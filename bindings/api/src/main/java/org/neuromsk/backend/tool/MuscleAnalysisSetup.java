package org.neuromsk.backend.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.tool.MuscleAnalysis;
import org.neuromsk.io.xml.OsimDocument;

/**
 * An AnalyzeTool setup whose analysis set holds a MuscleAnalysis, with its paths resolved. It is run
 * from a coordinates file; results are named {@code <tool name>_MuscleAnalysis_*.sto} as OpenSim names
 * them.
 *
 * @param setupFile the setup file
 * @param name the tool's name (prefix of the output files)
 * @param model the model file
 * @param coordinates the coordinates file
 * @param lowpassCutoff cut-off for the coordinates (Hz), negative for none
 * @param timeRange initial and final time
 * @param muscles muscles to report (all when empty)
 * @param coordinatesForMomentArms coordinates whose moment arms are reported (all when empty)
 * @param resultsFolder where the tables go
 */
public record MuscleAnalysisSetup(Path setupFile, String name, Path model, Path coordinates, double lowpassCutoff,
        TimeRange timeRange, List<String> muscles, List<String> coordinatesForMomentArms, Path resultsFolder) {

    /**
     * @param doc the AnalyzeTool document
     * @param resultsDirectory a folder replacing the setup's results_directory, if given
     * @return the setup
     * @throws org.neuromsk.io.FileFormatException if it has no MuscleAnalysis or lacks its inputs
     */
    public static MuscleAnalysisSetup read(OsimDocument<AnalyzeTool> doc, Optional<Path> resultsDirectory) {
        AnalyzeTool tool = doc.root();
        Path setupFile = doc.file().orElseThrow();
        MuscleAnalysis analysis = tool.analyses().stream().filter(MuscleAnalysis.class::isInstance)
                .map(MuscleAnalysis.class::cast).filter(MuscleAnalysis::on).findFirst()
                .orElseThrow(() -> doc.error(tool, "AnalyzeTool has no MuscleAnalysis that is on; "
                        + "analyses present: " + tool.analysisNames()));
        if (tool.coordinatesPath(setupFile).isEmpty()) {
            throw doc.error(tool, "AnalyzeTool runs from a <coordinates_file> here; <states_file> is not supported yet");
        }
        SetupFiles files = new SetupFiles(doc, "AnalyzeTool");
        Path model = files.require("model_file", tool.modelPath(setupFile));
        Path coordinates = files.require("coordinates_file", tool.coordinatesPath(setupFile));
        double t0 = tool.hasInitialTime() ? tool.initialTime() : Double.NEGATIVE_INFINITY;
        double t1 = tool.hasFinalTime() ? tool.finalTime() : Double.POSITIVE_INFINITY;
        return new MuscleAnalysisSetup(setupFile, tool.name() == null ? "analysis" : tool.name(), model, coordinates,
                tool.lowpassCutoffFrequencyForCoordinates(), new TimeRange(t0, t1), all(analysis.muscleList()),
                all(analysis.momentArmCoordinateList()), resultsDirectory.orElse(tool.resultsPath(setupFile)));
    }

    /**
     * Runs the analysis and writes its tables.
     *
     * @param backend the backend to compute with
     * @param warnings receives the backend's notes
     * @return the files written
     */
    public List<Path> run(MskBackend backend, Consumer<String> warnings) {
        try (MskModel m = backend.loadModel(model, warnings)) {
            MuscleGeometry g = m.muscleGeometry(new MuscleGeometryRequest(StorageReader.read(coordinates), coordinates,
                    lowpassCutoff, timeRange));
            if (!muscles.isEmpty()) {
                List<String> unknown = new ArrayList<>(muscles);
                unknown.removeAll(g.lengths().labels());
                if (!unknown.isEmpty()) {
                    throw new NeuroMskException(setupFile + ": MuscleAnalysis names muscles the model has not: "
                            + String.join(", ", unknown));
                }
                g = new MuscleGeometry(g.lengths().select(muscles), g.lengtheningSpeeds().select(muscles),
                        selectAll(g, muscles));
            }
            return MuscleAnalysisOutput.write(g, resultsFolder, name + "_MuscleAnalysis_", coordinatesForMomentArms);
        }
    }

    private static java.util.Map<String, org.neuromsk.io.storage.Storage> selectAll(MuscleGeometry g,
            List<String> muscles) {
        java.util.Map<String, org.neuromsk.io.storage.Storage> out = new java.util.LinkedHashMap<>();
        g.momentArms().forEach((c, t) -> out.put(c, t.select(muscles)));
        return out;
    }

    /** OpenSim's "all" (any case) means no restriction. */
    private static List<String> all(List<String> names) {
        return names.stream().anyMatch(n -> "all".equals(n.toLowerCase(Locale.ROOT))) ? List.of() : List.copyOf(names);
    }
}
