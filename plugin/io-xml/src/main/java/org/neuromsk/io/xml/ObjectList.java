package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.annotation.XmlAnyElement;

import org.w3c.dom.Element;

/**
 * The {@code <objects>} element of a set: typed objects for the element names this library knows, DOM
 * elements for the others, all in file order.
 */
final class ObjectList extends XmlValue implements UnknownElementHolder {

    @XmlAnyElement(lax = true)
    private List<Object> items = new ArrayList<>();

    ObjectList() {
    }

    /** @return the live list of items */
    List<Object> items() {
        return items;
    }

    @Override
    public List<Element> unknownElements() {
        List<Element> elements = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    /** JAXB callback: tidies the preserved elements. */
    void afterUnmarshal(Unmarshaller unmarshaller, Object parent) {
        for (Object item : items) {
            if (item instanceof Element e) {
                XmlDom.normalize(e);
            }
        }
    }
}
