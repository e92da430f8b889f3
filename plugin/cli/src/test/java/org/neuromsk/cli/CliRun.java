package org.neuromsk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NeuroMsk.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** @return the error lines that start with "neuromsk: " and are not notes about the backend */
    String errorLine() {
        return err.lines().filter(l -> l.startsWith("neuromsk: ") && !l.startsWith("neuromsk: backend")
                && !l.startsWith("neuromsk: warning")).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
