package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.analysis.StaticOptimizationSetup;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.xml.OsimDocument;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk static-optimization}: OpenSim's static optimisation (AnalyzeTool with a
 * StaticOptimization) on the embedded engine. Also runs AnalyzeTool setup files for
 * {@code run-tool} through {@link #runSetup}.
 */
@Command(name = "static-optimization", mixinStandardHelpOptions = true,
        description = {"Muscle activations that minimise the sum of activation^p while reproducing the joint "
                + "moments of a motion, as OpenSim's StaticOptimization (embedded engine).",
            "Writes <name>_activation.sto, <name>_force.sto and <name>_controls.xml (a ControlSet for ForwardTool)."})
final class StaticOptimizationCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME",
            description = "file-name prefix (default: <model name>_StaticOptimization)")
    private String name;

    @Option(names = "--actuators", paramLabel = "FORCES.xml", split = ",",
            description = "force set file(s) added to the model's forces, e.g. reserve actuators")
    private List<Path> actuators = new ArrayList<>();

    @Option(names = "--external-loads", paramLabel = "LOADS.xml", description = "ExternalLoads file")
    private Path externalLoads;

    @Option(names = "--exponent", paramLabel = "P", defaultValue = "2",
            description = "activation exponent p > 1 (default 2)")
    private double exponent;

    @Option(names = "--no-physiology", description = "use F_iso as muscle strength instead of force-length-velocity")
    private boolean noPhysiology;

    @Option(names = "--precision", paramLabel = "DIGITS", defaultValue = "8",
            description = "digits after the decimal point in the .sto files (default 8)")
    private int precision;

    @Mixin
    private MotionOptions motion;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        StaticOptimization.Settings settings = new StaticOptimization.Settings(exponent, !noPhysiology, 1,
                motion.start(), motion.end());
        String prefix = name != null ? name : motion.modelName() + "_StaticOptimization";
        StaticOptimizationSetup setup = new StaticOptimizationSetup(null, prefix, motion.model(), actuators, false,
                motion.coordinates(), Optional.ofNullable(externalLoads), motion.lowpass(), true, settings, precision,
                out);
        StaticOptimizationSetup.Output o = setup.run(warnings(err));
        report(o, out, spec.commandLine().getOut());
        return 0;
    }

    /**
     * Runs an AnalyzeTool setup with a StaticOptimization (for {@code run-tool}).
     *
     * @param doc the setup document, read from its file
     * @param resultsDir a folder replacing the setup's results_directory, if given
     * @param commandLine the calling command (its standard output and error are used)
     * @return the exit code, 0
     */
    static int runSetup(OsimDocument<AnalyzeTool> doc, Optional<Path> resultsDir, CommandLine commandLine) {
        StaticOptimizationSetup setup = StaticOptimizationSetup.read(doc, resultsDir);
        StaticOptimizationSetup.Output o = setup.run(warnings(commandLine.getErr()));
        report(o, setup.resultsFolder(), commandLine.getOut());
        return 0;
    }

    private static Consumer<String> warnings(PrintWriter err) {
        return message -> {
            err.println("neuromsk: warning: " + message);
            err.flush();
        };
    }

    private static void report(StaticOptimizationSetup.Output o, Path folder, PrintWriter out) {
        StaticOptimization.Result r = o.result();
        out.printf("wrote %d files to %s: %d actuators x %d frames, %.4g to %.4g s%s%n", o.files().size(), folder,
                r.activations().columnCount(), r.activations().rowCount(), r.activations().startTime(),
                r.activations().endTime(),
                r.unsolvedFrames() == 0 ? "" : "; " + r.unsolvedFrames() + " frame(s) without an exact solution");
    }
}
