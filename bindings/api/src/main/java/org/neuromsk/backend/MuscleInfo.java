package org.neuromsk.backend;

import java.util.List;
import java.util.Objects;

/**
 * A muscle of a model.
 *
 * @param name muscle name, unique in the model
 * @param type OpenSim class name, e.g. {@code Thelen2003Muscle}, {@code Millard2012EquilibriumMuscle}
 * @param parameters its Hill-type parameters
 * @param coordinates names of the coordinates its path can span (those whose moment arm may be
 *     non-zero), in model order
 * @param appliesForce whether the model applies its force ({@code appliesForce}, or not OpenSim 3's
 *     {@code isDisabled}); a disabled muscle keeps its path but moves nothing in any simulation
 */
public record MuscleInfo(String name, String type, MuscleParameters parameters, List<String> coordinates,
        boolean appliesForce) {

    /** Checks the fields and freezes the list. */
    public MuscleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        coordinates = List.copyOf(coordinates);
    }
}
