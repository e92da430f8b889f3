package org.neuromsk.engine.multibody.joint;

import java.util.Objects;

/**
 * The user-facing settings of one generalized coordinate, as in an OpenSim {@code <Coordinate>}.
 * Its motion type is not a setting: the owning joint derives it ({@link Joint#motionType(int)}).
 * Values are in rad for rotational and m for translational coordinates.
 *
 * @param name unique name within the model
 * @param defaultValue default q (rad or m)
 * @param defaultSpeed default u (rad/s or m/s)
 * @param rangeMin lower end of the range (rad or m)
 * @param rangeMax upper end of the range (rad or m)
 * @param clamped whether setting a value clamps it into the range (no effect on dynamics)
 * @param locked whether forward dynamics holds it fixed (ignored by inverse dynamics)
 */
public record Coordinate(String name, double defaultValue, double defaultSpeed, double rangeMin,
        double rangeMax, boolean clamped, boolean locked) {

    /** OpenSim's default range end (−10, 10). */
    public static final double DEFAULT_RANGE_LIMIT = 10.0;

    /**
     * Checks the name.
     */
    public Coordinate {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("coordinate name is blank");
        }
    }

    /**
     * @param name unique name within the model
     * @return a coordinate with OpenSim's defaults: value 0, speed 0, range (−10, 10), not clamped,
     *     not locked
     */
    public static Coordinate named(String name) {
        return new Coordinate(name, 0, 0, -DEFAULT_RANGE_LIMIT, DEFAULT_RANGE_LIMIT, false, false);
    }

    /** @return a copy with the given default value (rad or m) */
    public Coordinate withDefaultValue(double value) {
        return new Coordinate(name, value, defaultSpeed, rangeMin, rangeMax, clamped, locked);
    }

    /** @return a copy with the given default speed (rad/s or m/s) */
    public Coordinate withDefaultSpeed(double speed) {
        return new Coordinate(name, defaultValue, speed, rangeMin, rangeMax, clamped, locked);
    }

    /** @return a copy with the given range (rad or m) */
    public Coordinate withRange(double min, double max) {
        return new Coordinate(name, defaultValue, defaultSpeed, min, max, clamped, locked);
    }

    /** @return a copy with the given clamped flag */
    public Coordinate withClamped(boolean isClamped) {
        return new Coordinate(name, defaultValue, defaultSpeed, rangeMin, rangeMax, isClamped, locked);
    }

    /** @return a copy with the given locked flag */
    public Coordinate withLocked(boolean isLocked) {
        return new Coordinate(name, defaultValue, defaultSpeed, rangeMin, rangeMax, clamped, isLocked);
    }
}
