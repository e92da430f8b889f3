package org.neuromsk.engine.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.control.Controller;
import org.neuromsk.io.osim.ActivationFiberLengthMuscle;
import org.neuromsk.io.osim.Actuator;
import org.neuromsk.io.osim.Constraint;
import org.neuromsk.io.osim.CoordinateActuator;
import org.neuromsk.io.osim.CoordinateCouplerConstraint;
import org.neuromsk.io.osim.Force;
import org.neuromsk.io.osim.PathActuator;
import org.neuromsk.io.osim.PointActuator;
import org.neuromsk.io.osim.TorqueActuator;
import org.neuromsk.io.xml.OsimDocument;

/**
 * What a forward simulation needs from a model: its coordinates (locked or free), its actuators
 * in force-set order (each one control slot), and the state vector with OpenSim's state names.
 * Immutable.
 *
 * <p>State vector layout: q (n coordinates, tree order), u (n), then per muscle in force-set order
 * its activation (unless {@code ignore_activation_dynamics}) and its fibre length (unless the
 * tendon is rigid). This is also the order of OpenSim 3's state names ({@code <coord>},
 * {@code <coord>_u}, {@code <muscle>.activation}, {@code <muscle>.fiber_length}); OpenSim 4's order
 * ({@link #stateNames()}) interleaves value and speed per coordinate.
 *
 * <p>Supported: every joint whose speeds are coordinate rates (all but Ball and Free joints),
 * Thelen2003Muscle and Millard2012EquilibriumMuscle, PathActuator, CoordinateActuator,
 * PointActuator, TorqueActuator, gravity, external loads and CoordinateCouplerConstraints with one
 * independent coordinate (embedded: see {@link ForwardDynamics}). Other enforced constraints, chained
 * or conflicting couplers, model controllers and other force types are refused with a message naming
 * them.
 *
 * <p>The dependent coordinate of a coupler keeps its two states (value and speed, so that the state
 * names are OpenSim's), but they are not integrated: {@link #assemble(double[])} computes them from
 * the independent coordinate wherever a state is used or recorded.
 */
public final class ForwardModel {

    private final Model model;
    private final int coordinates;
    private final boolean[] locked;
    private final List<CoordinateCoupler> couplers;
    private final boolean[] dependent;
    private final List<String> actuatorNames;
    private final List<PathUnit> pathUnits;
    private final List<IdealActuator> idealActuators;
    private final int[] idealActuatorSlots;
    private final List<String> stateNames;
    private final List<String> legacyStateNames;
    private final int[] openSimOrder;
    private final double[] defaultState;

    private ForwardModel(Model model, OsimDocument<org.neuromsk.io.osim.Model> doc) {
        this.model = model;
        MultibodyModel mb = model.multibody();
        this.coordinates = mb.numCoordinates();
        refuseUnsupportedFeatures(model, doc);
        locked = new boolean[coordinates];
        couplers = model.couplers();
        dependent = dependentCoordinates(model);
        List<String> names = new ArrayList<>();
        List<String> legacy = new ArrayList<>();
        List<Double> defaults = new ArrayList<>();
        for (int i = 0; i < coordinates; i++) {
            Coordinate c = mb.coordinates().get(i);
            locked[i] = c.locked();
            legacy.add(c.name());
            defaults.add(c.defaultValue());
        }
        for (int i = 0; i < coordinates; i++) {
            Coordinate c = mb.coordinates().get(i);
            legacy.add(c.name() + "_u");
            defaults.add(c.locked() ? 0.0 : c.defaultSpeed());
        }
        List<String> actuators = new ArrayList<>();
        List<PathUnit> units = new ArrayList<>();
        List<IdealActuator> ideal = new ArrayList<>();
        List<Integer> idealSlots = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (Force f : doc.root().forces()) {
            if (!(f instanceof Actuator)) {
                if (f.appliesForce()) {
                    unsupported.add(f.name() + " (" + f.xmlTag() + ")");
                }
                continue;
            }
            int slot = actuators.size();
            actuators.add(f.name());
            if (f instanceof org.neuromsk.io.osim.Muscle m) {
                Muscle muscle = model.muscles().get(m.name());
                GeometryPath path = model.paths().get(m.name());
                if ((muscle == null || path == null) && !f.appliesForce()) {
                    continue;
                }
                if (muscle == null || path == null) {
                    unsupported.add(f.name() + " (" + f.xmlTag() + (path == null ? " without a GeometryPath" : "") + ")");
                    continue;
                }
                boolean activation = !(muscle instanceof Millard2012EquilibriumMuscle mi) || mi.hasActivationState();
                int a = activation ? defaults.size() : -1;
                if (activation) {
                    legacy.add(m.name() + ".activation");
                    defaults.add(defaultActivation(m));
                }
                int l = muscle.hasFiberLengthState() ? defaults.size() : -1;
                if (l >= 0) {
                    legacy.add(m.name() + ".fiber_length");
                    defaults.add(defaultFiberLength(m));
                }
                units.add(new PathUnit(m.name(), path, muscle, 0, f.appliesForce(), slot, a, l,
                        defaultActivation(m), defaultFiberLength(m)));
            } else if (!f.appliesForce()) {
                continue;
            } else if (f.getClass() == PathActuator.class) {
                GeometryPath path = model.paths().get(f.name());
                if (path == null) {
                    unsupported.add(f.name() + " (PathActuator without a GeometryPath)");
                    continue;
                }
                units.add(new PathUnit(f.name(), path, null, ((PathActuator) f).optimalForce(), true, slot, -1, -1,
                        Double.NaN, Double.NaN));
            } else if (f.getClass() == CoordinateActuator.class) {
                CoordinateActuator c = (CoordinateActuator) f;
                if (!mb.hasCoordinate(c.coordinate())) {
                    throw doc.error(c, "CoordinateActuator '" + c.name() + "' names coordinate '" + c.coordinate()
                            + "', which the model does not have");
                }
                ideal.add(new IdealActuator.Coordinate(c.name(), mb.coordinateIndex(c.coordinate()), c.optimalForce()));
                idealSlots.add(slot);
            } else if (f instanceof PointActuator p) {
                ideal.add(new IdealActuator.Point(p.name(), model.frame(p.body()), vec(p.point()), p.pointIsGlobal(),
                        unit(doc, p, vec(p.direction())), p.forceIsGlobal(), p.optimalForce()));
                idealSlots.add(slot);
            } else if (f instanceof TorqueActuator t) {
                ideal.add(new IdealActuator.Torque(t.name(), model.frame(t.bodyA()), model.frame(t.bodyB()),
                        unit(doc, t, vec(t.axis())), t.torqueIsGlobal(), t.optimalForce()));
                idealSlots.add(slot);
            } else {
                unsupported.add(f.name() + " (" + f.xmlTag() + ")");
            }
        }
        for (ForceDescription d : model.forces()) {
            boolean typed = doc.root().forces().stream().anyMatch(f -> f.name().equals(d.name()));
            if (!typed && d.appliesForce()) {
                unsupported.add(d.name() + " (" + d.type() + ")");
            }
        }
        if (!unsupported.isEmpty()) {
            throw new NeuroMskException(where(model) + "the embedded forward simulation cannot apply force(s) "
                    + String.join(", ", unsupported) + " yet; disable them (appliesForce false) or use the "
                    + "OpenSim backend");
        }
        for (int i = 0; i < coordinates; i++) {
            Coordinate c = mb.coordinates().get(i);
            String prefix = "/jointset/" + mb.mobilizedBodyOfCoordinate(i).joint().name() + "/" + c.name();
            names.add(prefix + "/value");
            names.add(prefix + "/speed");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < coordinates; i++) {
            order.add(i);
            order.add(coordinates + i);
        }
        for (PathUnit u : units) {
            if (u.activationState() >= 0) {
                names.add("/forceset/" + u.name() + "/activation");
                order.add(u.activationState());
            }
            if (u.fiberLengthState() >= 0) {
                names.add("/forceset/" + u.name() + "/fiber_length");
                order.add(u.fiberLengthState());
            }
        }
        this.actuatorNames = List.copyOf(actuators);
        this.pathUnits = List.copyOf(units);
        this.idealActuators = List.copyOf(ideal);
        this.idealActuatorSlots = idealSlots.stream().mapToInt(Integer::intValue).toArray();
        this.stateNames = List.copyOf(names);
        this.legacyStateNames = List.copyOf(legacy);
        this.openSimOrder = order.stream().mapToInt(Integer::intValue).toArray();
        this.defaultState = defaults.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param model the engine's model
     * @param doc the document it was built from (actuator properties and muscle defaults)
     * @return the simulation view of the model
     * @throws NeuroMskException naming what the embedded forward simulation does not support
     */
    public static ForwardModel of(Model model, OsimDocument<org.neuromsk.io.osim.Model> doc) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(doc, "doc");
        return new ForwardModel(model, doc);
    }

    /** @return the engine's model */
    public Model model() {
        return model;
    }

    /** @return the number of coordinates */
    public int coordinateCount() {
        return coordinates;
    }

    /**
     * @param coordinate index in tree order
     * @return whether forward dynamics holds it fixed
     */
    public boolean isLocked(int coordinate) {
        return locked[coordinate];
    }

    /**
     * @param coordinate index in tree order
     * @return whether a coordinate coupler makes it a function of another coordinate
     */
    public boolean isDependent(int coordinate) {
        return dependent[coordinate];
    }

    /** @return the enforced coordinate couplers, each dependent coordinate once */
    public List<CoordinateCoupler> couplers() {
        return couplers;
    }

    /**
     * Puts every coupler's dependent coordinate on its constraint, as OpenSim's assembly does:
     * q_d = s·f(q_i), u_d = s·f'(q_i)·u_i (u_i taken as 0 for a locked independent coordinate).
     *
     * @param y a state vector in this model's layout, changed in place
     * @return {@code y}
     */
    public double[] assemble(double[] y) {
        for (CoordinateCoupler c : couplers) {
            int i = c.independent();
            double ui = locked[i] ? 0 : y[coordinates + i];
            y[c.dependent()] = c.scale() * c.function().value(y[i]);
            y[coordinates + c.dependent()] = c.slope(y) * ui;
        }
        return y;
    }

    /** @return every actuator (muscles included) in force-set order: the control slots */
    public List<String> actuatorNames() {
        return actuatorNames;
    }

    /** @return the length of the state vector */
    public int stateCount() {
        return defaultState.length;
    }

    /**
     * @return OpenSim 4 state names in OpenSim's order ({@code /jointset/<joint>/<coord>/value},
     *     {@code .../speed}, {@code /forceset/<muscle>/activation}, {@code .../fiber_length})
     */
    public List<String> stateNames() {
        return stateNames;
    }

    /** @return OpenSim 3 state names, in state-vector order */
    public List<String> legacyStateNames() {
        return legacyStateNames;
    }

    /**
     * @return for each column of {@link #stateNames()}, the index of that state in the state vector
     */
    public int[] openSimOrder() {
        return openSimOrder.clone();
    }

    /**
     * @return the model's default state: default coordinate values and speeds (0 for locked
     *     coordinates), {@code default_activation}, {@code default_fiber_length}
     */
    public double[] defaultState() {
        return defaultState.clone();
    }

    List<PathUnit> pathUnits() {
        return pathUnits;
    }

    List<IdealActuator> idealActuators() {
        return idealActuators;
    }

    int idealActuatorSlot(int k) {
        return idealActuatorSlots[k];
    }

    static String where(Model model) {
        return model.file().map(f -> f + ": ").orElse("model '" + model.name() + "': ");
    }

    private static void refuseUnsupportedFeatures(Model model, OsimDocument<org.neuromsk.io.osim.Model> doc) {
        MultibodyModel mb = model.multibody();
        for (int b = 0; b < mb.mobilizedBodies().size(); b++) {
            var joint = mb.mobilizedBodies().get(b).joint();
            if (!joint.speedsAreCoordinateRates()) {
                throw new NeuroMskException(where(model) + "joint '" + joint.name() + "' ("
                        + joint.getClass().getSimpleName() + ") has speeds that are not coordinate rates; the embedded "
                        + "forward simulation does not support it yet");
            }
        }
        List<String> constraints = new ArrayList<>();
        if (doc.root().constraintSet() != null) {
            for (Object member : doc.root().constraintSet().all()) {
                if (member instanceof CoordinateCouplerConstraint) {
                    continue; // parsed into Model.couplers() (which refuses what it cannot represent)
                }
                if (member instanceof Constraint c && c.enforced()) {
                    constraints.add(c.name() + " (" + c.xmlTag() + ")");
                } else if (member instanceof org.w3c.dom.Element e && !"false".equals(childText(e, "isEnforced"))) {
                    constraints.add(e.getAttribute("name") + " (" + e.getLocalName() + ")");
                }
            }
        }
        if (!constraints.isEmpty()) {
            throw new NeuroMskException(where(model) + "the embedded forward simulation does not support enforced "
                    + "constraints yet: " + String.join(", ", constraints));
        }
        List<String> controllers = new ArrayList<>();
        for (Controller c : doc.root().controllers()) {
            if (c.enabled()) {
                controllers.add(c.name() + " (" + c.xmlTag() + ")");
            }
        }
        if (doc.root().controllerSet() != null) {
            for (Object member : doc.root().controllerSet().all()) {
                if (member instanceof org.w3c.dom.Element e) {
                    controllers.add(e.getAttribute("name") + " (" + e.getLocalName() + ")");
                }
            }
        }
        if (!controllers.isEmpty()) {
            throw new NeuroMskException(where(model) + "the model's own controllers are not supported by the "
                    + "embedded forward simulation yet: " + String.join(", ", controllers)
                    + "; give the controls as a controls file instead");
        }
    }

    private static boolean[] dependentCoordinates(Model model) {
        MultibodyModel mb = model.multibody();
        boolean[] dependent = new boolean[mb.numCoordinates()];
        for (CoordinateCoupler c : model.couplers()) {
            String name = mb.coordinates().get(c.dependent()).name();
            if (dependent[c.dependent()]) {
                throw new NeuroMskException(where(model) + "coordinate '" + name + "' is the dependent coordinate of "
                        + "more than one CoordinateCouplerConstraint");
            }
            if (c.dependent() == c.independent()) {
                throw new NeuroMskException(where(model) + "a CoordinateCouplerConstraint couples coordinate '" + name
                        + "' to itself");
            }
            if (mb.coordinates().get(c.dependent()).locked()) {
                throw new NeuroMskException(where(model) + "coordinate '" + name + "' is locked and also the "
                        + "dependent coordinate of a CoordinateCouplerConstraint; unlock it or disable the constraint");
            }
            dependent[c.dependent()] = true;
        }
        for (CoordinateCoupler c : model.couplers()) {
            if (dependent[c.independent()]) {
                throw new NeuroMskException(where(model) + "coordinate '" + mb.coordinates().get(c.independent()).name()
                        + "' is both dependent and independent in coordinate couplers; chained couplers are not "
                        + "supported by the embedded forward simulation");
            }
        }
        return dependent;
    }

    private static String childText(org.w3c.dom.Element e, String tag) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child && tag.equals(child.getLocalName())) {
                return child.getTextContent().trim().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    private static double defaultActivation(org.neuromsk.io.osim.Muscle m) {
        if (m instanceof ActivationFiberLengthMuscle a) {
            return a.defaultActivation();
        }
        return ((org.neuromsk.io.osim.Millard2012EquilibriumMuscle) m).defaultActivation();
    }

    private static double defaultFiberLength(org.neuromsk.io.osim.Muscle m) {
        if (m instanceof ActivationFiberLengthMuscle a) {
            return a.defaultFiberLength();
        }
        return ((org.neuromsk.io.osim.Millard2012EquilibriumMuscle) m).defaultFiberLength();
    }

    private static Vec3 vec(org.neuromsk.io.xml.Vec3 v) {
        return new Vec3(v.x(), v.y(), v.z());
    }

    private static Vec3 unit(OsimDocument<?> doc, Object owner, Vec3 v) {
        double norm = v.norm();
        if (!(norm > 0) || !Double.isFinite(norm)) {
            throw doc.error(owner, "direction/axis " + v + " cannot be normalised");
        }
        return v.times(1.0 / norm);
    }
}
