package org.neuromsk.io.xml;

import java.util.List;

import org.w3c.dom.Element;

/**
 * Something that keeps XML elements it does not interpret, so that writing it back reproduces them.
 * The reader lists them as warnings.
 */
public interface UnknownElementHolder {

    /** @return the preserved elements, in file order (read-only) */
    List<Element> unknownElements();
}
