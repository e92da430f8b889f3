package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.tool.ForwardOutput;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk forward}: a forward simulation driven by controls, as OpenSim's ForwardTool runs it. */
@Command(name = "forward", mixinStandardHelpOptions = true,
        description = {"Forward simulation driven by controls, as OpenSim's ForwardTool runs it.",
            "Writes NAME_states.sto, NAME_states_degrees.mot and NAME_controls.sto to the output folder."})
final class ForwardCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "M.osim", description = "the OpenSim model")
    private Path model;

    @Option(names = "--controls", required = true, paramLabel = "C.xml|C.sto",
            description = "controls: a ControlSet XML (ControlLinear) or a table with one column per actuator")
    private Path controls;

    @Option(names = "--initial-states", paramLabel = "S.sto",
            description = "start from the row of this states table at the last time <= start (radians; OpenSim 4 "
                    + "or 3 state names); default: the model's default values")
    private Path initialStates;

    @Option(names = "--external-loads", paramLabel = "X.xml", description = "ExternalLoads file")
    private Path externalLoads;

    @Option(names = "--actuators", paramLabel = "FORCES.xml", split = ",",
            description = "ForceSet file(s) whose actuators (reserves, residuals) are added to the model's forces, "
                    + "as ForwardTool's force_set_files; repeat or separate with commas")
    private List<Path> actuators = new ArrayList<>();

    @Option(names = "--replace-force-set", description = "the --actuators replace the model's forces (muscles "
            + "included) instead of being added (ForwardTool's replace_force_set true)")
    private boolean replaceForceSet;

    @Option(names = "--no-progress", description = "do not show a progress bar on standard error")
    private boolean noProgress;

    @Option(names = "--start", required = true, paramLabel = "T", description = "initial time (s)")
    private double start;

    @Option(names = "--end", required = true, paramLabel = "T", description = "final time (s)")
    private double end;

    @Option(names = "--accuracy", paramLabel = "TOL", defaultValue = "1e-5",
            description = "integrator accuracy (default 1e-5, ForwardTool's default)")
    private double accuracy;

    @Option(names = "--no-equilibrate", description = "do not put muscle fibres in equilibrium with their tendons "
            + "at the start (ForwardTool's solve_for_equilibrium_for_auxiliary_states false)")
    private boolean noEquilibrate;

    @Option(names = "--name", paramLabel = "NAME", description = "prefix of the result files (default: the model's name)")
    private String name;

    @Option(names = "--legacy-names", description = "name state columns as OpenSim 3 did (<coord>, <coord>_u, "
            + "<muscle>.activation, <muscle>.fiber_length)")
    private boolean legacyNames;

    @Option(names = "--precision", paramLabel = "N", defaultValue = "8",
            description = "digits after the decimal point in the result files (default 8, as OpenSim)")
    private int precision;

    @Option(names = "--exact", description = "write numbers that read back exactly instead of --precision digits")
    private boolean exact;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "results folder")
    private Path out;

    @Mixin
    private BackendOption backendOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MskBackend backend = backendOption.create(spec.commandLine().getErr());
        ForwardRequest request = new ForwardRequest(controls, Optional.ofNullable(initialStates),
                Optional.ofNullable(externalLoads), start, end, accuracy, !noEquilibrate)
                .withForceSetFiles(actuators, replaceForceSet);
        if (replaceForceSet && actuators.isEmpty()) {
            throw new NeuroMskException("--replace-force-set needs at least one --actuators file");
        }
        try (MskModel m = backend.loadModel(model, backendOption.warnings())) {
            long t0 = System.nanoTime();
            ForwardResult result;
            if (noProgress) {
                result = m.forward(request);
            } else {
                try (ForwardProgressBar bar = new ForwardProgressBar(start, end)) {
                    result = m.forward(request, bar);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String prefix = name == null ? m.name() : name;
            ForwardOutput.Files files = ForwardOutput.write(result, m.coordinates(), out, prefix,
                    exact ? StorageWriter.Options.EXACT : precision, legacyNames);
            Storage states = result.states();
            spec.commandLine().getOut().printf("simulated %.4g to %.4g s in %.3g s (%d recorded states x %d); wrote %s, "
                    + "%s, %s%n", states.startTime(), states.endTime(), seconds, states.rowCount(), states.columnCount(),
                    files.states(), files.statesDegrees(), files.controls());
        }
        return 0;
    }
}
