package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds a {@code Double} property to its text with {@link XmlNumbers}; blank text reads as absent. */
public final class DoubleAdapter extends XmlAdapter<String, Double> {

    @Override
    public Double unmarshal(String text) {
        return text == null || text.isBlank() ? null : XmlNumbers.parseDouble(text);
    }

    @Override
    public String marshal(Double value) {
        return value == null ? null : XmlNumbers.format(value);
    }
}
