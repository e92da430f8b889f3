package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * An OpenSim {@code Set}: {@code <objects>} holding one element per member, whose tag is the member's
 * class, followed by {@code <groups>}. Members of classes this library does not model are kept as DOM
 * elements (see {@link #all()}) and written back unchanged.
 *
 * @param <T> the member type
 */
public abstract class OsimSet<T extends OsimObject> extends OsimObject {

    @XmlElement(name = "objects")
    private ObjectList objects = new ObjectList();

    @XmlElement(name = "groups")
    private GroupList groups = new GroupList();

    private final transient Class<T> memberType;

    /** @param memberType the class of the typed members */
    protected OsimSet(Class<T> memberType) {
        this.memberType = memberType;
    }

    /**
     * @param memberType the class of the typed members
     * @param name the set's name
     */
    protected OsimSet(Class<T> memberType, String name) {
        super(name);
        this.memberType = memberType;
    }

    /** @return the typed members, in file order (read-only) */
    public List<T> items() {
        List<T> typed = new ArrayList<>();
        for (Object item : objects.items()) {
            if (memberType.isInstance(item)) {
                typed.add(memberType.cast(item));
            }
        }
        return Collections.unmodifiableList(typed);
    }

    /**
     * @param type a member class
     * @param <U> that class
     * @return the members of that class, in file order (read-only)
     */
    public <U> List<U> itemsOf(Class<U> type) {
        List<U> typed = new ArrayList<>();
        for (Object item : objects.items()) {
            if (type.isInstance(item)) {
                typed.add(type.cast(item));
            }
        }
        return Collections.unmodifiableList(typed);
    }

    /** @return all members in file order: typed objects and preserved DOM elements (read-only) */
    public List<Object> all() {
        return Collections.unmodifiableList(objects.items());
    }

    /**
     * @return the element name of every member, typed or preserved, in file order (e.g.
     *     {@code StaticOptimization}, {@code BodyKinematics})
     */
    public List<String> memberTags() {
        List<String> tags = new ArrayList<>();
        for (Object item : objects.items()) {
            tags.add(item instanceof OsimObject o ? o.xmlTag() : ((org.w3c.dom.Element) item).getLocalName());
        }
        return Collections.unmodifiableList(tags);
    }

    /** @return the number of members, typed or not */
    public int size() {
        return objects.items().size();
    }

    /**
     * @param name a member name
     * @return the first typed member with that name
     */
    public Optional<T> find(String name) {
        for (T item : items()) {
            if (name.equals(item.name())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** @param member appended to the members */
    public void add(T member) {
        objects.items().add(member);
    }

    /**
     * @param member a member
     * @return true if it was removed
     */
    public boolean remove(T member) {
        return objects.items().remove(member);
    }

    /** @return the groups, in file order (read-only) */
    public List<ObjectGroup> groups() {
        return Collections.unmodifiableList(groups.groups());
    }

    /**
     * @param name a group name
     * @return the group
     */
    public Optional<ObjectGroup> group(String name) {
        return groups.groups().stream().filter(g -> name.equals(g.name())).findFirst();
    }

    /** @param group appended to the groups */
    public void addGroup(ObjectGroup group) {
        groups.groups().add(group);
    }
}
