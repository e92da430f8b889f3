package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds a {@code String} property with its surrounding blanks removed: OpenSim 3.x files write
 * {@code <model_file> arm26.osim </model_file>} and mean {@code arm26.osim}.
 */
public final class TextAdapter extends XmlAdapter<String, String> {

    @Override
    public String unmarshal(String text) {
        return text == null ? null : text.strip();
    }

    @Override
    public String marshal(String value) {
        return value;
    }
}
