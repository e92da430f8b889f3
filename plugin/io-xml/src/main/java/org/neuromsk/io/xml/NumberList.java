package org.neuromsk.io.xml;

import java.util.Arrays;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * An immutable sequence of numbers written as space-separated text, such as the knots of a spline
 * ({@code <x>-2.0944 -1.74533 …</x>}). The unit is the property's.
 */
@XmlJavaTypeAdapter(NumberList.Adapter.class)
public final class NumberList {

    /** No numbers. */
    public static final NumberList EMPTY = new NumberList(new double[0]);

    private final double[] values;

    private NumberList(double[] values) {
        this.values = values;
    }

    /**
     * @param values the numbers (copied)
     * @return the list
     */
    public static NumberList of(double... values) {
        return values.length == 0 ? EMPTY : new NumberList(values.clone());
    }

    /**
     * @param text space-separated numbers, possibly blank
     * @return the list
     * @throws IllegalArgumentException if a token is not a number
     */
    public static NumberList parse(String text) {
        return new NumberList(XmlNumbers.parseAll(text));
    }

    /** @return how many numbers */
    public int size() {
        return values.length;
    }

    /** @return true if there are none */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /**
     * @param i 0-based index
     * @return the number
     */
    public double get(int i) {
        return values[i];
    }

    /** @return a copy of the numbers */
    public double[] toArray() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberList other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return XmlNumbers.formatAll(values);
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, NumberList> {
        @Override
        public NumberList unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(NumberList value) {
            return value == null ? null : value.toString();
        }
    }
}
