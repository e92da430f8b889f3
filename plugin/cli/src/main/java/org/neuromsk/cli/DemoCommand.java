package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neuromsk.pipeline.Demo;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.report.TextSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk demo}: the pipeline on a generated virtual subject, with no external data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline with no external data: a virtual subject on the bundled elbow model, the "
                + "NMM personalised on its trial (deep muscles vs muscle synergy extrapolation) with calibrated 90 %% "
                + "intervals and their coverage of the truth, controls, the forward simulation driven by the "
                + "estimated excitations alone (no tracking correction), and report.html."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "virtual subject and ensemble seed "
            + "(default 1); the same seed gives the same results")
    private long seed;

    @Option(names = "--ensemble", defaultValue = "6", paramLabel = "N",
            description = "ensemble members for the 90 %% intervals (default 6, as calibrated; 1 for none)")
    private int ensemble;

    @Option(names = "--out", defaultValue = "neuromsk-demo", paramLabel = "DIR",
            description = "output folder (default neuromsk-demo)")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        PipelineResult result = Demo.run(new Demo.Options(seed, ensemble, out),
                new PipelineProgressLines(spec.commandLine().getOut()));
        spec.commandLine().getOut().print(TextSummary.of(result));
        spec.commandLine().getOut().printf(Locale.ROOT, "demo finished in %.1f s; open %s%n",
                (System.nanoTime() - t0) / 1e9, out.resolve("report.html").toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
