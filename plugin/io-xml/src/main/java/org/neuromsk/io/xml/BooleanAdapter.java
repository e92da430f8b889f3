package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Binds a {@code Boolean} property: reads true/false in any case (or 1/0), writes true/false. */
public final class BooleanAdapter extends XmlAdapter<String, Boolean> {

    @Override
    public Boolean unmarshal(String text) {
        return text == null || text.isBlank() ? null : XmlNumbers.parseBoolean(text);
    }

    @Override
    public String marshal(Boolean value) {
        return value == null ? null : value.toString();
    }
}
