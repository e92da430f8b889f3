package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineFileException;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.PipelineSpec;
import org.neuromsk.pipeline.report.TextSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk run PIPELINE.json}: the whole pipeline on the user's data. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a pipeline file: inverse dynamics and muscle geometry, an estimator of excitations "
                + "(with 90 %% intervals from an ensemble), controls (.sto and ControlSet XML), the forward simulation "
                + "driven by them, comparison with the input motion, report.html, summary.txt and manifest.json.",
            "The whole file is validated first; every problem is listed and nothing is computed."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PIPELINE.json", description = "the pipeline file (docs/user-guide.md)")
    private Path pipeline;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PipelineSpec validated;
        try {
            validated = PipelineFile.read(pipeline);
        } catch (PipelineFileException e) {
            spec.commandLine().getErr().println("neuromsk: " + e.getMessage());
            return 1;
        }
        PipelineResult result = Pipeline.run(validated, new PipelineProgressLines(spec.commandLine().getOut()), Map.of(),
                Map.of());
        spec.commandLine().getOut().print(TextSummary.of(result));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
