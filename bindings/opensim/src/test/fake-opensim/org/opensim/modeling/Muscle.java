package org.opensim.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fake muscle: path length L = L0 - sum(r_i q_i) over its coordinates, so its moment arm about q_i is
 * r_i (plus r_d * factor about the independent coordinate of a coupler whose dependent is d). At
 * equilibrium the tendon is rigid: fibre length = L - tendon slack; active force = a F0; passive force
 * = F0 (lf/lopt - 1) when stretched beyond optimal, else 0; tendon force = active + passive.
 */
public class Muscle {
    final Model model;
    final int index;
    final String name;
    final String type;
    double maxIsometricForce;
    double optimalFiberLength;
    double tendonSlackLength;
    double pennation;
    double maxContractionVelocity;
    final double restLength;
    final Map<Integer, Double> arms = new LinkedHashMap<>();
    final List<AbstractPathPoint> points = new ArrayList<>();
    final boolean functionBasedPath;

    Muscle(Model model, int index, String name, String[] f) {
        this.model = model;
        this.index = index;
        this.name = name;
        type = f[0];
        maxIsometricForce = Double.parseDouble(f[1]);
        optimalFiberLength = Double.parseDouble(f[2]);
        tendonSlackLength = Double.parseDouble(f[3]);
        pennation = Double.parseDouble(f[4]);
        maxContractionVelocity = Double.parseDouble(f[5]);
        restLength = Double.parseDouble(f[6]);
        functionBasedPath = f.length > 7 && "function".equals(f[7]);
    }

    public static Muscle safeDownCast(Object o) {
        return o instanceof Muscle m ? m : null;
    }

    public String getName() {
        return name;
    }

    public String getConcreteClassName() {
        return type;
    }

    public boolean get_appliesForce() {
        return true;
    }

    public double get_max_isometric_force() {
        return maxIsometricForce;
    }

    public void set_max_isometric_force(double v) {
        maxIsometricForce = v;
    }

    public double get_optimal_fiber_length() {
        return optimalFiberLength;
    }

    public void set_optimal_fiber_length(double v) {
        optimalFiberLength = v;
    }

    public double get_tendon_slack_length() {
        return tendonSlackLength;
    }

    public void set_tendon_slack_length(double v) {
        tendonSlackLength = v;
    }

    public double get_pennation_angle_at_optimal() {
        return pennation;
    }

    public void set_pennation_angle_at_optimal(double v) {
        pennation = v;
    }

    public double get_max_contraction_velocity() {
        return maxContractionVelocity;
    }

    public void set_max_contraction_velocity(double v) {
        maxContractionVelocity = v;
    }

    public GeometryPath getGeometryPath() {
        if (functionBasedPath) {
            throw new RuntimeException("Muscle '" + name + "': path is not a GeometryPath");
        }
        return new GeometryPath(new PathPointSet(points));
    }

    public double getLength(State s) {
        model.checkStage(s, 1, "getLength");
        double l = restLength;
        for (Map.Entry<Integer, Double> e : arms.entrySet()) {
            l -= e.getValue() * s.q[e.getKey()];
        }
        return l;
    }

    public double getLengtheningSpeed(State s) {
        model.checkStage(s, 2, "getLengtheningSpeed");
        double v = 0;
        for (Map.Entry<Integer, Double> e : arms.entrySet()) {
            v -= e.getValue() * s.u[e.getKey()];
        }
        return v;
    }

    public double computeMomentArm(State s, Coordinate c) {
        double r = arms.getOrDefault(c.index, 0.0);
        if (model.coupler != null && model.coupler.independent() == c.index) {
            r += model.coupler.factor() * arms.getOrDefault(model.coupler.dependent(), 0.0);
        }
        return r;
    }

    public void setActivation(State s, double a) {
        s.activation[index] = a;
    }

    public double getFiberLength(State s) {
        return s.fiberLength[index];
    }

    public double getActiveFiberForce(State s) {
        return s.activation[index] * maxIsometricForce;
    }

    public double getPassiveFiberForce(State s) {
        double stretch = s.fiberLength[index] / optimalFiberLength - 1;
        return stretch > 0 ? maxIsometricForce * stretch : 0;
    }

    public double getTendonForce(State s) {
        model.checkStage(s, 3, "getTendonForce");
        return getActiveFiberForce(s) + getPassiveFiberForce(s);
    }
}
