package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.FileFormatException;

/**
 * A small strict JSON (RFC 8259) reader that remembers the line of every value, for the placements
 * files. The engine has no JSON library among its dependencies and the files are tiny, so this is a
 * plain recursive-descent parser: objects (duplicate keys refused), arrays, strings with escapes,
 * finite numbers, {@code true}, {@code false}, {@code null}. Errors name the file and the line.
 */
final class Json {

    /** A parsed value and the 1-based line it starts on. */
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
        /** @return the line the value starts on */
        int line();
    }

    /** An object; members in file order. */
    record Obj(Map<String, Value> members, int line) implements Value {
    }

    /** An array. */
    record Arr(List<Value> items, int line) implements Value {
    }

    /** A string. */
    record Str(String value, int line) implements Value {
    }

    /** A number. */
    record Num(double value, int line) implements Value {
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value, int line) implements Value {
    }

    /** {@code null}. */
    record Null(int line) implements Value {
    }

    private static final int MAX_DEPTH = 64;

    private final Path file;
    private final String text;
    private int pos;
    private int line = 1;
    private int depth;

    private Json(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * @param file the file, for messages
     * @param text its whole text
     * @return the single top-level value
     * @throws FileFormatException on any syntax error
     */
    static Value parse(Path file, String text) {
        Json p = new Json(file, text);
        if (text.startsWith("\uFEFF")) {
            p.pos = 1;
        }
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw p.error("the file is empty");
        }
        Value v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describe() + " after the end of the JSON value");
        }
        return v;
    }

    /** @return a short name of a value's kind, for messages */
    static String kind(Value v) {
        if (v instanceof Obj) {
            return "an object";
        }
        if (v instanceof Arr) {
            return "an array";
        }
        if (v instanceof Str) {
            return "a string";
        }
        if (v instanceof Num) {
            return "a number";
        }
        return v instanceof Bool ? "a boolean" : "null";
    }

    private Value value() {
        int start = line;
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(start);
            case '[' -> array(start);
            case '"' -> new Str(string(), start);
            case 't' -> literal("true", new Bool(true, start));
            case 'f' -> literal("false", new Bool(false, start));
            case 'n' -> literal("null", new Null(start));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield new Num(number(), start);
                }
                throw error("unexpected " + describe() + "; expected a JSON value (NaN and Infinity are not JSON)");
            }
        };
    }

    private Obj object(int start) {
        enter();
        pos++;
        Map<String, Value> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new Obj(Collections.unmodifiableMap(members), start);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a quoted key, found " + describe());
            }
            int keyLine = line;
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            requireMore();
            Value v = value();
            if (members.putIfAbsent(key, v) != null) {
                throw new FileFormatException(file, keyLine, "key \"" + key + "\" appears twice in one object");
            }
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return new Obj(Collections.unmodifiableMap(members), start);
            } else {
                throw error("expected ',' or '}' in an object, found " + describe());
            }
        }
    }

    private Arr array(int start) {
        enter();
        pos++;
        List<Value> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new Arr(List.copyOf(items), start);
        }
        while (true) {
            skipSpace();
            requireMore();
            items.add(value());
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return new Arr(List.copyOf(items), start);
            } else {
                throw error("expected ',' or ']' in an array, found " + describe());
            }
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\n' || c < 0x20) {
                throw error("control character inside a string (strings must be on one line)");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape '\\u" + text.substring(pos, pos + 4) + "'");
                    }
                    pos += 4;
                }
                default -> throw error("bad escape '\\" + e + "' in a string");
            }
        }
    }

    private double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("bad number '" + token(start) + "'");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("bad number '" + token(start) + "'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("bad number '" + token(start) + "'");
            }
            digits();
        }
        if (Character.isLetterOrDigit(peek()) || peek() == '.') {
            throw error("bad number '" + token(start) + "'");
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Value literal(String word, Value v) {
        if (!text.startsWith(word, pos) || Character.isLetterOrDigit(charAt(pos + word.length()))) {
            throw error("unexpected " + describe() + "; expected a JSON value");
        }
        pos += word.length();
        return v;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "', found " + describe());
        }
        pos++;
    }

    private void requireMore() {
        if (pos >= text.length()) {
            throw error("unexpected end of file");
        }
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return charAt(pos);
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private String describe() {
        if (pos >= text.length()) {
            return "end of file";
        }
        return "'" + token(pos) + "'";
    }

    /** @return the run of non-separator characters from {@code start}, cut to 20 characters */
    private String token(int start) {
        int end = start;
        while (end < text.length() && end - start < 20) {
            char c = text.charAt(end);
            if (Character.isWhitespace(c) || c == ',' || c == ']' || c == '}' || c == ':') {
                break;
            }
            end++;
        }
        return end == start ? String.valueOf(text.charAt(start)) : text.substring(start, end);
    }

    private FileFormatException error(String problem) {
        return new FileFormatException(file, line, problem);
    }
}
