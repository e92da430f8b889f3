package org.neuromsk.io.xml;

/**
 * Base of the classes bound to XML: equality and hash code compare all instance fields
 * (see {@link ReflectiveEquality}), so that an object read back from what was written equals the
 * original, and any changed property makes them differ.
 */
public abstract class XmlValue {

    /** For subclasses. */
    protected XmlValue() {
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && ReflectiveEquality.fieldsEqual(this, o);
    }

    @Override
    public int hashCode() {
        return ReflectiveEquality.fieldsHash(this);
    }
}
