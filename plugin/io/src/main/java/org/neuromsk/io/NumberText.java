package org.neuromsk.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as they appear in OpenSim text tables.
 *
 * <p>Reading accepts C decimal syntax ({@code -1.5}, {@code .5}, {@code 2.}, {@code 1e-17}) and the
 * spellings C libraries print for non-finite values ({@code nan}, {@code -nan(ind)}, {@code inf},
 * {@code 1.#QNAN}, ...), which come back as NaN or infinity so that the caller can report them.
 * Writing offers the shortest text that reads back to the identical double, and OpenSim's
 * fixed-decimals output.
 */
public final class NumberText {

    /** Decimal exponents written in plain notation: -5 to 15; others are written as d.ddde±x. */
    private static final int PLAIN_MIN_EXPONENT = -5;
    private static final int PLAIN_MAX_EXPONENT = 15;

    private NumberText() {
    }

    /**
     * Parses one cell.
     *
     * @param text the cell, without surrounding separators
     * @return its value; NaN or an infinity for the non-finite spellings
     * @throws NumberFormatException if the text is not a number
     */
    public static double parse(String text) {
        if (isDecimal(text)) {
            return Double.parseDouble(text);
        }
        double special = nonFinite(text);
        if (Double.isNaN(special) || Double.isInfinite(special)) {
            return special;
        }
        throw new NumberFormatException("not a number: \"" + text + "\"");
    }

    /**
     * @param text a cell
     * @return true if {@link #parse(String)} accepts it
     */
    public static boolean isNumber(String text) {
        return isDecimal(text) || !Double.isFinite(nonFinite(text));
    }

    /**
     * The shortest decimal text that reads back as exactly {@code value}: plain notation for
     * magnitudes from 1e-5 to below 1e16 ({@code 0.0005}, {@code 2000}, {@code -13.05452443}),
     * scientific otherwise ({@code 1.547843304e-17}).
     *
     * @param value a finite number
     * @return its text
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static String shortest(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        // Double.toString gives digits that read back exactly; re-render them without its
        // trailing ".0" and with a C-style exponent.
        String s = Double.toString(Math.abs(value));
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exponent; // value = 0.<digits> * 10^point
        int lead = 0;
        while (digits.charAt(lead) == '0') {
            lead++;
        }
        point -= lead;
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(lead, end);

        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        int scientific = point - 1;
        if (scientific >= PLAIN_MIN_EXPONENT && scientific <= PLAIN_MAX_EXPONENT) {
            if (point <= 0) {
                out.append("0.").append("0".repeat(-point)).append(digits);
            } else if (point >= digits.length()) {
                out.append(digits).append("0".repeat(point - digits.length()));
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(scientific);
        }
        return out.toString();
    }

    /**
     * Fixed-point text with {@code decimals} digits after the point, as C's {@code printf("%.Nf")}
     * prints it: the exact binary value rounded half-to-even. This matches OpenSim's Storage output
     * (its default is 8 decimals); Java's own {@code String.format} rounds differently on ties.
     *
     * @param value a finite number
     * @param decimals digits after the decimal point (0 to 20)
     * @return the text, e.g. {@code fixed(1.0 / 120, 8)} is {@code "0.00833333"}
     */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (decimals < 0 || decimals > 20) {
            throw new IllegalArgumentException("decimals must be 0 to 20, got " + decimals);
        }
        String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if (1 / value < 0 && !text.startsWith("-")) {
            text = "-" + text; // C prints the sign of negative values that round to zero
        }
        return text;
    }

    /**
     * Text for messages and summaries: the value's shortest decimal text ({@link Double#toString})
     * rounded half-up to {@code digits} significant digits, in plain notation, without trailing zeros.
     *
     * @param value a number; NaN and infinities are written as Java writes them
     * @param digits significant digits (1 or more)
     * @return the text, e.g. {@code significant(5.000000000000004e-4, 6)} is {@code "0.0005"}
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return NaN or an infinity for a non-finite spelling, else 0 */
    private static double nonFinite(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        double infinity = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (s.equals("nan") || s.startsWith("nan(")) {
            return Double.NaN;
        }
        if (s.equals("inf") || s.equals("infinity")) {
            return infinity;
        }
        if (s.startsWith("1.#")) { // Microsoft C runtime: 1.#INF, 1.#QNAN, 1.#IND, 1.#SNAN
            if (s.startsWith("1.#inf")) {
                return infinity;
            }
            if (s.startsWith("1.#qnan") || s.startsWith("1.#ind") || s.startsWith("1.#snan")) {
                return Double.NaN;
            }
        }
        return 0;
    }
}
