package org.neuromsk.io.json;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position as Gson writes it in its messages and in {@link com.google.gson.stream.JsonReader#toString()},
 * " at line L column C path P" (its only public form).
 *
 * @param line the line (1-based)
 * @param column the column (1-based)
 * @param start where the position text starts in the text searched, with the whitespace before it
 * @param end where it ends (exclusive), path included
 */
public record GsonPosition(int line, int column, int start, int end) {

    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+) column (\\d+)( path \\S*)?");

    /**
     * @param gsonText a Gson message or {@code JsonReader.toString()}, may be null
     * @return the first position in it, empty when it names none
     */
    public static Optional<GsonPosition> find(String gsonText) {
        Matcher m = AT.matcher(String.valueOf(gsonText));
        return m.find() ? Optional.of(new GsonPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.start(), m.end())) : Optional.empty();
    }

    /**
     * @param gsonText a Gson message or {@code JsonReader.toString()}, may be null
     * @return the line of its first position, 0 when it names none
     */
    public static int lineIn(String gsonText) {
        return find(gsonText).map(GsonPosition::line).orElse(0);
    }
}
