package org.neuromsk.io.json;

import java.util.Map;
import java.util.Objects;

import com.google.gson.JsonElement;

/**
 * A JSON text read into a Gson tree, with the line every value starts on.
 *
 * @param root the top-level value
 * @param lines the 1-based line each value starts on, by Gson path ({@code $}, {@code $.imus[0].name})
 */
public record JsonTree(JsonElement root, Map<String, Integer> lines) {

    /** Checks the fields and keeps an unmodifiable copy of the lines. */
    public JsonTree {
        Objects.requireNonNull(root, "root");
        lines = Map.copyOf(lines);
    }

    /**
     * @param path a Gson path such as {@code $.imus[0]}
     * @return the line the value there starts on, 0 when unknown
     */
    public int line(String path) {
        return lines.getOrDefault(path, 0);
    }
}
