package org.neuromsk.engine.imu;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import org.neuromsk.io.FileFormatException;

/**
 * A JSON file read with Gson's strict {@link JsonReader} (RFC 8259: no NaN, comments or trailing commas)
 * into a Gson tree, with the line every value starts on (by Gson path, {@code $[0].translation[2]}) and
 * keys given twice refused. Syntax errors become one-line {@link FileFormatException}s naming the line.
 *
 * @param file the file, for messages
 * @param root the top-level value
 * @param lines the 1-based line each value starts on, by path
 */
record LocatedJson(Path file, JsonElement root, Map<String, Integer> lines) {

    /** Where Gson's messages and {@link JsonReader#toString()} give the position (its only public form). */
    private static final Pattern AT = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    /** Gson's strict-mode message for text that is not JSON (it names a setting rather than the problem). */
    private static final String LENIENT_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT)";

    /**
     * @param file the file, for messages
     * @param text its whole text (a leading byte order mark is skipped)
     * @return the tree and the lines of its values
     * @throws FileFormatException on a syntax error, a repeated key or an empty file
     */
    static LocatedJson parse(Path file, String text) {
        if (text.replace("\uFEFF", "").isBlank()) {
            throw new FileFormatException(file, 0, "the file is empty");
        }
        Map<String, Integer> lines = new HashMap<>();
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = value(file, reader, lines);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new FileFormatException(file, position(reader.toString())[0],
                        "unexpected text after the end of the JSON value");
            }
            return new LocatedJson(file, root, lines);
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException e) {
            throw syntaxError(file, text, e);
        } catch (IOException e) {
            throw new FileFormatException(file, 0, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /**
     * @param path a Gson path such as {@code $.imus[0]}
     * @param problem what is wrong there
     * @return an error naming the line the value at {@code path} starts on (0 when unknown)
     */
    FileFormatException error(String path, String problem) {
        return new FileFormatException(file, line(path), problem);
    }

    /**
     * @param path a Gson path such as {@code $.imus[0]}
     * @return the line the value there starts on, 0 when unknown
     */
    int line(String path) {
        return lines.getOrDefault(path, 0);
    }

    private static JsonElement value(Path file, JsonReader reader, Map<String, Integer> lines) throws IOException {
        JsonToken token = reader.peek();
        lines.put(reader.getPath(), position(reader.toString())[0]);
        switch (token) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String key = reader.nextName();
                    if (object.has(key)) {
                        throw new FileFormatException(file, position(reader.toString())[0],
                                "key \"" + key + "\" appears twice in one object");
                    }
                    object.add(key, value(file, reader, lines));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(file, reader, lines));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(Double.parseDouble(reader.nextString())); // 1e999 reads as infinity
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new EOFException("End of input" + reader.toString().substring("JsonReader".length()));
        }
    }

    /** @return {line, column} (1-based) from a Gson message or {@link JsonReader#toString()}, zeros when absent */
    private static int[] position(String text) {
        Matcher m = AT.matcher(String.valueOf(text));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[2];
    }

    /** @return a one-line error naming the line and, for Gson's terse messages, the text found there */
    private static FileFormatException syntaxError(Path file, String text, Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        Matcher m = AT.matcher(message);
        String problem = m.find() ? message.substring(0, m.start()) : message;
        int[] at = position(message);
        if (e instanceof EOFException) {
            problem = "unexpected end of file";
        } else if (problem.startsWith("Unterminated array")) {
            problem = "expected ',' or ']' in an array, found '" + found(text, at) + "'";
        } else if (problem.startsWith("Unterminated object")) {
            problem = "expected ',' or '}' in an object, found '" + found(text, at) + "'";
        } else if (problem.startsWith(LENIENT_HINT)) {
            String found = found(text, at);
            problem = "unexpected '" + found + "'; expected a JSON value"
                    + (found.matches("[-+]?(NaN|Infinity)") ? " (NaN and Infinity are not JSON)" : "");
        }
        return new FileFormatException(file, at[0], problem, e);
    }

    /**
     * Gson's column is either the start of an unquoted word it refused or just after a character it
     * consumed; this gives that word (up to 20 characters) or that character.
     */
    private static String found(String text, int[] at) {
        List<String> lines = text.lines().toList();
        if (at[0] < 1 || at[0] > lines.size()) {
            return "end of file";
        }
        String line = lines.get(at[0] - 1);
        int i = at[1] - 1;
        if (i >= 0 && i < line.length() && isWordChar(line.charAt(i)) && (i == 0 || !isWordChar(line.charAt(i - 1)))) {
            int end = i;
            while (end < line.length() && end - i < 20 && isWordChar(line.charAt(end))) {
                end++;
            }
            return line.substring(i, end);
        }
        return i >= 1 && i - 1 < line.length() ? String.valueOf(line.charAt(i - 1)) : "end of line";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
    }
}
