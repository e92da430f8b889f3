package org.neuromsk.training;

import com.google.gson.JsonElement;
import com.google.gson.internal.LazilyParsedNumber;

import org.neuromsk.io.json.GsonPosition;
import org.neuromsk.io.json.StrictJsonException;
import org.neuromsk.io.json.StrictJsonReader;

/**
 * Reads hand-written JSON (experiment files, settings overrides) strictly with {@link StrictJsonReader}:
 * RFC 8259 syntax only (no comments, NaN, single quotes or trailing commas, which Gson's lenient reader
 * would accept) and no object member named twice (which a tree reader would silently resolve to the last
 * value). Numbers keep their text. This class words the messages ("invalid JSON at line N: …").
 */
final class StrictJson {

    private static final String NOT_JSON =
            "not JSON (comments, NaN, single quotes, unquoted words and trailing commas are not allowed)";

    private StrictJson() {
    }

    /** A syntax error or repeated member, with its line (1-based, 0 when unknown). */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String reason;

        Problem(int line, String reason) {
            super(line > 0 ? reason.startsWith("invalid JSON") ? "invalid JSON at line " + line
                    + reason.substring("invalid JSON".length()) : reason + " (line " + line + ")" : reason);
            this.line = line;
            this.reason = reason;
        }

        /** @return the line (1-based), 0 when unknown */
        int line() {
            return line;
        }

        /** @return the problem without its line */
        String reason() {
            return reason;
        }
    }

    /**
     * @param text JSON text
     * @param member what an object member is called in messages ("key", "setting")
     * @return the value it holds
     * @throws Problem for invalid JSON or a member named twice in one object
     */
    static JsonElement parse(String text, String member) {
        try {
            return StrictJsonReader.read(text, LazilyParsedNumber::new).root();
        } catch (StrictJsonException.RepeatedKey e) {
            throw new Problem(e.line(), member + " '" + e.key() + "' appears twice");
        } catch (StrictJsonException.Syntax e) {
            throw syntax(e.getCause().getMessage());
        }
    }

    /** @return Gson's message on one line, its position reduced to the column (the line goes to the problem) */
    private static Problem syntax(String gsonMessage) {
        String message = String.valueOf(gsonMessage).replaceAll("\\s*See https://\\S+", "")
                .replaceAll("\\s*\\R\\s*", " ");
        int line = 0;
        GsonPosition at = GsonPosition.find(message).orElse(null);
        if (at != null) {
            line = at.line();
            message = message.substring(0, at.start()) + " at column " + at.column() + message.substring(at.end());
        }
        if (message.contains("Strictness") || message.contains("setLenient")) {
            // Gson's advice to read leniently is not the user's fix
            message = message.replaceFirst(".*?(?= at column|$)", NOT_JSON);
        }
        if (message.contains("end of input")) {
            message = "the text ends before the JSON value does";
        }
        return new Problem(line, "invalid JSON: " + message);
    }
}
