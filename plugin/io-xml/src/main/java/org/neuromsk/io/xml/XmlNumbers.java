package org.neuromsk.io.xml;

import java.util.regex.Pattern;

/**
 * Reads and writes the scalar text of OpenSim XML properties: numbers (with OpenSim's spellings of
 * infinity and NaN), integers and booleans. Every parser trims the text and throws an
 * {@link IllegalArgumentException} whose message says what was expected and what was found; the
 * reader turns it into a {@link org.neuromsk.io.FileFormatException} with file and line.
 */
public final class XmlNumbers {

    /** A decimal number as C's {@code strtod} reads it (no hexadecimal, no Java type suffixes). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private XmlNumbers() {
    }

    /**
     * Parses one number. Accepts {@code inf}, {@code Inf}, {@code infinity}, {@code Infinity} (with an
     * optional sign) and {@code nan}/{@code NaN} besides decimal notation.
     *
     * @param text the element text
     * @return the value
     * @throws IllegalArgumentException if the text is not a number
     */
    public static double parseDouble(String text) {
        String s = text.trim();
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String magnitude = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        switch (magnitude) {
            case "inf":
            case "infinity":
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                throw new IllegalArgumentException("expected a number, found '" + s + "'");
        }
    }

    /**
     * Formats a number so that OpenSim reads back exactly the same double: integral values without a
     * decimal point, others with the digits of Java's {@link Double#toString} (which always read back
     * exactly; exponents as {@code 1e-5}),
     * infinities as {@code Inf}/{@code -Inf} and NaN as {@code NaN}, as OpenSim itself writes them.
     *
     * @param value the number
     * @return its text
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int e = text.indexOf('E');
        if (e < 0) {
            return text;
        }
        String mantissa = text.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(e + 1);
    }

    /**
     * @param text space-separated numbers, possibly empty
     * @return the numbers in order
     * @throws IllegalArgumentException if one of them is not a number
     */
    public static double[] parseAll(String text) {
        String[] tokens = tokens(text);
        double[] values = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            values[i] = parseDouble(tokens[i]);
        }
        return values;
    }

    /**
     * @param text space-separated numbers
     * @param count how many are required
     * @param what what the numbers form, for the message (e.g. "Vec3")
     * @return exactly {@code count} numbers
     * @throws IllegalArgumentException if the count differs or a token is not a number
     */
    public static double[] parseExactly(String text, int count, String what) {
        double[] values = parseAll(text);
        if (values.length != count) {
            throw new IllegalArgumentException(
                    "expected " + count + " numbers (" + what + "), found " + values.length + ": '" + text.trim() + "'");
        }
        return values;
    }

    /**
     * @param values numbers
     * @return the numbers separated by single spaces
     */
    public static String formatAll(double... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(format(values[i]));
        }
        return b.toString();
    }

    /**
     * @param text an integer, surrounding blanks allowed
     * @return its value
     * @throws IllegalArgumentException if the text is not an integer
     */
    public static int parseInt(String text) {
        String s = text.trim();
        try {
            return Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer, found '" + s + "'", e);
        }
    }

    /**
     * @param text {@code true}/{@code false} in any case, or {@code 1}/{@code 0}
     * @return the flag
     * @throws IllegalArgumentException for any other text
     */
    public static boolean parseBoolean(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("true") || s.equals("1")) {
            return true;
        }
        if (s.equalsIgnoreCase("false") || s.equals("0")) {
            return false;
        }
        throw new IllegalArgumentException("expected true or false, found '" + s + "'");
    }

    /**
     * @param text whitespace-separated tokens, possibly empty or blank
     * @return the tokens (none for blank text)
     */
    public static String[] tokens(String text) {
        String s = text.trim();
        return s.isEmpty() ? new String[0] : WHITESPACE.split(s);
    }
}
