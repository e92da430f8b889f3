package org.neuromsk.io.json;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON text with Gson's strict {@link JsonReader} (RFC 8259: no comments, NaN, single quotes,
 * unquoted words or trailing commas, which Gson's lenient reader would accept) into a Gson tree,
 * records the line each value starts on and refuses an object key given twice.
 */
public final class StrictJsonReader {

    private StrictJsonReader() {
    }

    /**
     * @param text JSON text
     * @param numbers how a number's text becomes the tree's number (e.g. {@code Double::parseDouble},
     *     or Gson's {@code LazilyParsedNumber::new} to keep the text)
     * @return the tree and the lines of its values
     * @throws StrictJsonException.Syntax if Gson refuses the text (text after the value included), or
     *     {@code numbers} throws a {@link NumberFormatException}
     * @throws StrictJsonException.RepeatedKey if an object gives a key twice
     */
    public static JsonTree read(String text, Function<String, ? extends Number> numbers) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        Map<String, Integer> lines = new HashMap<>();
        try {
            JsonElement root = value(reader, numbers, lines);
            reader.peek(); // strict peeking refuses text after the value (a MalformedJsonException)
            return new JsonTree(root, lines);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new StrictJsonException.Syntax(e);
        }
    }

    private static JsonElement value(JsonReader reader, Function<String, ? extends Number> numbers,
            Map<String, Integer> lines) throws IOException {
        JsonToken token = reader.peek();
        lines.put(reader.getPath(), position(reader).line());
        switch (token) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String key = reader.nextName();
                    if (object.has(key)) {
                        throw new StrictJsonException.RepeatedKey(position(reader), key);
                    }
                    object.add(key, value(reader, numbers, lines));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(value(reader, numbers, lines));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(numbers.apply(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            // peek() never gives a name or an end here (hasNext() was true) nor the end of the document
            // (strict reading refuses empty text with an EOFException)
            default -> throw new IllegalStateException("Unexpected " + token + reader);
        }
    }

    /** @return where the reader is (its only public form is its {@code toString()}), zeros when unknown */
    private static GsonPosition position(JsonReader reader) {
        return GsonPosition.find(reader.toString()).orElse(new GsonPosition(0, 0, 0, 0));
    }
}
