package org.neuromsk.io.json;

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

        Syntax(Exception gson) {
            this(gson, GsonPosition.find(gson.getMessage()).orElse(new GsonPosition(0, 0, 0, 0)));
        }

        private Syntax(Exception gson, GsonPosition at) {
            super(at.line(), at.column(), String.valueOf(gson.getMessage()).lines().findFirst().orElse(""), gson);
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
