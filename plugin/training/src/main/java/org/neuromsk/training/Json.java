package org.neuromsk.training;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.NetworkTypes;

/**
 * JSON of this module (Gson, which DJL already brings): pretty-printed, NaN and infinities allowed,
 * network configs written with their {@code "type"} when the declared type is {@link NetworkConfig}
 * (write a config with {@code gson().toJson(config, NetworkConfig.class)}).
 */
public final class Json {

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            .disableHtmlEscaping()
            .registerTypeAdapter(NetworkConfig.class, new NetworkTypes())
            .create();

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private Json() {
    }

    /** @return the configured Gson */
    public static Gson gson() {
        return GSON;
    }

    /**
     * @param file file to write atomically
     * @param value value to write
     */
    public static void write(Path file, Object value) {
        String text = GSON.toJson(value) + "\n";
        AtomicFiles.writeText(file, out -> out.write(text));
    }

    /**
     * @param file a JSON file
     * @param type the type to read
     * @param <T> the type
     * @return the value
     * @throws FileFormatException naming the file (and line when known) if it is missing or invalid
     */
    public static <T> T read(Path file, Class<T> type) {
        return parse(file, readText(file), type);
    }

    /**
     * @param file a UTF-8 text file
     * @return its text
     * @throws FileFormatException naming the file if it is missing or unreadable
     */
    public static String readText(Path file) {
        return WholeFile.text(file);
    }

    /**
     * @param file where the text came from (for messages), or null
     * @param text JSON text
     * @return the JSON object it holds
     * @throws FileFormatException naming the file if the text is not valid JSON or not an object
     */
    public static JsonObject parseObject(Path file, String text) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new FileFormatException(file, 0, "invalid JSON: " + e.getMessage(), e);
        }
        if (!parsed.isJsonObject()) {
            throw new FileFormatException(file, 0, "expected a JSON object");
        }
        return parsed.getAsJsonObject();
    }

    /**
     * @param file where the text came from (for messages), or null
     * @param text JSON text
     * @param known the member names the object may have
     * @return the JSON object it holds
     * @throws FileFormatException naming the file (and line) for invalid or lenient-only JSON (comments,
     *     NaN, trailing commas), a member named twice, a non-object or the first unknown member
     */
    public static JsonObject parseObject(Path file, String text, Set<String> known) {
        JsonElement parsed;
        try {
            parsed = StrictJson.parse(text, "key");
        } catch (StrictJson.Problem p) {
            throw new FileFormatException(file, p.line(), p.reason(), p);
        }
        if (!parsed.isJsonObject()) {
            throw new FileFormatException(file, 0, "expected a JSON object");
        }
        JsonObject root = parsed.getAsJsonObject();
        for (String key : root.keySet()) {
            if (!known.contains(key)) {
                throw new FileFormatException(file, 0, "unknown key '" + key + "' (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return root;
    }

    /**
     * @param file where the text came from (for messages), or null
     * @param text JSON text
     * @param type the type to read
     * @param <T> the type
     * @return the value
     */
    public static <T> T parse(Path file, String text, Class<T> type) {
        try {
            T value = GSON.fromJson(text, type);
            if (value == null) {
                throw new FileFormatException(file, 0, "empty JSON, expected " + type.getSimpleName());
            }
            return value;
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new FileFormatException(file, line(e), "invalid " + type.getSimpleName() + " JSON: "
                    + syntaxProblem(e), e);
        } catch (NeuroMskException e) {
            if (e instanceof FileFormatException) {
                throw e;
            }
            throw new FileFormatException(file, 0, e.getMessage(), e);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof NeuroMskException n ? n : e;
            throw new FileFormatException(file, 0, "invalid " + type.getSimpleName() + " JSON: "
                    + TorchRuntime.oneLine(cause), e);
        }
    }

    /**
     * @param value a JSON value
     * @return whether it is a number without a fractional part that fits a {@code long} ({@code 3},
     *     {@code 3.0}, {@code 3e2}; not {@code 1.5} or text)
     */
    public static boolean isWholeNumber(JsonElement value) {
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        try {
            new BigDecimal(value.getAsString()).longValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param file the JSON file, for the message
     * @param key the member's name, for the message
     * @param value its value
     * @return the value as a whole number
     * @throws FileFormatException naming the file and the key if it is not one ({@link #isWholeNumber})
     */
    public static long wholeNumber(Path file, String key, JsonElement value) {
        if (!isWholeNumber(value)) {
            throw new FileFormatException(file, 0, "\"" + key + "\" must be a whole number, got " + value);
        }
        return value.getAsLong();
    }

    /**
     * Reads a JSON object over the JSON form of {@code defaults}: members given replace those of
     * the defaults, nested objects member by member. The text must be strict JSON (no comments, NaN
     * or trailing commas), name no member twice, and name only components of the record (nested
     * records member by member), each with a value of the component's kind; anything else is refused
     * rather than ignored or truncated.
     *
     * @param defaults value supplying what the JSON leaves out
     * @param json JSON object text
     * @param type the type to read
     * @param <T> the type
     * @return the merged value
     * @throws NeuroMskException naming the setting for bad JSON, an unknown or repeated member, a value
     *     of the wrong kind, or a value the record refuses
     */
    public static <T> T overlay(T defaults, String json, Class<T> type) {
        JsonElement given;
        try {
            given = StrictJson.parse(json, "setting");
        } catch (StrictJson.Problem p) {
            throw new NeuroMskException(p.getMessage());
        }
        if (!given.isJsonObject()) {
            throw new NeuroMskException("expected a JSON object for " + type.getSimpleName());
        }
        SettingKinds.check(type, given.getAsJsonObject(), "");
        JsonObject merged = GSON.toJsonTree(defaults).getAsJsonObject();
        merge(merged, given.getAsJsonObject());
        try {
            return parse(null, GSON.toJson(merged), type);
        } catch (FileFormatException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof NeuroMskException)) {
                cause = cause.getCause();
            }
            throw cause instanceof NeuroMskException n ? n : new NeuroMskException(e.getMessage(), e);
        }
    }

    private static void merge(JsonObject base, JsonObject given) {
        for (Map.Entry<String, JsonElement> entry : given.entrySet()) {
            JsonElement existing = base.get(entry.getKey());
            if (existing != null && existing.isJsonObject() && entry.getValue().isJsonObject()) {
                merge(existing.getAsJsonObject(), entry.getValue().getAsJsonObject());
            } else {
                base.add(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * @param e an exception of Gson's parser or binder
     * @return what it says is wrong, on one line, without exception class names or Gson's
     *     troubleshooting link (e.g. "Unterminated string at line 46 column 30 path $.loss")
     */
    public static String syntaxProblem(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : String.valueOf(e.getMessage());
        return message.replaceAll("\\s*See https?://\\S+", "")
                .replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "")
                .replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static int line(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }
}
