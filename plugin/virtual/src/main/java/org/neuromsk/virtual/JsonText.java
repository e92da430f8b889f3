package org.neuromsk.virtual;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import org.neuromsk.io.NumberText;

/**
 * Renders maps (insertion order kept), lists, arrays, strings, numbers and booleans as indented JSON
 * (Gson's pretty printer). Floating-point numbers are written in their shortest form that reads back
 * exactly ({@link NumberText#shortest}); NaN and infinities are refused, null members left out.
 */
final class JsonText {

    /** Doubles and floats in their shortest exact form. */
    private static final TypeAdapter<Number> SHORTEST = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            out.jsonValue(NumberText.shortest(value.doubleValue()));
        }

        @Override
        public Number read(JsonReader in) {
            throw new UnsupportedOperationException("JsonText only writes");
        }
    };

    private static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .disableHtmlEscaping()
            .registerTypeAdapter(Double.class, SHORTEST)
            .registerTypeAdapter(double.class, SHORTEST)
            .registerTypeAdapter(Float.class, SHORTEST)
            .registerTypeAdapter(float.class, SHORTEST)
            .create();

    private JsonText() {
    }

    /**
     * @param value a Map with String keys, a List, a double[], a String, a Number or a Boolean
     * @return its JSON text, ending with a newline
     * @throws IllegalArgumentException for a non-finite number
     */
    static String of(Object value) {
        return GSON.toJson(value) + "\n";
    }
}
