package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.json.JsonTree;
import org.neuromsk.io.json.StrictJsonException;
import org.neuromsk.io.json.StrictJsonReader;

/**
 * A JSON file read with {@link StrictJsonReader} (RFC 8259: no NaN, comments or trailing commas) into a
 * Gson tree, with the line every value starts on (by Gson path, {@code $[0].translation[2]}) and keys
 * given twice refused. Numbers are doubles. Syntax errors become one-line {@link FileFormatException}s
 * naming the line.
 *
 * @param file the file, for messages
 * @param root the top-level value
 * @param lines the 1-based line each value starts on, by path
 */
record LocatedJson(Path file, JsonElement root, Map<String, Integer> lines) {

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
        try {
            JsonTree tree = StrictJsonReader.read(text, Double::parseDouble); // 1e999 reads as infinity
            return new LocatedJson(file, tree.root(), tree.lines());
        } catch (StrictJsonException.RepeatedKey e) {
            throw new FileFormatException(file, e.line(), "key \"" + e.key() + "\" appears twice in one object");
        } catch (StrictJsonException.Syntax e) {
            throw syntaxError(file, text, e);
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

    /** @return a one-line error naming the line and, for Gson's terse messages, the text found there */
    private static FileFormatException syntaxError(Path file, String text, StrictJsonException.Syntax e) {
        String problem = e.problem();
        int[] at = {e.line(), e.column()};
        if (e.endOfText()) {
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
        return new FileFormatException(file, at[0], problem, e.getCause());
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
