package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares two XML files as OpenSim reads them: the same elements in the same order with the same
 * attributes, and the same text, where numbers compare by value ({@code 1e-7} equals
 * {@code 1.0000000000000000e-07}) and surrounding blanks, indentation and comments do not count.
 */
public final class XmlShape {

    private XmlShape() {
    }

    /**
     * @param expected the reference file
     * @param actual the file to check
     */
    public static void assertSameShape(Path expected, Path actual) {
        compare(parse(expected), parse(actual), "");
    }

    private static Element parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("cannot parse " + file + ": " + e, e);
        }
    }

    private static void compare(Element a, Element b, String path) {
        String here = path + "/" + a.getTagName();
        assertEquals(a.getTagName(), b.getTagName(), "element at " + path);
        assertEquals(attributes(a), attributes(b), "attributes of " + here);
        List<Element> ca = children(a);
        List<Element> cb = children(b);
        if (ca.isEmpty() && cb.isEmpty()) {
            String ta = a.getTextContent().strip();
            String tb = b.getTextContent().strip();
            if (!ta.equals(tb) && !sameNumbers(ta, tb)) {
                fail("text of " + here + ": expected '" + ta + "' but was '" + tb + "'");
            }
            return;
        }
        List<String> na = new ArrayList<>();
        ca.forEach(e -> na.add(e.getTagName()));
        List<String> nb = new ArrayList<>();
        cb.forEach(e -> nb.add(e.getTagName()));
        assertEquals(na, nb, "children of " + here);
        for (int i = 0; i < ca.size(); i++) {
            compare(ca.get(i), cb.get(i), here);
        }
    }

    private static boolean sameNumbers(String a, String b) {
        try {
            double[] x = XmlNumbers.parseAll(a);
            double[] y = XmlNumbers.parseAll(b);
            return java.util.Arrays.equals(x, y);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> attributes(Element e) {
        List<String> list = new ArrayList<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            list.add(map.item(i).getNodeName() + "=" + map.item(i).getNodeValue());
        }
        list.sort(null);
        return list;
    }

    private static List<Element> children(Element e) {
        List<Element> list = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                list.add((Element) n);
            }
        }
        return list;
    }
}
