package org.neuromsk.engine.wrap;

import java.util.Locale;
import org.neuromsk.error.NeuroMskException;

/**
 * The side of a wrap object on which wrapping is allowed: a wrap-frame axis and a sign, or
 * unconstrained ({@link #ALL}).
 *
 * @param axis wrap-frame axis index, 0 (x), 1 (y) or 2 (z); 0 for {@link #ALL}
 * @param sign +1 or −1 for a constrained side, 0 for {@link #ALL}
 */
public record Quadrant(int axis, int sign) {

    /** No constraint (OpenSim's "all", also used for "Unassigned"). */
    public static final Quadrant ALL = new Quadrant(0, 0);

    /** Validates the axis (0–2) and sign (−1, 0, +1; 0 only with axis 0). */
    public Quadrant {
        if (axis < 0 || axis > 2 || sign < -1 || sign > 1 || (sign == 0 && axis != 0)) {
            throw new IllegalArgumentException("invalid quadrant axis " + axis + " sign " + sign);
        }
    }

    /**
     * Parses an OpenSim {@code quadrant} property value: "x", "+x", "-x", "y", "+y", "-y", "z",
     * "+z", "-z", "all" or "Unassigned", ignoring case and surrounding blanks. (OpenSim itself
     * accepts only all-lower/all-upper letters and "All"; this parser is a superset.)
     *
     * @throws NeuroMskException for any other value
     */
    public static Quadrant parse(String name) {
        String value = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "x", "+x" -> new Quadrant(0, 1);
            case "-x" -> new Quadrant(0, -1);
            case "y", "+y" -> new Quadrant(1, 1);
            case "-y" -> new Quadrant(1, -1);
            case "z", "+z" -> new Quadrant(2, 1);
            case "-z" -> new Quadrant(2, -1);
            case "all", "unassigned" -> ALL;
            default -> throw new NeuroMskException("Wrap object quadrant '" + name
                    + "' is not one of x, +x, -x, y, +y, -y, z, +z, -z, all, Unassigned");
        };
    }

    /** @return true when wrapping is restricted to one side */
    public boolean isConstrained() {
        return sign != 0;
    }

    /** @return the OpenSim spelling, e.g. "+y", "-x" or "all" */
    @Override
    public String toString() {
        if (sign == 0) {
            return "all";
        }
        return (sign > 0 ? "+" : "-") + "xyz".charAt(axis);
    }
}
