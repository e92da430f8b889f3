package org.neuromsk.pipeline.json;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

import org.neuromsk.error.NeuroMskException;

/**
 * JSON (RFC 8259, through Gson's strict reader and its pretty printer) as plain Java values: objects
 * become {@link LinkedHashMap} (key order kept, a key given twice is an error), arrays {@link List},
 * every number a {@link Double}, and {@code true}/{@code false}/{@code null} their Java values. Errors
 * name the line and column.
 */
public final class Json {

    /** Where Gson's messages and {@link JsonReader#toString()} give the position (its only public form). */
    private static final Pattern AT = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    /** Doubles and floats: {@code null} when not finite, {@code 3} rather than {@code 3.0} when whole. */
    private static final TypeAdapter<Number> NUMBER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            double d = value == null ? Double.NaN : value.doubleValue();
            if (!Double.isFinite(d)) {
                out.nullValue();
            } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                out.value((long) d);
            } else {
                out.value(d);
            }
        }

        @Override
        public Number read(JsonReader in) {
            throw new UnsupportedOperationException("numbers are read by Json.parse");
        }
    };

    /** Two-space indent, one member or item per line, nulls kept, no HTML escapes, numbers as {@link #NUMBER}. */
    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(Double.class, NUMBER)
            .registerTypeAdapter(Float.class, NUMBER)
            .create();

    private Json() {
    }

    /**
     * @param text JSON text
     * @return the value
     * @throws NeuroMskException naming line and column of the first syntax error or repeated key
     */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                throw error(reader.toString(), "unexpected end of text");
            }
            Object value = value(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw error(reader.toString(), "unexpected text after the value");
            }
            return value;
        } catch (MalformedJsonException | EOFException | IllegalStateException | NumberFormatException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            Matcher m = AT.matcher(message);
            String problem = m.find() ? message.substring(0, m.start()) : message;
            throw error(message, e instanceof EOFException ? "unexpected end of text"
                    : problem.startsWith("Unterminated array") ? "expected ',' or ']'"
                    : problem.startsWith("Unterminated object") ? "expected ',' or '}'"
                    : problem.startsWith("Use JsonReader.setStrictness") ? "not JSON (NaN, comments, single quotes, "
                            + "unquoted words and trailing commas are not allowed)"
                    : problem);
        } catch (IOException e) {
            throw new NeuroMskException("JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonReader reader) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    String key = reader.nextName();
                    if (map.containsKey(key)) {
                        throw error(reader.toString(), "key '" + key + "' appears twice");
                    }
                    map.put(key, value(reader));
                }
                reader.endObject();
                return map;
            }
            case BEGIN_ARRAY -> {
                List<Object> list = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    list.add(value(reader));
                }
                reader.endArray();
                return list;
            }
            case STRING -> {
                return reader.nextString();
            }
            case NUMBER -> {
                return Double.valueOf(reader.nextString());
            }
            case BOOLEAN -> {
                return reader.nextBoolean();
            }
            case NULL -> {
                reader.nextNull();
                return null;
            }
            default -> throw new EOFException("End of input" + reader.toString().substring("JsonReader".length()));
        }
    }

    /** @param where a Gson message or {@link JsonReader#toString()}, for the line and column */
    private static NeuroMskException error(String where, String problem) {
        Matcher m = AT.matcher(where);
        return new NeuroMskException((m.find() ? "JSON line " + m.group(1) + ", column " + m.group(2) : "JSON")
                + ": " + problem);
    }

    /**
     * @param value maps, lists, strings, numbers, booleans, null (non-finite numbers are written as null,
     *              whole numbers below 1e15 without a fraction)
     * @return indented JSON text ending in a newline
     */
    public static String write(Object value) {
        return GSON.toJson(value) + "\n";
    }
}
