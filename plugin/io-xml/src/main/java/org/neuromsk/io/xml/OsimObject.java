package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.w3c.dom.Element;

/**
 * Base of every OpenSim object in an XML document: the {@code name} attribute plus the child elements
 * this library does not interpret, kept as DOM elements so that writing the object back reproduces
 * them (meshes, appearance, components of newer OpenSim versions). The {@code defaults} block of old
 * files is dropped, as OpenSim ignores it too.
 *
 * <p>Equality is field by field over the whole object tree (see {@link XmlValue}).
 */
public abstract class OsimObject extends XmlValue implements UnknownElementHolder {

    @XmlAttribute(name = "name")
    private String name;

    @XmlAnyElement
    private List<Element> unknown = new ArrayList<>();

    /** An object without a name. */
    protected OsimObject() {
    }

    /** @param name the object's name */
    protected OsimObject(String name) {
        this.name = name;
    }

    /** @return the {@code name} attribute, or null when the element has none */
    public String name() {
        return name;
    }

    /** @param name the new {@code name} attribute (null removes it) */
    public void setName(String name) {
        this.name = name;
    }

    @Override
    public List<Element> unknownElements() {
        return Collections.unmodifiableList(unknown);
    }

    /** @return the XML element name OpenSim uses for this class, e.g. {@code Thelen2003Muscle} */
    public String xmlTag() {
        return tagOf(getClass());
    }

    /**
     * @param type a document class
     * @return its {@code @XmlRootElement} name, or its simple name when it has none
     */
    public static String tagOf(Class<?> type) {
        XmlRootElement root = type.getAnnotation(XmlRootElement.class);
        return root != null && !"##default".equals(root.name()) ? root.name() : type.getSimpleName();
    }

    /**
     * Called once the object and its children have been read; subclasses move alternative encodings
     * into their canonical fields here. Overrides must call {@code super.afterRead()}.
     */
    protected void afterRead() {
    }

    /** JAXB callback, see {@link #afterRead()}. */
    void afterUnmarshal(Unmarshaller unmarshaller, Object parent) {
        unknown.removeIf(e -> "defaults".equals(e.getLocalName()));
        unknown.forEach(XmlDom::normalize);
        afterRead();
    }

    @Override
    public String toString() {
        return xmlTag() + (name == null ? "" : "[" + name + "]");
    }
}
