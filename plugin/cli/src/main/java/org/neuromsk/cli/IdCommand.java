package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk id}: inverse dynamics as OpenSim's InverseDynamicsTool computes it. */
@Command(name = "id", mixinStandardHelpOptions = true,
        description = {"Inverse dynamics, as OpenSim's InverseDynamicsTool computes it.",
            "Writes the generalized forces (N·m, N) that reproduce a motion."})
final class IdCommand implements Callable<Integer> {

    @Option(names = "--external-loads", paramLabel = "X.xml", description = "ExternalLoads file (e.g. ground reactions)")
    private Path externalLoads;

    @Option(names = "--exclude-forces", paramLabel = "NAME", split = ",", defaultValue = "Muscles",
            description = "forces left out: All, Actuators, Muscles, a force set group or a force (default Muscles)")
    private List<String> excluded;

    @Option(names = "--out", required = true, paramLabel = "ID.sto", description = "output table")
    private Path out;

    @Mixin
    private MotionOptions motion;

    @Mixin
    private BackendOption backendOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        MskBackend backend = backendOption.create(spec.commandLine().getErr());
        Storage table = StorageReader.read(motion.coordinates());
        try (MskModel m = backend.loadModel(motion.model(), backendOption.warnings())) {
            Storage result = m.inverseDynamics(new InverseDynamicsRequest(table, motion.coordinates(),
                    Optional.ofNullable(externalLoads), motion.lowpass(), motion.range(), excluded));
            StorageWriter.write(result, out);
            printWritten(spec.commandLine().getOut(), out, result);
        }
        return 0;
    }

    /**
     * Says what an inverse dynamics run wrote (also for {@code run-tool} with an InverseDynamicsTool setup).
     *
     * @param out the command's standard output
     * @param file the generalized-force table written
     * @param forces its content
     */
    static void printWritten(PrintWriter out, Path file, Storage forces) {
        out.printf("wrote %s: %d rows x %d generalized forces, %.4g to %.4g s%n", file, forces.rowCount(),
                forces.columnCount(), forces.startTime(), forces.endTime());
    }
}
