package org.neuromsk.backend.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuromsk.backend.ForwardProgress;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.io.control.ControlSetController;
import org.neuromsk.io.control.Controller;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.io.xml.XmlPaths;

/**
 * A ForwardTool setup with its paths resolved. It runs through the backend's
 * {@link MskModel#forward(ForwardRequest)} and writes what ForwardTool writes (see
 * {@link ForwardOutput}) to the results folder.
 *
 * <p>Supported: one ControlSetController (its controls file, XML or {@code .sto}), an optional
 * {@code states_file}, {@code external_loads_file}, initial and final time,
 * {@code integrator_error_tolerance}, {@code solve_for_equilibrium_for_auxiliary_states},
 * {@code force_set_files} with {@code replace_force_set} (ForwardTool's default: true, the files' forces
 * replace the model's) and {@code output_precision}. Refused with a message: other controllers, several
 * controls files. Analyses in the AnalysisSet are not run (a warning says so); the integrator's step
 * bounds and step limit are the backend's (a warning says so when the setup's step bounds differ
 * from OpenSim's defaults).
 *
 * @param setupFile the setup file
 * @param name the tool's name (prefix of the result files)
 * @param model the model file
 * @param controls the controls file
 * @param initialStates the states file, if any
 * @param externalLoads the ExternalLoads file, if any
 * @param forceSetFiles ForceSet files (reserve and residual actuators), resolved
 * @param replaceForceSet whether their forces replace the model's instead of being added
 * @param start initial time (s)
 * @param end final time (s)
 * @param accuracy integrator accuracy
 * @param equilibrateMuscles whether fibre lengths are equilibrated at the start
 * @param precision digits after the decimal point in the result files
 * @param resultsFolder where the results go
 */
public record ForwardSetup(Path setupFile, String name, Path model, Path controls, Optional<Path> initialStates,
        Optional<Path> externalLoads, List<Path> forceSetFiles, boolean replaceForceSet, double start, double end, double accuracy, boolean equilibrateMuscles,
        int precision, Path resultsFolder) {

    private static final double DEFAULT_MIN_STEP = 1e-8;
    private static final double DEFAULT_MAX_STEP = 1.0;

    /** Checks the fields. */
    public ForwardSetup {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(controls, "controls");
        Objects.requireNonNull(initialStates, "initialStates");
        Objects.requireNonNull(externalLoads, "externalLoads");
        Objects.requireNonNull(resultsFolder, "resultsFolder");
        forceSetFiles = List.copyOf(forceSetFiles);
    }

    /**
     * @param doc the ForwardTool document (read from a file)
     * @param resultsDirectory a folder replacing the setup's results_directory, if given
     * @param warnings receives notes on settings that are not applied
     * @return the setup
     * @throws org.neuromsk.io.FileFormatException if the setup lacks its inputs, names missing files or
     *     uses a feature listed as refused above
     */
    public static ForwardSetup read(OsimDocument<ForwardTool> doc, Optional<Path> resultsDirectory,
            Consumer<String> warnings) {
        ForwardTool tool = doc.root();
        Path setupFile = doc.file().orElseThrow(() -> doc.error(tool, "ForwardTool setup was not read from a file"));
        SetupFiles files = new SetupFiles(doc, "ForwardTool");
        List<Path> controlsFiles = new ArrayList<>();
        for (Controller c : tool.controllers()) {
            if (!c.enabled()) {
                continue;
            }
            if (!(c instanceof ControlSetController csc)) {
                throw doc.error(c, "controller <" + c.xmlTag() + "> is not supported; use a ControlSetController");
            }
            if (XmlPaths.isGiven(csc.controlsFile())) {
                controlsFiles.add(files.require("controls_file", XmlPaths.resolve(setupFile, csc.controlsFile())));
            }
        }
        if (tool.controllerSet() != null && tool.controllerSet().size() > tool.controllers().size()) {
            throw doc.error(tool.controllerSet(), "the ControllerSet has controllers of types that are not supported: "
                    + tool.controllerSet().memberTags());
        }
        if (controlsFiles.size() != 1) {
            throw doc.error(tool, "ForwardTool needs exactly one ControlSetController with a <controls_file>, found "
                    + controlsFiles.size());
        }
        double start = tool.initialTime();
        double end = tool.finalTime();
        if (!Double.isFinite(start)) {
            throw doc.error(tool, "initial_time", "<initial_time> must be a finite time (s), found " + start);
        }
        if (!Double.isFinite(end) || end < start) {
            throw doc.error(tool, "final_time", "<final_time> must be a finite time (s) not before <initial_time> "
                    + start + " s, found " + end);
        }
        Path model = files.require("model_file", tool.modelPath(setupFile));
        Optional<Path> states = files.checkIfGiven("states_file", tool.statesPath(setupFile));
        List<Path> forceSets = files.requireEach("force_set_files", tool.forceSetPaths(setupFile));
        Optional<Path> loads = files.checkIfGiven("external_loads_file", tool.externalLoadsPath(setupFile));
        if (!tool.analysisNames().isEmpty()) {
            warnings.accept(setupFile + ": the analyses " + tool.analysisNames() + " are not run");
        }
        if (tool.minimumIntegratorStepSize() != DEFAULT_MIN_STEP || tool.maximumIntegratorStepSize() != DEFAULT_MAX_STEP) {
            warnings.accept(setupFile + ": the integrator step bounds of the setup are not passed to the backend; "
                    + "it uses OpenSim's defaults (1e-8 to 1 s)");
        }
        String name = tool.name() == null || tool.name().isBlank() ? "forward" : tool.name();
        return new ForwardSetup(setupFile, name, model, controlsFiles.get(0), states, loads, forceSets,
                tool.replaceForceSet(), start, end, tool.integratorErrorTolerance(), tool.solveForEquilibriumForAuxiliaryStates(),
                tool.outputPrecision(), resultsDirectory.orElse(tool.resultsPath(setupFile)));
    }

    /** @return the request this setup makes */
    public ForwardRequest request() {
        return new ForwardRequest(controls, initialStates, externalLoads, start, end, accuracy, equilibrateMuscles,
                forceSetFiles, replaceForceSet);
    }

    /**
     * Runs the simulation and writes its results.
     *
     * @param backend the backend to compute with
     * @param warnings receives the backend's notes
     * @param legacyNames whether state columns take OpenSim 3 names
     * @return the files written
     */
    public ForwardOutput.Files run(MskBackend backend, Consumer<String> warnings, boolean legacyNames) {
        return run(backend, warnings, legacyNames, ForwardProgress.NONE);
    }

    /**
     * Runs the simulation, reporting its progress, and writes its results.
     *
     * @param backend the backend to compute with
     * @param warnings receives the backend's notes
     * @param legacyNames whether state columns take OpenSim 3 names
     * @param progress told the simulated time reached (s), see {@link MskModel#forward(ForwardRequest, ForwardProgress)}
     * @return the files written
     */
    public ForwardOutput.Files run(MskBackend backend, Consumer<String> warnings, boolean legacyNames,
            ForwardProgress progress) {
        try (MskModel m = backend.loadModel(model, warnings)) {
            ForwardResult result = m.forward(request(), progress);
            return ForwardOutput.write(result, m.coordinates(), resultsFolder, name, precision, legacyNames);
        }
    }
}
