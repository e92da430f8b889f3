package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds an {@code Integer} property to its text; surrounding blanks allowed, blank reads as absent. */
public final class IntegerAdapter extends XmlAdapter<String, Integer> {

    @Override
    public Integer unmarshal(String text) {
        return text == null || text.isBlank() ? null : XmlNumbers.parseInt(text);
    }

    @Override
    public String marshal(Integer value) {
        return value == null ? null : value.toString();
    }
}
