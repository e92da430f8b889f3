package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.io.SharedData;
import org.neuromsk.opensim.OpenSimBackendProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk doctor}: what this installation can use, one line per item. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Report Java, the deep-learning engine, OpenSim (found or not, and why) and the data folder.",
            "Loads OpenSim if it is found, to check that it really works."})
final class DoctorCommand implements Callable<Integer> {

    /** A DJL class; its presence on the class path means the deep-learning engine is packaged. */
    static final String DJL_PROBE = "ai.djl.engine.Engine";

    @Option(names = "--opensim-home", paramLabel = "DIR",
            description = "OpenSim install folder to check (default: OPENSIM_HOME, else the class and library path)")
    private Path opensimHome;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Java:     %s (%s), %s %s, at %s%n", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.home"));
        out.println("DJL/PyTorch engine: " + djl());
        BackendRegistry registry = BackendOption.registry(opensimHome);
        out.println("OpenSim:  " + registry.provider(OpenSimBackendProvider.NAME).map(DoctorCommand::openSim)
                .orElse("not found: the opensim backend is not installed with this neuromsk"));
        Path data = SharedData.directory();
        out.printf("Data:     %s (from %s)%s%n", data, SharedData.source(), dataProblem(data));
        for (BackendProvider p : registry.providers()) {
            Availability a = p.availability();
            out.printf("Backend:  %-8s rank %3d, %s: %s%n", p.name(), p.rank(), a.available() ? "available" : "unavailable",
                    a.detail());
        }
        out.flush();
        return 0;
    }

    /**
     * @param data the configured data folder
     * @return "" if it holds every {@link SharedData#FOLDERS} folder, else " - " and what is wrong
     */
    static String dataProblem(Path data) {
        String set = "set -D" + SharedData.PROPERTY + " or " + SharedData.ENVIRONMENT;
        if (!Files.exists(data)) {
            return " - missing: no such folder; " + set;
        }
        if (!Files.isDirectory(data)) {
            return " - not a folder: " + data + " is a file; " + set + " to the reference data folder";
        }
        List<String> lacking = SharedData.FOLDERS.stream().filter(f -> !Files.isDirectory(data.resolve(f)))
                .map(f -> f + "/").toList();
        if (lacking.isEmpty()) {
            return "";
        }
        return " - incomplete: lacks " + String.join(", ", lacking) + " of the reference data ("
                + SharedData.FOLDERS.stream().map(f -> f + "/").collect(Collectors.joining(", ")) + ")";
    }

    static String djl() {
        try {
            Class<?> engine = Class.forName(DJL_PROBE, false, DoctorCommand.class.getClassLoader());
            String version = Optional.ofNullable(engine.getPackage().getImplementationVersion()).orElse("(version unknown)");
            return "DJL " + version + " on the class path (engine not started by doctor)";
        } catch (ClassNotFoundException e) {
            return "not used yet (ai.djl is not on the class path)";
        }
    }

    private static String openSim(BackendProvider provider) {
        Availability a = provider.availability();
        if (!a.available()) {
            return a.detail().startsWith("OpenSim not found") ? a.detail() : "not found: " + a.detail();
        }
        try {
            MskBackend b = provider.create();
            return "found: " + b.version();
        } catch (BackendUnavailableException e) {
            return "found but unusable: " + e.getMessage();
        }
    }
}
