package org.neuromsk.training;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads hand-written JSON (experiment files, settings overrides) strictly: RFC 8259 syntax only (no
 * comments, NaN, single quotes or trailing commas, which Gson's lenient reader would accept) and no
 * object member named twice (which a tree reader would silently resolve to the last value).
 */
final class StrictJson {

    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+) column (\\d+)( path \\S+)?");

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
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement value = read(reader, member);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new Problem(position(reader), "invalid JSON: text after the end of the value");
            }
            return value;
        } catch (Problem p) {
            throw p;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s*See https://\\S+", "")
                    .replaceAll("\\s*\\R\\s*", " ");
            Matcher m = AT.matcher(message);
            int line = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                message = m.replaceFirst(" at column " + m.group(2));
            }
            if (message.contains("Strictness") || message.contains("setLenient")) {
                // Gson's advice to read leniently is not the user's fix
                message = message.replaceFirst(".*?(?= at column|$)", NOT_JSON);
            }
            if (message.contains("end of input")) {
                message = "the text ends before the JSON value does";
            }
            throw new Problem(line, "invalid JSON: " + message);
        }
    }

    private static JsonElement read(JsonReader reader, String member) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    int line = position(reader);
                    String name = reader.nextName();
                    if (object.has(name)) {
                        throw new Problem(line, member + " '" + name + "' appears twice");
                    }
                    object.add(name, read(reader, member));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, member));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("Unexpected " + reader.peek() + reader.getPath());
        }
    }

    private static int position(JsonReader reader) {
        Matcher m = AT.matcher(reader.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
