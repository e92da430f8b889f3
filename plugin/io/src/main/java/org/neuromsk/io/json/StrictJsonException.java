package org.neuromsk.io.json;

/**
 * Why {@link StrictJsonReader} refused a text, with the line (1-based, 0 when unknown). Callers turn it
 * into their own message.
 */
public abstract sealed class StrictJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    private StrictJsonException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** @return the line (1-based), 0 when unknown */
    public int line() {
        return line;
    }

    /**
     * Not JSON: Gson's reader refused the text. The cause is Gson's exception (usually a
     * {@link com.google.gson.stream.MalformedJsonException}, or an {@link java.io.EOFException} when
     * the text ends early); its message names the position ({@link GsonPosition}).
     */
    public static final class Syntax extends StrictJsonException {
        private static final long serialVersionUID = 1L;

        Syntax(Exception gson) {
            super(GsonPosition.lineIn(gson.getMessage()), String.valueOf(gson.getMessage()).lines().findFirst()
                    .orElse(""), gson);
        }
    }

    /** An object gives one key twice (a tree reader would silently keep the last value). */
    public static final class RepeatedKey extends StrictJsonException {
        private static final long serialVersionUID = 1L;
        private final String key;

        RepeatedKey(int line, String key) {
            super(line, "key \"" + key + "\" appears twice in one object (line " + line + ")", null);
            this.key = key;
        }

        /** @return the repeated key */
        public String key() {
            return key;
        }
    }
}
