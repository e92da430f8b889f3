package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/** The {@code <groups>} element of a set. */
final class GroupList extends XmlValue {

    @XmlElement(name = "ObjectGroup")
    private List<ObjectGroup> groups = new ArrayList<>();

    GroupList() {
    }

    /** @return the live list of groups */
    List<ObjectGroup> groups() {
        return groups;
    }
}
