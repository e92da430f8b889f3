package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.tool.ForwardOutput;
import org.neuromsk.backend.tool.ForwardSetup;
import org.neuromsk.backend.tool.InverseDynamicsSetup;
import org.neuromsk.backend.tool.MuscleAnalysisSetup;
import org.neuromsk.engine.analysis.StaticOptimizationSetup;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.tool.InverseDynamicsTool;
import org.neuromsk.io.tool.ToolSetup;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk run-tool SETUP.xml}: runs an OpenSim tool setup file as OpenSim would. */
@Command(name = "run-tool", mixinStandardHelpOptions = true,
        description = {"Run an OpenSim tool setup file (paths relative to its folder, as in OpenSim).",
            "Supported: InverseDynamicsTool, ForwardTool, AnalyzeTool with StaticOptimization or MuscleAnalysis."})
final class RunToolCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SETUP.xml", description = "the setup file")
    private Path setup;

    @Option(names = "--results-dir", paramLabel = "DIR",
            description = "write results here instead of the setup's results_directory")
    private Path resultsDir;

    @Mixin
    private BackendOption backendOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        OsimDocument<ToolSetup> doc = OpenSimXml.readTool(setup);
        if (doc.root() instanceof InverseDynamicsTool) {
            InverseDynamicsSetup s = InverseDynamicsSetup.read(setup, Optional.ofNullable(resultsDir));
            MskBackend backend = backendOption.create(spec.commandLine().getErr());
            Storage result = s.run(backend, backendOption.warnings());
            IdCommand.printWritten(spec.commandLine().getOut(), s.output(), result);
            return 0;
        }
        if (doc.root() instanceof ForwardTool) {
            MskBackend backend = backendOption.create(spec.commandLine().getErr());
            ForwardSetup s = ForwardSetup.read(doc.as(ForwardTool.class), Optional.ofNullable(resultsDir),
                    backendOption.warnings());
            ForwardOutput.Files f;
            try (ForwardProgressBar bar = new ForwardProgressBar(s.start(), s.end())) {
                f = s.run(backend, backendOption.warnings(), false, bar);
            }
            spec.commandLine().getOut().printf("wrote %s, %s, %s%n", f.states(), f.statesDegrees(), f.controls());
            return 0;
        }
        if (StaticOptimizationSetup.isStaticOptimization(doc.root())) {
            return StaticOptimizationCommand.runSetup(doc.as(AnalyzeTool.class), Optional.ofNullable(resultsDir),
                    spec.commandLine());
        }
        if (doc.root() instanceof AnalyzeTool) {
            MuscleAnalysisSetup s = MuscleAnalysisSetup.read(doc.as(AnalyzeTool.class), Optional.ofNullable(resultsDir));
            MskBackend backend = backendOption.create(spec.commandLine().getErr());
            List<Path> files = s.run(backend, backendOption.warnings());
            spec.commandLine().getOut().printf("wrote %d MuscleAnalysis tables to %s%n", files.size(),
                    s.resultsFolder());
            return 0;
        }
        throw new NeuroMskException(setup + ": run-tool cannot run <" + doc.root().xmlTag()
                + "> setups yet (supported: InverseDynamicsTool, ForwardTool, AnalyzeTool with StaticOptimization or MuscleAnalysis)");
    }
}
