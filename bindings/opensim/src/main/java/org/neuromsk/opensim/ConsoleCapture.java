package org.neuromsk.opensim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Runs an action with {@code System.out} and {@code System.err} redirected into a buffer. OpenSim's
 * SWIG classes report a failed native load by printing (and, unless headless, by a dialog) instead of
 * throwing; capturing the print turns it into part of a one-line error message instead of a stack
 * trace on the user's console. Other threads printing meanwhile are captured too, so only short
 * actions run here.
 */
final class ConsoleCapture {

    /**
     * What an action returned or threw, and what it printed.
     *
     * @param value the result (null if it threw)
     * @param failure what it threw (null if it returned)
     * @param printed everything printed meanwhile
     * @param <T> result type
     */
    record Outcome<T>(T value, Throwable failure, String printed) {
    }

    private ConsoleCapture() {
    }

    /**
     * @param action the action
     * @param <T> its result type
     * @return its outcome; never throws
     */
    static synchronized <T> Outcome<T> run(Callable<T> action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            T value = action.call();
            return new Outcome<>(value, null, buffer.toString(StandardCharsets.UTF_8));
        } catch (Throwable t) {
            return new Outcome<>(null, t, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
