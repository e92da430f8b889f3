package org.neuromsk.io.xml;

import java.util.List;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * An immutable list of names written as space-separated text
 * ({@code <independent_coordinate_names>knee_angle_r</independent_coordinate_names>}).
 *
 * @param values the names, none of them blank
 */
@XmlJavaTypeAdapter(NameList.Adapter.class)
public record NameList(List<String> values) {

    /** No names. */
    public static final NameList EMPTY = new NameList(List.of());

    /** @param values the names (copied) */
    public NameList {
        values = List.copyOf(values);
    }

    /**
     * @param names the names
     * @return the list
     */
    public static NameList of(String... names) {
        return new NameList(List.of(names));
    }

    /**
     * @param text whitespace-separated names, possibly blank
     * @return the list
     */
    public static NameList parse(String text) {
        return new NameList(List.of(XmlNumbers.tokens(text)));
    }

    @Override
    public String toString() {
        return String.join(" ", values);
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, NameList> {
        @Override
        public NameList unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(NameList value) {
            return value == null ? null : value.toString();
        }
    }
}
