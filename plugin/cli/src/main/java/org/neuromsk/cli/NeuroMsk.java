package org.neuromsk.cli;

import java.io.PrintWriter;

import org.neuromsk.error.NeuroMskException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code neuromsk} command. */
@Command(name = "neuromsk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Estimate muscle activity from motion, for OpenSim users.",
        subcommands = {InspectCommand.class, IdCommand.class, MuscleAnalysisCommand.class, RunToolCommand.class,
            DoctorCommand.class, CompareBackendsCommand.class, EmgCommand.class, StaticOptimizationCommand.class,
            ForwardCommand.class, ImuCommand.class, VirtualSubjectsCommand.class, RunCommand.class,
            DemoCommand.class, ImuEmgCommand.class, TrainCommand.class, PredictCommand.class,
            EvaluateCommand.class, GaitEmgCommand.class, NmmStudyCommand.class})
public final class NeuroMsk implements Runnable {

    /** Exit code for errors in the input or the computation. */
    public static final int EXIT_ERROR = 1;

    /** Environment variable that, when set, prints the stack trace of an unexpected exception (a bug). */
    public static final String DEBUG_VARIABLE = "NEUROMSK_DEBUG";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a sub-command, print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns its exit code (for tests and embedding).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit code: 0 success, 1 error, 2 usage error
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new NeuroMsk());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("neuromsk: " + oneLine(ex));
            if (!(ex instanceof NeuroMskException) && System.getenv(DEBUG_VARIABLE) != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return EXIT_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    private static String oneLine(Exception ex) {
        String message = ex instanceof NeuroMskException ? ex.getMessage()
                : "internal error, " + ex.getClass().getSimpleName()
                        + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
                        + (System.getenv(DEBUG_VARIABLE) == null ? " (set " + DEBUG_VARIABLE + "=1 for the stack trace)" : "");
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
