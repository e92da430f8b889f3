package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * Lets a path wrap over a wrap object, {@code <PathWrap>}.
 */
@XmlRootElement(name = "PathWrap")
public final class PathWrap extends OsimObject {

    @XmlElement(name = "wrap_object")
    private String wrapObject;

    @XmlElement(name = "method")
    private String method;

    @XmlElement(name = "range")
    private IndexRange range;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public PathWrap() {
    }

    /** @param name the object's name */
    public PathWrap(String name) {
        super(name);
    }

    /** @return name of the wrap object (on any body or ground), {@code <wrap_object>}; empty when absent */
    public String wrapObject() {
        return wrapObject != null ? wrapObject : "";
    }

    /** @param value new {@code <wrap_object>}, null to remove it */
    public void setWrapObject(String value) {
        this.wrapObject = value;
    }

    /** @return true if the file gives {@code <wrap_object>} */
    public boolean hasWrapObject() {
        return wrapObject != null;
    }

    /**
     * @return wrapping method for ellipsoids: {@code hybrid}, {@code midpoint} or {@code axial},
     * {@code <method>}; {@code "hybrid"} when absent
     */
    public String method() {
        return method != null ? method : "hybrid";
    }

    /** @param value new {@code <method>}, null to remove it */
    public void setMethod(String value) {
        this.method = value;
    }

    /** @return true if the file gives {@code <method>} */
    public boolean hasMethod() {
        return method != null;
    }

    /**
     * @return first and last path point (1-based) the wrap applies between; {@code -1 -1} for the whole path,
     * {@code <range>}; −1 −1 when absent
     */
    public IndexRange range() {
        return range != null ? range : new IndexRange(-1, -1);
    }

    /** @param value new {@code <range>}, null to remove it */
    public void setRange(IndexRange value) {
        this.range = value;
    }

    /** @return true if the file gives {@code <range>} */
    public boolean hasRange() {
        return range != null;
    }
}
