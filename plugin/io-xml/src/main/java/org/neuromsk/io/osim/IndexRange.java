package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.neuromsk.io.xml.XmlNumbers;

/**
 * Two 1-based path point indices, {@code <range>2 3</range>} of a {@link PathWrap};
 * {@code -1 -1} means the whole path.
 *
 * @param first first path point (1-based), or −1
 * @param last last path point (1-based), or −1
 */
@XmlJavaTypeAdapter(IndexRange.Adapter.class)
public record IndexRange(int first, int last) {

    /** @return true for {@code -1 -1}: the whole path */
    public boolean wholePath() {
        return first == -1 && last == -1;
    }

    /**
     * @param text two space-separated integers
     * @return the range
     * @throws IllegalArgumentException if the text is not two integers
     */
    public static IndexRange parse(String text) {
        String[] tokens = XmlNumbers.tokens(text);
        if (tokens.length != 2) {
            throw new IllegalArgumentException(
                    "expected 2 integers (path point range), found " + tokens.length + ": '" + text.strip() + "'");
        }
        return new IndexRange(XmlNumbers.parseInt(tokens[0]), XmlNumbers.parseInt(tokens[1]));
    }

    @Override
    public String toString() {
        return first + " " + last;
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, IndexRange> {
        @Override
        public IndexRange unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(IndexRange value) {
            return value == null ? null : value.toString();
        }
    }
}
