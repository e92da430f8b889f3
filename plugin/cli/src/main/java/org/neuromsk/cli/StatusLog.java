package org.neuromsk.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Progress messages of long commands as {@code neuromsk: <message>} lines on standard error. */
final class StatusLog {

    private StatusLog() {
    }

    /**
     * @param err the command's standard error
     * @return a sink printing each message as one {@code neuromsk: } line, flushed at once; safe to call from
     *     several threads (lines are not interleaved)
     */
    static Consumer<String> to(PrintWriter err) {
        return line -> {
            synchronized (err) {
                err.println("neuromsk: " + line);
                err.flush();
            }
        };
    }
}
