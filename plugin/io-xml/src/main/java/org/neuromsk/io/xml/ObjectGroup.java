package org.neuromsk.io.xml;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A named group of set members ({@code <ObjectGroup name="R_hip_abd"><members>…</members>}); tools
 * accept a ForceSet group name wherever they accept a force name (e.g. {@code forces_to_exclude}).
 */
public final class ObjectGroup extends OsimObject {

    @XmlElement(name = "members")
    private NameList members;

    /** An empty, unnamed group (for the XML binding). */
    public ObjectGroup() {
    }

    /**
     * @param name the group name
     * @param members names of the set members in the group
     */
    public ObjectGroup(String name, List<String> members) {
        super(name);
        this.members = new NameList(members);
    }

    /** @return names of the members, {@code <members>} (empty when absent) */
    public List<String> members() {
        return members == null ? List.of() : members.values();
    }
}
