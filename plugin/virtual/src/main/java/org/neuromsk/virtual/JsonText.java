package org.neuromsk.virtual;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.NumberText;

/**
 * Renders maps (insertion order kept), lists, strings, numbers and booleans as indented JSON. Numbers
 * are written so that they read back exactly; NaN and infinities are refused.
 */
final class JsonText {

    private JsonText() {
    }

    /**
     * @param value a Map with String keys, a List, a double[], a String, a Number or a Boolean
     * @return its JSON text, ending with a newline
     */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeEntries(map, depth, out);
        } else if (value instanceof List<?> list) {
            writeList(list.iterator(), list.isEmpty(), depth, out);
        } else if (value instanceof double[] array) {
            writeList(java.util.Arrays.stream(array).boxed().iterator(), array.length == 0, depth, out);
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(NumberText.shortest(((Number) value).doubleValue()));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("cannot write " + value + " as JSON");
        }
    }

    private static void writeEntries(Map<?, ?> map, int depth, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            indent(depth + 1, out);
            quote((String) e.getKey(), out);
            out.append(": ");
            write(e.getValue(), depth + 1, out);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        indent(depth, out);
        out.append('}');
    }

    private static void writeList(Iterator<?> it, boolean empty, int depth, StringBuilder out) {
        if (empty) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (it.hasNext()) {
            Object v = it.next();
            if (!first) {
                out.append(", ");
            }
            first = false;
            if (v instanceof Map<?, ?>) {
                out.append('\n');
                indent(depth + 1, out);
                write(v, depth + 1, out);
            } else {
                write(v, depth + 1, out);
            }
        }
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
