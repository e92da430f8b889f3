package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.tool.MuscleAnalysisOutput;
import org.neuromsk.io.storage.StorageReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk muscle-analysis}: muscle-tendon lengths, speeds and moment arms over a motion. */
@Command(name = "muscle-analysis", mixinStandardHelpOptions = true,
        description = {"Muscle-tendon lengths, lengthening speeds and moment arms, as OpenSim's MuscleAnalysis.",
            "Writes <name>_Length.sto, <name>_LengtheningSpeed.sto and <name>_MomentArm_<coordinate>.sto."})
final class MuscleAnalysisCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME",
            description = "file-name prefix (default: <model name>_MuscleAnalysis)")
    private String name;

    @Mixin
    private MotionOptions motion;

    @Mixin
    private BackendOption backendOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MskBackend backend = backendOption.create(spec.commandLine().getErr());
        try (MskModel m = backend.loadModel(motion.model(), backendOption.warnings())) {
            MuscleGeometry g = m.muscleGeometry(new MuscleGeometryRequest(StorageReader.read(motion.coordinates()),
                    motion.coordinates(), motion.lowpass(), motion.range()));
            String prefix = (name == null ? m.name() + "_MuscleAnalysis" : name) + "_";
            List<Path> files = MuscleAnalysisOutput.write(g, out, prefix, List.of());
            spec.commandLine().getOut().printf("wrote %d tables to %s: %d muscles x %d frames%n", files.size(), out,
                    g.lengths().columnCount(), g.lengths().rowCount());
        }
        return 0;
    }
}
