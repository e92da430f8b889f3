package org.neuromsk.backend;

import java.util.Map;
import java.util.Objects;

import org.neuromsk.io.storage.Storage;

/**
 * Muscle-tendon geometry over a motion, laid out as OpenSim's MuscleAnalysis writes it: one table per
 * quantity, one column per muscle.
 *
 * @param lengths muscle-tendon (path) lengths (m)
 * @param lengtheningSpeeds path lengthening speeds (m/s)
 * @param momentArms per coordinate name, the moment arms of every muscle about it (m for rotational
 *     coordinates; dimensionless for translational ones)
 */
public record MuscleGeometry(Storage lengths, Storage lengtheningSpeeds, Map<String, Storage> momentArms) {

    /** Checks the fields and freezes the map. */
    public MuscleGeometry {
        Objects.requireNonNull(lengths, "lengths");
        Objects.requireNonNull(lengtheningSpeeds, "lengtheningSpeeds");
        momentArms = Map.copyOf(momentArms);
    }
}
