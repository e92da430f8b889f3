package org.neuromsk.engine.simulation;

import java.util.Arrays;
import java.util.Objects;

import org.neuromsk.error.NeuroMskException;

/**
 * One control signal given by nodes (t_i, x_i), evaluated as OpenSim's ControlLinear evaluates it.
 * With i the last node with t_i ≤ t:
 * <ul>
 * <li>between nodes, linear interpolation between nodes i and i+1, or with steps the value of node
 * i+1 on (t_i, t_{i+1}] and node i's value exactly at t_i;</li>
 * <li>before the first or after the last node, linear extrapolation through the first (last) two
 * nodes when {@code extrapolate} is set and steps are not used, else the first (last) value;</li>
 * <li>a single node gives its value everywhere.</li>
 * </ul>
 * The node search and the interpolation formula are OpenSim's own, so values agree bit for bit.
 * Times in s; values are dimensionless controls (excitations for muscles). Immutable.
 */
public final class LinearControl {

    private final String name;
    private final double[] times;
    private final double[] values;
    private final boolean useSteps;
    private final boolean extrapolate;

    /**
     * @param name the control's name: an actuator name or {@code <actuator>.excitation}
     * @param times node times (s), strictly increasing
     * @param values node values, one per time, finite
     * @param useSteps hold values in steps instead of interpolating
     * @param extrapolate extrapolate linearly outside the nodes (ignored with steps)
     * @throws NeuroMskException if there are no nodes, the lengths differ, a value is not finite or
     *     the times do not increase
     */
    public LinearControl(String name, double[] times, double[] values, boolean useSteps, boolean extrapolate) {
        this.name = Objects.requireNonNull(name, "name");
        this.times = times.clone();
        this.values = values.clone();
        this.useSteps = useSteps;
        this.extrapolate = extrapolate;
        if (this.times.length != this.values.length) {
            throw new NeuroMskException("control '" + name + "': " + this.times.length + " node times but "
                    + this.values.length + " values");
        }
        if (this.times.length == 0) {
            throw new NeuroMskException("control '" + name + "' has no nodes");
        }
        for (int i = 0; i < this.times.length; i++) {
            if (!Double.isFinite(this.times[i]) || !Double.isFinite(this.values[i])) {
                throw new NeuroMskException("control '" + name + "': node " + (i + 1) + " has time "
                        + this.times[i] + " s and value " + this.values[i] + "; both must be finite numbers");
            }
            if (i > 0 && !(this.times[i] > this.times[i - 1])) {
                throw new NeuroMskException("control '" + name + "': node " + (i + 1) + " at t = " + this.times[i]
                        + " s is not after node " + i + " at t = " + this.times[i - 1] + " s");
            }
        }
    }

    /** @return the control's name */
    public String name() {
        return name;
    }

    /** @return the node times (s), a copy */
    public double[] times() {
        return times.clone();
    }

    /** @return the node values, a copy */
    public double[] values() {
        return values.clone();
    }

    /** @return the number of nodes */
    public int size() {
        return times.length;
    }

    /** @return whether values are held in steps */
    public boolean useSteps() {
        return useSteps;
    }

    /** @return whether values are extrapolated linearly outside the nodes (when not in steps) */
    public boolean extrapolate() {
        return extrapolate;
    }

    /** @return the first node's time (s) */
    public double firstTime() {
        return times[0];
    }

    /** @return the last node's time (s) */
    public double lastTime() {
        return times[times.length - 1];
    }

    /**
     * @param t time (s)
     * @return the control's value at t
     */
    public double value(double t) {
        int n = times.length;
        int i = lastNodeAtOrBefore(t);
        boolean linearOutside = !useSteps && extrapolate;
        if (i < 0) {
            return linearOutside && n > 1 ? interpolate(times[0], values[0], times[1], values[1], t) : values[0];
        }
        if (i >= n - 1) {
            return linearOutside && n > 1
                    ? interpolate(times[n - 2], values[n - 2], times[n - 1], values[n - 1], t)
                    : values[n - 1];
        }
        if (!useSteps) {
            return interpolate(times[i], values[i], times[i + 1], values[i + 1], t);
        }
        return t == times[i] ? values[i] : values[i + 1];
    }

    /** OpenSim's binary search: the index of the last node with t_i ≤ t, or -1 before the first node. */
    private int lastNodeAtOrBefore(double t) {
        int lo = 0;
        int hi = times.length - 1;
        int mid = -1;
        while (lo <= hi) {
            mid = (lo + hi) >>> 1;
            if (t < times[mid]) {
                hi = mid - 1;
            } else if (times[mid] < t) {
                lo = mid + 1;
            } else {
                break;
            }
        }
        if (mid >= 0 && t < times[mid]) {
            mid--;
        }
        return mid;
    }

    /** The straight line through (x1, y1) and (x2, y2) at x, in OpenSim's operation order. */
    private static double interpolate(double x1, double y1, double x2, double y2, double x) {
        double slope = (y2 - y1) / (x2 - x1);
        return y1 + slope * (x - x1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearControl c && name.equals(c.name) && useSteps == c.useSteps
                && extrapolate == c.extrapolate && Arrays.equals(times, c.times) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, useSteps, extrapolate, Arrays.hashCode(times), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "control '" + name + "' (" + times.length + " nodes, " + times[0] + " to " + lastTime() + " s"
                + (useSteps ? ", steps" : "") + ")";
    }
}
