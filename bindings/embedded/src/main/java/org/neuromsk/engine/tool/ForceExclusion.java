package org.neuromsk.engine.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.error.NeuroMskException;

/**
 * OpenSim's {@code forces_to_exclude}: the keywords {@code All}, {@code Actuators} and {@code Muscles}
 * (any case), a ForceSet group name, or a force name.
 */
final class ForceExclusion {

    /** Actuator classes the engine models whose force is zero at zero control. */
    private static final Set<String> ZERO_AT_ZERO_CONTROL = Set.of("CoordinateActuator", "PointActuator",
            "TorqueActuator", "PathActuator");

    private ForceExclusion() {
    }

    /**
     * @param model the model
     * @param excluded the entries of forces_to_exclude
     * @return the enabled forces that stay in the dynamics
     */
    static List<ForceDescription> remaining(Model model, List<String> excluded) {
        List<ForceDescription> kept = new ArrayList<>();
        for (ForceDescription f : model.forces()) {
            if (f.appliesForce() && !isExcluded(f, excluded)) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * Inverse dynamics applies the remaining forces at the motion's state. Actuators without a
     * controller have zero control and so apply nothing; muscles and passive force elements would,
     * and the embedded engine does not evaluate them in inverse dynamics yet, so they are refused
     * rather than silently dropped.
     *
     * @param model the model
     * @param remaining forces left after exclusion
     * @throws NeuroMskException naming the forces that cannot be included
     */
    static void requireZeroAtZeroControl(Model model, List<ForceDescription> remaining) {
        List<String> unsupported = new ArrayList<>();
        for (ForceDescription f : remaining) {
            if (f.muscle() || !f.actuator() || !ZERO_AT_ZERO_CONTROL.contains(f.type())) {
                unsupported.add(f.name() + " (" + f.type() + ")");
            }
        }
        if (!unsupported.isEmpty()) {
            String where = model.file().map(f -> f + ": ").orElse("");
            throw new NeuroMskException(where + "inverse dynamics of model '" + model.name()
                    + "' would include force(s) the embedded engine cannot evaluate in inverse dynamics yet: "
                    + String.join(", ", unsupported)
                    + "; add them (or 'Muscles') to forces_to_exclude (neuromsk id --exclude-forces)");
        }
    }

    private static boolean isExcluded(ForceDescription f, List<String> excluded) {
        for (String entry : excluded) {
            String e = entry.trim();
            switch (e.toUpperCase(Locale.ROOT)) {
                case "ALL":
                    return true;
                case "ACTUATORS":
                    if (f.actuator()) {
                        return true;
                    }
                    break;
                case "MUSCLES":
                    if (f.muscle()) {
                        return true;
                    }
                    break;
                default:
                    if (e.equals(f.name()) || f.groups().contains(e)) {
                        return true;
                    }
            }
        }
        return false;
    }
}
