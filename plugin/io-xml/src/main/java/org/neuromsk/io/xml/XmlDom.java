package org.neuromsk.io.xml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Tidies preserved DOM elements so that they print cleanly and compare by content. */
final class XmlDom {

    private XmlDom() {
    }

    /**
     * Removes comments and whitespace-only text nodes (the original indentation) from an element and
     * its descendants, in place. Text with content, such as {@code <mesh_file>arm.vtp</mesh_file>}, is
     * kept as it is.
     *
     * @param element the element to tidy
     */
    static void normalize(Element element) {
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            short type = child.getNodeType();
            if (type == Node.COMMENT_NODE || (type == Node.TEXT_NODE && child.getNodeValue().isBlank())) {
                element.removeChild(child);
            } else if (type == Node.ELEMENT_NODE) {
                normalize((Element) child);
            }
            child = next;
        }
    }
}
