package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The {@code <OpenSimDocument Version="…">} element that wraps the one object of a file. */
@XmlRootElement(name = "OpenSimDocument")
final class DocumentElement {

    @XmlAttribute(name = "Version")
    private String version;

    @XmlAnyElement(lax = true)
    private List<Object> content = new ArrayList<>();

    DocumentElement() {
    }

    DocumentElement(String version, OsimObject root) {
        this.version = version;
        content.add(root);
    }

    String version() {
        return version;
    }

    List<Object> content() {
        return content;
    }
}
