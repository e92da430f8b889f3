package org.neuromsk.engine.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.engine.model.ForceDescription;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.muscle.FiberEquilibrium;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.MuscleEvaluation;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.path.CurrentPath;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.MomentArmSolver;
import org.neuromsk.engine.signal.CoordinateSplines;
import org.neuromsk.engine.wrap.WrapState;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.osim.ActivationFiberLengthMuscle;
import org.neuromsk.io.osim.Millard2012EquilibriumMuscle;
import org.neuromsk.io.storage.Storage;

/**
 * Muscle forces over a motion for given activations, with fibre and tendon in equilibrium at every
 * frame (OpenSim's {@code equilibrateMuscles}, {@link Muscle#equilibrium}), then the muscle evaluated
 * at that fibre length: tendon force, active fibre force F_iso·a·f_AL·f_V, passive fibre force and
 * fibre length. The motion is used as given, like {@link org.neuromsk.engine.tool.MuscleAnalysis}:
 * its own frames, degrees converted for rotational coordinates, speeds from natural quintic splines,
 * coupler-dependent coordinates assembled, other missing coordinates at their defaults.
 *
 * <p>Activations: columns named by a muscle or {@code /forceset/<muscle>/activation}, linearly
 * interpolated at the motion's times; columns naming other actuators of the model (e.g. reserves in a
 * static-optimisation result) are ignored; a muscle without a column keeps its
 * {@code default_activation}. Motion frames may lie outside the activation table's time span by at
 * most half its smallest step (the end value is held), which absorbs the small time shifts of filtered
 * OpenSim results. Forces (N), lengths (m). Enabled muscles only, in ForceSet order.
 */
public final class MuscleForceAnalysis {

    /**
     * The tables, one column per muscle, at the motion's times.
     *
     * @param tendonForce tendon force (N)
     * @param activeFiberForce active fibre force along the fibre (N)
     * @param passiveFiberForce passive fibre force along the fibre (N)
     * @param fiberLength fibre length (m)
     */
    public record Result(Storage tendonForce, Storage activeFiberForce, Storage passiveFiberForce,
            Storage fiberLength) {
    }

    private final Model model;
    private final MultibodyModel multibody;
    private final List<String> names = new ArrayList<>();
    private final List<Muscle> muscles = new ArrayList<>();
    private final List<GeometryPath> paths = new ArrayList<>();
    private final Map<String, Double> defaults = new HashMap<>();
    private final Set<String> otherActuators = new HashSet<>();
    private boolean staticFallback;

    /**
     * @param model the engine model
     * @param document the model document it was built from (for default activations)
     */
    public MuscleForceAnalysis(Model model, org.neuromsk.io.osim.Model document) {
        this.model = model;
        this.multibody = model.multibody();
        Map<String, Boolean> enabled = new HashMap<>();
        for (ForceDescription d : model.forces()) {
            enabled.put(d.name(), d.appliesForce());
            if (d.actuator() && !d.muscle()) {
                otherActuators.add(d.name());
            }
        }
        for (Map.Entry<String, Muscle> e : model.muscles().entrySet()) {
            if (enabled.getOrDefault(e.getKey(), true)) {
                names.add(e.getKey());
                muscles.add(e.getValue());
                paths.add(model.paths().get(e.getKey()));
            } else {
                otherActuators.add(e.getKey());
            }
        }
        for (org.neuromsk.io.osim.Muscle m : document.muscles()) {
            if (m instanceof ActivationFiberLengthMuscle a) {
                defaults.put(m.name(), a.defaultActivation());
            } else if (m instanceof Millard2012EquilibriumMuscle mi) {
                defaults.put(m.name(), mi.defaultActivation());
            }
        }
    }

    /**
     * Where a muscle has no fibre–tendon equilibrium at a frame's lengthening speed (a Thelen fibre at low
     * activation whose tendon must stretch faster than the fibre can follow), uses the equilibrium at
     * zero speed for that frame instead of failing, and names the muscle once in the warnings.
     *
     * @return this analysis
     */
    public MuscleForceAnalysis withStaticFallback() {
        staticFallback = true;
        return this;
    }

    /** @return the muscles reported, in column order */
    public List<String> muscleNames() {
        return List.copyOf(names);
    }

    /**
     * @param coordinates the motion
     * @param coordinatesFile its file, for messages (may be null)
     * @param activations activations over time (may have no columns)
     * @param warnings receives notes (coordinates held at defaults, muscles at default activation)
     * @return the four tables
     * @throws NeuroMskException naming the column for activation columns that name nothing the model
     *     actuates, naming the time for frames outside the activations' span, and naming muscle and time
     *     when an equilibrium cannot be found
     */
    public Result run(Storage coordinates, Path coordinatesFile, Storage activations, Consumer<String> warnings) {
        int[] activationColumn = activationColumns(activations);
        List<String> atDefault = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (activationColumn[k] < 0) {
                atDefault.add(names.get(k) + " (" + defaults.getOrDefault(names.get(k), 0.05) + ")");
            }
        }
        if (!atDefault.isEmpty() && activations.columnCount() > 0) {
            warnings.accept("muscles without an activation column keep their default_activation: "
                    + String.join(", ", atDefault));
        }
        // the activation table's arrays and end tolerance, once (Storage hands out copies)
        double[] activationTime = activations.time();
        double[][] activationValues = new double[names.size()][];
        for (int k = 0; k < names.size(); k++) {
            activationValues[k] = activationColumn[k] >= 0 ? activations.column(activationColumn[k]) : null;
        }
        double slack = Double.POSITIVE_INFINITY;
        for (int i = 1; i < activationTime.length; i++) {
            slack = Math.min(slack, 0.5 * (activationTime[i] - activationTime[i - 1]));
        }
        double[][] q = new double[coordinates.rowCount()][];
        double[][] u = new double[coordinates.rowCount()][];
        states(coordinates, coordinatesFile, warnings, q, u);
        double[] time = coordinates.time();
        int rows = time.length;
        int m = names.size();
        double[][] tendon = new double[m][rows];
        double[][] active = new double[m][rows];
        double[][] passive = new double[m][rows];
        double[][] fiber = new double[m][rows];
        Kinematics pose = new Kinematics(multibody);
        MomentArmSolver solver = new MomentArmSolver(multibody, model.couplers());
        WrapState[][] memory = new WrapState[m][];
        for (int k = 0; k < m; k++) {
            memory[k] = paths.get(k).newWrapStates();
        }
        double[] f = new double[multibody.numCoordinates()];
        int[] atRest = new int[m];
        for (int r = 0; r < rows; r++) {
            pose.realizePosition(q[r]);
            for (int k = 0; k < m; k++) {
                CurrentPath path = paths.get(k).compute(pose, q[r], memory[k]);
                solver.unitTensionForces(path, q[r], f);
                double speed = 0;
                for (int i = 0; i < f.length; i++) {
                    speed -= f[i] * u[r][i];
                }
                double a = activationColumn[k] >= 0 ? interpolate(activationTime, activationValues[k], slack, time[r])
                        : defaults.getOrDefault(names.get(k), 0.05);
                Muscle muscle = muscles.get(k);
                MuscleEvaluation e;
                try {
                    e = evaluate(muscle, a, path.length(), speed);
                } catch (NeuroMskException ex) {
                    if (!staticFallback) {
                        throw new NeuroMskException(String.format(Locale.ROOT, "muscle %s at t = %.6g s (frame %d): "
                                + "%s", names.get(k), time[r], r + 1, ex.getMessage()), ex);
                    }
                    try {
                        e = evaluate(muscle, a, path.length(), 0);
                    } catch (NeuroMskException still) {
                        throw new NeuroMskException(String.format(Locale.ROOT, "muscle %s at t = %.6g s (frame %d), "
                                + "at speed and at rest: %s", names.get(k), time[r], r + 1, still.getMessage()), still);
                    }
                    atRest[k]++;
                }
                tendon[k][r] = e.tendonForce();
                active[k][r] = e.activeFiberForce();
                passive[k][r] = e.passiveFiberForce();
                fiber[k][r] = e.fiberLength();
            }
        }
        List<String> fallbacks = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (atRest[k] > 0) {
                fallbacks.add(names.get(k) + " (" + atRest[k] + ")");
            }
        }
        if (!fallbacks.isEmpty()) {
            warnings.accept(String.format(Locale.ROOT, "%d muscle(s) have no fibre–tendon equilibrium at the "
                    + "motion's speed in some of its %d frames and take their equilibrium at rest there (frames): %s",
                    fallbacks.size(), rows, String.join(", ", fallbacks)));
        }
        return new Result(Storage.of("TendonForce", false, names, time, tendon),
                Storage.of("ActiveFiberForce", false, names, time, active),
                Storage.of("PassiveFiberForce", false, names, time, passive),
                Storage.of("FiberLength", false, names, time, fiber));
    }

    /** The muscle in equilibrium at this activation, length (m) and lengthening speed (m/s). */
    private static MuscleEvaluation evaluate(Muscle muscle, double activation, double length, double speed) {
        FiberEquilibrium eq = muscle.equilibrium(activation, length, speed);
        return muscle.evaluate(activation, length, speed, eq.fiberLength());
    }

    /** @return per reported muscle, its column in the activation table, or -1 */
    private int[] activationColumns(Storage activations) {
        int[] column = new int[names.size()];
        Arrays.fill(column, -1);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            index.put(names.get(k), k);
        }
        List<String> unknown = new ArrayList<>();
        List<String> labels = activations.labels();
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            String muscle = label;
            if (label.startsWith("/forceset/") && label.endsWith("/activation")) {
                muscle = label.substring("/forceset/".length(), label.length() - "/activation".length());
            }
            Integer k = index.get(muscle);
            if (k != null) {
                if (column[k] >= 0) {
                    throw new NeuroMskException("activation columns '" + labels.get(column[k]) + "' and '" + label
                            + "' both give muscle " + muscle);
                }
                column[k] = c;
            } else if (!otherActuators.contains(muscle)) {
                unknown.add(label);
            }
        }
        if (!unknown.isEmpty()) {
            throw new NeuroMskException("activation column(s) name no actuator of model '" + model.name() + "': "
                    + String.join(", ", unknown));
        }
        return column;
    }

    /**
     * Linear interpolation, holding the end values within {@code slack} (half the smallest step) outside
     * the span.
     */
    private static double interpolate(double[] time, double[] values, double slack, double t) {
        int n = time.length;
        if (n == 1) {
            return values[0];
        }
        if (t < time[0] - slack || t > time[n - 1] + slack) {
            throw new NeuroMskException(String.format(Locale.ROOT, "the activations cover %.6g to %.6g s, but the "
                    + "motion has a frame at t = %.6g s", time[0], time[n - 1], t));
        }
        if (t <= time[0]) {
            return values[0];
        }
        if (t >= time[n - 1]) {
            return values[n - 1];
        }
        int hi = Arrays.binarySearch(time, t);
        if (hi >= 0) {
            return values[hi];
        }
        hi = -hi - 1;
        int lo = hi - 1;
        double w = (t - time[lo]) / (time[hi] - time[lo]);
        return values[lo] + w * (values[hi] - values[lo]);
    }

    /** q and u per row: the motion's values, defaults for missing coordinates, couplers assembled. */
    private void states(Storage coordinates, Path file, Consumer<String> warnings, double[][] q, double[][] u) {
        int n = multibody.numCoordinates();
        int[] columnOf = new int[n];
        Arrays.fill(columnOf, -1);
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < coordinates.columnCount(); c++) {
            String label = coordinates.labels().get(c);
            String name = label;
            if (label.startsWith("/")) {
                String[] parts = label.substring(1).split("/");
                name = parts.length >= 3 && "jointset".equals(parts[0]) && "value".equals(parts[parts.length - 1])
                        ? parts[parts.length - 2] : null;
            }
            if (name == null) {
                continue;
            }
            if (!multibody.hasCoordinate(name)) {
                unknown.add(label);
            } else {
                columnOf[multibody.coordinateIndex(name)] = c;
            }
        }
        if (!unknown.isEmpty()) {
            throw new FileFormatException(file, 0, unknown.size() + " column(s) name no coordinate of the model: "
                    + String.join(", ", unknown));
        }
        boolean[] dependent = new boolean[n];
        for (CoordinateCoupler c : model.couplers()) {
            dependent[c.dependent()] = true;
        }
        List<String> missing = new ArrayList<>();
        List<double[]> given = new ArrayList<>();
        List<Integer> givenIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (columnOf[i] >= 0) {
                double[] v = coordinates.column(columnOf[i]).clone();
                if (coordinates.inDegrees() && multibody.motionType(i) == MotionType.ROTATIONAL) {
                    for (int r = 0; r < v.length; r++) {
                        v[r] = Math.toRadians(v[r]);
                    }
                }
                given.add(v);
                givenIndex.add(i);
            } else if (!dependent[i]) {
                missing.add(multibody.coordinates().get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            warnings.accept("coordinates not in " + (file == null ? "the motion" : file) + " are held at their "
                    + "default values: " + String.join(", ", missing));
        }
        double[] time = coordinates.time();
        CoordinateSplines splines = time.length >= 2 && !given.isEmpty()
                ? new CoordinateSplines(time, given.toArray(new double[0][])) : null;
        double[] defaultsQ = multibody.defaultPositions();
        for (int r = 0; r < time.length; r++) {
            q[r] = defaultsQ.clone();
            u[r] = new double[n];
            for (int k = 0; k < givenIndex.size(); k++) {
                int i = givenIndex.get(k);
                q[r][i] = given.get(k)[r];
                u[r][i] = splines == null ? 0 : splines.speed(k, time[r]);
            }
            for (CoordinateCoupler c : model.couplers()) {
                q[r][c.dependent()] = c.scale() * c.function().value(q[r][c.independent()]);
                u[r][c.dependent()] = c.slope(q[r]) * u[r][c.independent()];
            }
        }
    }
}
