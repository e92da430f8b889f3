package org.neuromsk.training;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;

import org.neuromsk.error.NeuroMskException;

/**
 * Checks a JSON object of settings against the record it overrides, before Gson reads it: every
 * member must be a component, and each value of the component's kind (a whole number for an
 * {@code int} or {@code long}, a number, true or false, text, a list, an object for a nested record,
 * one of the names of an enum).
 * Gson alone would ignore an unknown member and read {@code 1.5} as an {@code int} field's 1.
 */
final class SettingKinds {

    private SettingKinds() {
    }

    /**
     * @param type the record the JSON overrides (other types are not checked)
     * @param given the JSON object
     * @param prefix dotted path of {@code given} ("" at the top)
     * @throws NeuroMskException naming the first unknown member or value of the wrong kind
     */
    static void check(Class<?> type, JsonObject given, String prefix) {
        if (!type.isRecord()) {
            return;
        }
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Map.Entry<String, JsonElement> e : given.entrySet()) {
            String name = prefix + e.getKey();
            RecordComponent c = components.get(e.getKey());
            if (c == null) {
                throw new NeuroMskException("unknown setting '" + name + "' (known: "
                        + String.join(", ", new TreeSet<>(components.keySet())) + ")");
            }
            String problem = problem(c.getType(), e.getValue());
            if (problem != null) {
                throw new NeuroMskException("setting '" + name + "' must be " + problem + ", got " + e.getValue());
            }
            if (c.getType().isRecord() && e.getValue().isJsonObject()) {
                check(c.getType(), e.getValue().getAsJsonObject(), name + ".");
            }
        }
    }

    /** @return what the value should be, or null when it fits (null values are left to the record) */
    private static String problem(Class<?> type, JsonElement value) {
        if (value.isJsonNull()) {
            return type.isPrimitive() ? kind(type) : null;
        }
        boolean number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Json.isWholeNumber(value) ? null : kind(type);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return number ? null : kind(type);
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean() ? null : kind(type);
        }
        if (type == String.class) {
            return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? null : kind(type);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return value.isJsonArray() ? null : kind(type);
        }
        if (type.isRecord()) {
            return value.isJsonObject() ? null : kind(type);
        }
        if (type.isEnum()) {
            // Gson reads an unknown constant as null, which a record may silently replace by its default
            List<String> names = constantNames(type);
            boolean known = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    && names.contains(value.getAsString());
            return known ? null : "one of " + String.join(", ", names);
        }
        return null;
    }

    /** @return the names Gson reads for the constants ({@code @SerializedName} or the constant's name) */
    private static List<String> constantNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getFields()) {
            if (f.isEnumConstant()) {
                SerializedName s = f.getAnnotation(SerializedName.class);
                names.add(s != null ? s.value() : f.getName());
            }
        }
        return names;
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isRecord()) {
            return "a JSON object";
        }
        return "a list";
    }
}
