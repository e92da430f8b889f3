package org.neuromsk.engine.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuromsk.backend.tool.SetupFiles;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.force.ExternalLoadsLoader;
import org.neuromsk.engine.model.ForceSetFiles;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.tool.ToolSetup;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * An AnalyzeTool setup whose analysis set holds a StaticOptimization that is on, with every path
 * resolved against the setup file's folder (as OpenSim does). It runs from a {@code coordinates_file}
 * (low-pass filtered with {@code lowpass_cutoff_frequency_for_coordinates}) between
 * {@code initial_time} and {@code final_time}; {@code force_set_files} are added to the model's forces
 * (or replace them with {@code replace_force_set}); {@code external_loads_file} is applied. Results go to
 * {@code <results folder>/<tool name>_<analysis name>_activation.sto}, {@code _force.sto} and
 * {@code _controls.xml}. Not supported (refused with a message): {@code states_file},
 * {@code speeds_file}.
 *
 * @param setupFile the setup file, or null when built directly (e.g. from command-line options)
 * @param prefix prefix of the output files, {@code <tool name>_<analysis name>} for a setup file
 * @param model the model file
 * @param forceSetFiles force set files, resolved
 * @param replaceForceSet whether they replace the model's forces
 * @param coordinates the coordinates file
 * @param externalLoads the ExternalLoads file, if any
 * @param lowpassCutoff cut-off for the coordinates (Hz), negative for none
 * @param useModelForceSet OpenSim's use_model_force_set: false replaces the muscles by one unit
 *     CoordinateActuator per unconstrained coordinate ({@code <coordinate>_actuator})
 * @param settings exponent, physiology, step interval and time range
 * @param outputPrecision digits after the decimal point in the .sto files
 * @param resultsFolder where the results go
 */
public record StaticOptimizationSetup(Path setupFile, String prefix, Path model,
        List<Path> forceSetFiles, boolean replaceForceSet, Path coordinates, Optional<Path> externalLoads,
        double lowpassCutoff, boolean useModelForceSet, StaticOptimization.Settings settings,
        int outputPrecision, Path resultsFolder) {

    /**
     * What a run produced.
     *
     * @param result the tables
     * @param files the files written
     */
    public record Output(StaticOptimization.Result result, List<Path> files) {
    }

    /** Checks the fields. */
    public StaticOptimizationSetup {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(coordinates, "coordinates");
        forceSetFiles = List.copyOf(forceSetFiles);
    }

    /**
     * @param setupFile an AnalyzeTool setup file
     * @param resultsDirectory a folder replacing the setup's results_directory, if given
     * @return the setup
     * @throws org.neuromsk.io.FileFormatException if it is not an AnalyzeTool with a StaticOptimization that
     *     is on, lacks its inputs, or names files that do not exist
     */
    public static StaticOptimizationSetup read(Path setupFile, Optional<Path> resultsDirectory) {
        return read(OpenSimXml.readTool(setupFile, AnalyzeTool.class), resultsDirectory);
    }

    /**
     * @param doc the AnalyzeTool document (read from a file)
     * @param resultsDirectory a folder replacing the setup's results_directory, if given
     * @return the setup
     * @throws org.neuromsk.io.FileFormatException as {@link #read(Path, Optional)}
     */
    public static StaticOptimizationSetup read(OsimDocument<AnalyzeTool> doc, Optional<Path> resultsDirectory) {
        AnalyzeTool tool = doc.root();
        Path setupFile = doc.file().orElseThrow(
                () -> new org.neuromsk.error.NeuroMskException("the AnalyzeTool setup was not read from a file"));
        org.neuromsk.io.tool.StaticOptimization so = tool.analyses().stream()
                .filter(org.neuromsk.io.tool.StaticOptimization.class::isInstance).map(org.neuromsk.io.tool.StaticOptimization.class::cast)
                .filter(org.neuromsk.io.tool.StaticOptimization::on).findFirst()
                .orElseThrow(() -> doc.error(tool, "AnalyzeTool has no StaticOptimization that is on; analyses present: "
                        + tool.analysisNames()));
        if (tool.statesPath(setupFile).isPresent()) {
            throw doc.error(tool, "<states_file> is not supported for static optimization yet; give a "
                    + "<coordinates_file> instead");
        }
        if (tool.speedsPath(setupFile).isPresent()) {
            throw doc.error(tool, "<speeds_file> is not supported for static optimization yet; speeds are "
                    + "computed from the coordinates when it is blank");
        }
        SetupFiles files = new SetupFiles(doc, "AnalyzeTool");
        Path model = files.require("model_file", tool.modelPath(setupFile));
        Path coordinates = files.require("coordinates_file", tool.coordinatesPath(setupFile));
        List<Path> forceSets = files.requireEach("force_set_files", tool.forceSetPaths(setupFile));
        Optional<Path> loads = files.checkIfGiven("external_loads_file", tool.externalLoadsPath(setupFile));
        if (so.stepInterval() < 1) {
            throw doc.error(so, "step_interval", "StaticOptimization <step_interval> must be >= 1, got "
                    + so.stepInterval());
        }
        if (!(so.activationExponent() > 1) || Double.isInfinite(so.activationExponent())) {
            throw doc.error(so, "activation_exponent", "StaticOptimization <activation_exponent> must be a finite "
                    + "number > 1, got " + so.activationExponent());
        }
        StaticOptimization.Settings settings =
                new StaticOptimization.Settings(so.activationExponent(),
                        so.useMusclePhysiology(), so.stepInterval(), tool.initialTime(), tool.finalTime());
        String toolName = tool.name() == null || tool.name().isBlank() ? "analysis" : tool.name().trim();
        String analysisName = so.name() == null || so.name().isBlank() ? "StaticOptimization" : so.name().trim();
        return new StaticOptimizationSetup(setupFile, toolName + "_" + analysisName, model, forceSets,
                tool.replaceForceSet(),
                coordinates, loads, tool.lowpassCutoffFrequencyForCoordinates(), so.useModelForceSet(), settings,
                tool.outputPrecision(), resultsDirectory.orElse(tool.resultsPath(setupFile)));
    }

    /**
     * Loads the model (with the force set files), runs the analysis and writes its three files.
     *
     * @param warnings receives one-line notes
     * @return the tables and the files written
     */
    public Output run(Consumer<String> warnings) {
        OsimDocument<org.neuromsk.io.osim.Model> document = modelWithForceSets();
        Model engineModel = ModelLoader.fromDocument(document);
        List<ActuatorModel> actuators = ActuatorLoader.load(document.root(), engineModel);
        if (!useModelForceSet) {
            actuators = coordinateActuators(engineModel, actuators);
        }
        Storage table = StorageReader.read(coordinates);
        List<ExternalForce> loads = externalLoads.map(p -> ExternalLoadsLoader.load(p, engineModel, table,
                settings.initialTime(), settings.finalTime(), warnings)).orElse(List.of());
        AnalyzeStates states = AnalyzeStates.fromCoordinates(engineModel, table, coordinates, lowpassCutoff, warnings);
        StaticOptimization.Result result =
                new StaticOptimization(engineModel, actuators, loads)
                        .run(states, settings, warnings);
        List<Path> files = StaticOptimizationOutput.write(result, resultsFolder, prefix, outputPrecision);
        return new Output(result, files);
    }

    private OsimDocument<org.neuromsk.io.osim.Model> modelWithForceSets() {
        OsimDocument<org.neuromsk.io.osim.Model> document = OpenSimXml.readModel(model);
        ForceSetFiles.apply(document, forceSetFiles, replaceForceSet);
        return document;
    }

    /** OpenSim's use_model_force_set = false: a unit actuator per unconstrained coordinate, then the non-muscles. */
    private static List<ActuatorModel> coordinateActuators(Model model, List<ActuatorModel> modelActuators) {
        MultibodyModel mb = model.multibody();
        boolean[] constrained = new boolean[mb.numCoordinates()];
        for (CoordinateCoupler c : model.couplers()) {
            constrained[c.dependent()] = true;
        }
        List<ActuatorModel> out = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            if (!constrained[i] && !mb.coordinates().get(i).locked()) {
                out.add(new ActuatorModel.CoordinateActuation(mb.coordinates().get(i).name() + "_actuator",
                        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, i, 1.0));
            }
        }
        for (ActuatorModel a : modelActuators) {
            if (!(a instanceof ActuatorModel.PathActuation p && p.isMuscle())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param setup a tool setup
     * @return whether it is an AnalyzeTool with a StaticOptimization that is on (what {@link #read} accepts)
     */
    public static boolean isStaticOptimization(ToolSetup setup) {
        return setup instanceof AnalyzeTool tool
                && tool.analyses().stream()
                        .anyMatch(a -> a instanceof org.neuromsk.io.tool.StaticOptimization so && so.on());
    }
}
