package org.neuromsk.engine.wrap;

/**
 * Outcome of wrapping one straight path segment over one wrap object, in OpenSim's order (the
 * ordinal equals OpenSim's {@code WrapObject::WrapAction} value).
 */
public enum WrapCode {
    /** The segment does not wrap; keep the straight line. */
    NO_WRAP,
    /** An end point lies inside the object; the segment is left straight. */
    INSIDE_RADIUS,
    /**
     * The segment wraps, but it is optional: a path compares all of its {@code WRAPPED} segments
     * and keeps the one with the smallest length increase.
     */
    WRAPPED,
    /** The segment wraps and must be used (the straight line crosses the object). */
    MANDATORY_WRAP;

    /** @return true for {@link #WRAPPED} and {@link #MANDATORY_WRAP} */
    public boolean isWrap() {
        return this == WRAPPED || this == MANDATORY_WRAP;
    }
}
