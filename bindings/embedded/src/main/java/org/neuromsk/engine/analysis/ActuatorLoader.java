package org.neuromsk.engine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Actuator;
import org.neuromsk.io.osim.CoordinateActuator;
import org.neuromsk.io.osim.Force;
import org.neuromsk.io.osim.Millard2012EquilibriumMuscle;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.PathActuator;
import org.neuromsk.io.osim.PointActuator;
import org.neuromsk.io.osim.Thelen2003Muscle;
import org.neuromsk.io.osim.TorqueActuator;

/**
 * Reads the enabled scalar actuators of a model, in ForceSet order, with OpenSim's control bounds:
 * {@code min_control}/{@code max_control} as the file gives them, else for Thelen2003Muscle and
 * Millard2012EquilibriumMuscle [0.01, 1] (their constructors set the lower bound to the default
 * minimum activation), for other muscles [0, 1], for other actuators (−∞, +∞).
 */
public final class ActuatorLoader {

    /** Lower control bound Thelen2003Muscle and Millard2012EquilibriumMuscle take when the file gives none. */
    public static final double MUSCLE_DEFAULT_MIN_CONTROL = 0.01;

    private ActuatorLoader() {
    }

    /**
     * @param document the model document the engine model was built from
     * @param model the engine model
     * @return the enabled actuators in ForceSet order
     * @throws NeuroMskException if an enabled force is not an actuator the engine can evaluate (static
     *     optimisation cannot leave a passive force out without changing the answer), or an actuator
     *     names a coordinate or body the model lacks
     */
    public static List<ActuatorModel> load(org.neuromsk.io.osim.Model document, Model model) {
        Map<String, Force> typed = new HashMap<>();
        for (Force f : document.forces()) {
            typed.put(f.name(), f);
        }
        List<ActuatorModel> out = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (ForceDescription d : model.forces()) {
            if (!d.appliesForce()) {
                continue;
            }
            Force f = typed.get(d.name());
            ActuatorModel a = f instanceof Actuator actuator ? actuator(actuator, model) : null;
            if (a == null) {
                refused.add(d.name() + " (" + d.type() + ")");
            } else {
                out.add(a);
            }
        }
        if (!refused.isEmpty()) {
            throw new NeuroMskException(where(model) + "model '" + model.name() + "' has enabled force(s) static "
                    + "optimization cannot evaluate on the embedded engine: " + String.join(", ", refused)
                    + "; disable them (appliesForce false) or remove them");
        }
        return List.copyOf(out);
    }

    private static ActuatorModel actuator(Actuator a, Model model) {
        if (a instanceof Muscle muscle) {
            return muscle(muscle, model);
        }
        if (a instanceof PathActuator p) {
            return new ActuatorModel.PathActuation(p.name(), a.minControl(), a.maxControl(), path(p.name(), model),
                    null, p.optimalForce());
        }
        if (a instanceof CoordinateActuator c) {
            String coordinate = c.coordinate().trim();
            if (!model.multibody().hasCoordinate(coordinate)) {
                throw new NeuroMskException(where(model) + "CoordinateActuator '" + c.name() + "' names coordinate '"
                        + coordinate + "', which model '" + model.name() + "' does not have");
            }
            return new ActuatorModel.CoordinateActuation(c.name(), a.minControl(), a.maxControl(),
                    model.multibody().coordinateIndex(coordinate), c.optimalForce());
        }
        if (a instanceof PointActuator p) {
            return new ActuatorModel.PointActuation(p.name(), a.minControl(), a.maxControl(),
                    frame(model, p.name(), p.body()), vec(p.point()), p.pointIsGlobal(),
                    unit(vec(p.direction()), p.name(), "direction"), p.forceIsGlobal(), p.optimalForce());
        }
        if (a instanceof TorqueActuator t) {
            PhysicalFrame b = t.bodyB().isBlank() ? null : frame(model, t.name(), t.bodyB());
            return new ActuatorModel.TorqueActuation(t.name(), a.minControl(), a.maxControl(),
                    frame(model, t.name(), t.bodyA()), b, unit(vec(t.axis()), t.name(), "axis"), t.torqueIsGlobal(),
                    t.optimalForce());
        }
        return null;
    }

    private static ActuatorModel muscle(Muscle m, Model model) {
        org.neuromsk.engine.muscle.Muscle engine = model.muscles().get(m.name());
        if (engine == null) {
            return null;
        }
        boolean ownDefault = m instanceof Thelen2003Muscle || m instanceof Millard2012EquilibriumMuscle;
        double min = m.hasMinControl() ? m.minControl() : ownDefault ? MUSCLE_DEFAULT_MIN_CONTROL : 0.0;
        double max = m.hasMaxControl() ? m.maxControl() : 1.0;
        return new ActuatorModel.PathActuation(m.name(), min, max, path(m.name(), model), engine,
                engine.maxIsometricForce());
    }

    private static GeometryPath path(String name, Model model) {
        GeometryPath path = model.paths().get(name);
        if (path == null) {
            throw new NeuroMskException(where(model) + "path actuator '" + name + "' has no geometry path the "
                    + "embedded engine can evaluate");
        }
        return path;
    }

    private static PhysicalFrame frame(Model model, String actuator, String body) {
        if (body == null || body.isBlank()) {
            throw new NeuroMskException(where(model) + "actuator '" + actuator + "' names no body");
        }
        return model.frame(body);
    }

    private static Vec3 vec(org.neuromsk.io.xml.Vec3 v) {
        return new Vec3(v.x(), v.y(), v.z());
    }

    private static Vec3 unit(Vec3 v, String actuator, String what) {
        double n = v.norm();
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new NeuroMskException("actuator '" + actuator + "': " + what + " " + v + " has no direction");
        }
        return v.times(1.0 / n);
    }

    private static String where(Model model) {
        return model.file().map(f -> f + ": ").orElse("");
    }
}
