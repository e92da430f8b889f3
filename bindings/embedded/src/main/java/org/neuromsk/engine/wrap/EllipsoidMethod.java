package org.neuromsk.engine.wrap;

import java.util.Locale;
import org.neuromsk.error.NeuroMskException;

/** How {@link WrapEllipsoid} chooses the plane that contains the wrapped path (PathWrap "method"). */
public enum EllipsoidMethod {
    /** Blend of the axial ("Frans") and fan techniques by how parallel the segment is to an axis. */
    HYBRID,
    /** Plane through the end points and the surface point closest to the chord midpoint. */
    MIDPOINT,
    /** Plane from the chord's crossing of the zero plane of the most parallel principal axis. */
    AXIAL;

    /**
     * Parses a PathWrap {@code method} value: "hybrid", "midpoint", "axial" (any case) or
     * "Unassigned" (meaning hybrid).
     *
     * @throws NeuroMskException for any other value
     */
    public static EllipsoidMethod parse(String name) {
        String value = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "hybrid", "unassigned" -> HYBRID;
            case "midpoint" -> MIDPOINT;
            case "axial" -> AXIAL;
            default -> throw new NeuroMskException("Wrapping method '" + name
                    + "' is not one of hybrid, midpoint, axial");
        };
    }
}
