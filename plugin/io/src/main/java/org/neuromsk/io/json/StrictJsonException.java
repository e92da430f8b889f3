package org.neuromsk.io.json;

import java.util.Optional;

/**
 * Why {@link StrictJsonReader} refused a text, with the line and column (1-based, 0 when unknown). Callers
 * turn it into their own message.
 */
public abstract sealed class StrictJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    private StrictJsonException(int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** @return the line (1-based), 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the column (1-based), 0 when unknown */
    public int column() {
        return column;
    }

    /**
     * Not JSON: Gson's reader refused the text. The cause is Gson's exception (usually a
     * {@link com.google.gson.stream.MalformedJsonException}, or an {@link java.io.EOFException} when
     * the text ends early); its message names the position ({@link GsonPosition}).
     */
    public static final class Syntax extends StrictJsonException {
        private static final long serialVersionUID = 1L;
        private final String problem;

        Syntax(Exception gson) {
            this(gson, String.valueOf(gson.getMessage()).lines().findFirst().orElse(""));
        }

        private Syntax(Exception gson, String firstLine) {
            this(gson, firstLine, GsonPosition.find(firstLine));
        }

        private Syntax(Exception gson, String firstLine, Optional<GsonPosition> at) {
            super(at.map(GsonPosition::line).orElse(0), at.map(GsonPosition::column).orElse(0), firstLine, gson);
            this.problem = at.map(p -> firstLine.substring(0, p.start())).orElse(firstLine);
        }

        /** @return Gson's words for what is wrong, without the position (e.g. "Unterminated array") */
        public String problem() {
            return problem;
        }

        /** @return whether the text ends before the value does (Gson's {@link java.io.EOFException}) */
        public boolean endOfText() {
            return getCause() instanceof java.io.EOFException;
        }
    }

    /** An object gives one key twice (a tree reader would silently keep the last value). */
    public static final class RepeatedKey extends StrictJsonException {
        private static final long serialVersionUID = 1L;
        private final String key;

        RepeatedKey(GsonPosition at, String key) {
            super(at.line(), at.column(), "key \"" + key + "\" appears twice in one object (line " + at.line() + ")",
                    null);
            this.key = key;
        }

        /** @return the repeated key */
        public String key() {
            return key;
        }
    }
}
