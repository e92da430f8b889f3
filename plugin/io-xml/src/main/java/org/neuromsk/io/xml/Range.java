package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Two numbers, a lower and an upper bound, written as {@code <range>-1.5708 0.7854</range>} or
 * {@code <time_range>0 2.5</time_range>}; the unit is the property's. Either bound may be infinite.
 *
 * @param min lower bound
 * @param max upper bound
 */
@XmlJavaTypeAdapter(Range.Adapter.class)
public record Range(double min, double max) {

    /** From −∞ to +∞. */
    public static final Range ALL = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * @param value a number
     * @return true if {@code min <= value <= max}
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /**
     * @param text two space-separated numbers
     * @return the range
     * @throws IllegalArgumentException if the text is not two numbers
     */
    public static Range parse(String text) {
        double[] v = XmlNumbers.parseExactly(text, 2, "range");
        return new Range(v[0], v[1]);
    }

    @Override
    public String toString() {
        return XmlNumbers.formatAll(min, max);
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, Range> {
        @Override
        public Range unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(Range value) {
            return value == null ? null : value.toString();
        }
    }
}
