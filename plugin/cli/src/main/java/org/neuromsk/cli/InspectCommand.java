package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neuromsk.error.NeuroMskException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk inspect FILE}: says what an OpenSim file contains. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Describe an OpenSim file: model, table, markers, analog data or setup.",
            "  .osim         bodies, joints, coordinates, muscles and other forces, with counts",
            "  .sto .mot     columns, rows, time range and sampling rate",
            "  .trc .anc     markers or analog channels, frames, rate",
            "  .xml          a tool setup (what it would run), ControlSet, ExternalLoads or ForceSet"})
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the file to describe")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new NeuroMskException(file + ": is a folder, expected a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new NeuroMskException(file + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".osim")) {
            ModelSummary.print(file, out);
        } else if (name.endsWith(".sto") || name.endsWith(".mot")) {
            TableSummary.printStorage(file, out);
        } else if (name.endsWith(".trc")) {
            TableSummary.printTrc(file, out);
        } else if (name.endsWith(".anc")) {
            TableSummary.printAnc(file, out);
        } else if (name.endsWith(".xml")) {
            XmlSummary.print(file, out);
        } else {
            throw new NeuroMskException(file + ": unknown file type (expected .osim, .sto, .mot, .trc, .anc or .xml)");
        }
        return 0;
    }
}
