package org.neuromsk.pipeline.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.json.StrictJsonException;
import org.neuromsk.io.json.StrictJsonReader;

/**
 * JSON (RFC 8259, read with {@link StrictJsonReader} and written with Gson's pretty printer) as plain
 * Java values: objects become {@link LinkedHashMap} (key order kept, a key given twice is an error),
 * arrays {@link List}, every number a {@link Double}, and {@code true}/{@code false}/{@code null} their
 * Java values. This class words the errors, which name the line and column.
 */
public final class Json {

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
        try {
            return plain(StrictJsonReader.read(text, Double::valueOf).root());
        } catch (StrictJsonException.RepeatedKey e) {
            throw error(e.line(), e.column(), "key '" + e.key() + "' appears twice");
        } catch (StrictJsonException.Syntax e) {
            String problem = e.problem();
            throw error(e.line(), e.column(), e.endOfText() ? "unexpected end of text"
                    : problem.startsWith("Unterminated array") ? "expected ',' or ']'"
                    : problem.startsWith("Unterminated object") ? "expected ',' or '}'"
                    : problem.startsWith("Use JsonReader.setStrictness") ? "not JSON (NaN, comments, single quotes, "
                            + "unquoted words and trailing commas are not allowed)"
                    : problem);
        }
    }

    /** @return the tree as plain values: {@link LinkedHashMap}, {@link List}, {@link Double}, String, Boolean, null */
    private static Object plain(JsonElement element) {
        if (element.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            element.getAsJsonObject().entrySet().forEach(member -> map.put(member.getKey(), plain(member.getValue())));
            return map;
        }
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            element.getAsJsonArray().forEach(item -> list.add(plain(item)));
            return list;
        }
        if (element.isJsonNull()) {
            return null;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.isBoolean() ? (Object) primitive.getAsBoolean()
                : primitive.isNumber() ? primitive.getAsNumber() : primitive.getAsString();
    }

    /** @return "JSON line L, column C: problem", or "JSON: problem" when the line is unknown (0) */
    private static NeuroMskException error(int line, int column, String problem) {
        return new NeuroMskException((line > 0 ? "JSON line " + line + ", column " + column : "JSON") + ": " + problem);
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
