package org.neuromsk.estimator.nmm.physics;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;

import org.neuromsk.error.NeuroMskException;

/**
 * A group of learnable physical parameters kept within bounds by a sigmoid reparametrisation:
 * p = lower + (upper − lower)·σ(g·θ), θ unbounded. The starting value of θ gives the nominal p; the
 * bounds are never reached, so the nominal value must lie strictly inside them. The gain g makes
 * an optimiser whose steps are about the same size for every parameter (Adam) move these g times
 * faster than the network's weights.
 *
 * @param name group name, e.g. {@code max_isometric_force}
 * @param labels one label per entry (muscle names, or the group name for a single value)
 * @param nominal starting (generic-model) values
 * @param lower lower bounds
 * @param upper upper bounds
 * @param gain g (&gt; 0; 0 in a JSON that leaves it out means 1)
 */
public record BoundedVector(String name, List<String> labels, List<Double> nominal, List<Double> lower,
        List<Double> upper, double gain) {

    /**
     * Checks sizes and bounds.
     *
     * @throws NeuroMskException naming the entry whose bounds are bad
     */
    public BoundedVector {
        labels = List.copyOf(labels);
        nominal = List.copyOf(nominal);
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
        if (gain == 0) {
            gain = 1;
        }
        if (!(gain > 0) || Double.isInfinite(gain)) {
            throw new NeuroMskException("parameter group " + name + ": gain must be > 0, got " + gain);
        }
        if (nominal.size() != labels.size() || lower.size() != labels.size() || upper.size() != labels.size()) {
            throw new NeuroMskException("parameter group " + name + ": " + labels.size() + " labels but "
                    + nominal.size() + " nominal, " + lower.size() + " lower and " + upper.size() + " upper values");
        }
        for (int i = 0; i < labels.size(); i++) {
            double lo = lower.get(i);
            double hi = upper.get(i);
            double p = nominal.get(i);
            if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
                throw new NeuroMskException("parameter " + labels.get(i) + "." + name + ": bad bounds [" + lo + ", "
                        + hi + "] (need finite lower < upper)");
            }
            if (!(p > lo && p < hi)) {
                throw new NeuroMskException("parameter " + labels.get(i) + "." + name + ": nominal value " + p
                        + " is not strictly inside its bounds [" + lo + ", " + hi + "]");
            }
        }
    }

    /**
     * @param name group name
     * @param labels entry labels
     * @param nominal nominal values
     * @param lowerFactor lower bound as a multiple of the nominal value (&lt; 1)
     * @param upperFactor upper bound as a multiple (&gt; 1)
     * @return bounds relative to the nominal values
     */
    public static BoundedVector relative(String name, List<String> labels, double[] nominal, double lowerFactor,
            double upperFactor) {
        java.util.List<Double> p = new java.util.ArrayList<>();
        java.util.List<Double> lo = new java.util.ArrayList<>();
        java.util.List<Double> hi = new java.util.ArrayList<>();
        for (double v : nominal) {
            p.add(v);
            lo.add(v * lowerFactor);
            hi.add(v * upperFactor);
        }
        return new BoundedVector(name, labels, p, lo, hi, 1);
    }

    /**
     * @param name group name (also its single label)
     * @param nominal nominal value
     * @param lower lower bound
     * @param upper upper bound
     * @return a one-entry group
     */
    public static BoundedVector scalar(String name, double nominal, double lower, double upper) {
        return new BoundedVector(name, List.of(name), List.of(nominal), List.of(lower), List.of(upper), 1);
    }

    /**
     * @param newGain g
     * @return these bounds with that gain
     */
    public BoundedVector withGain(double newGain) {
        return new BoundedVector(name, labels, nominal, lower, upper, newGain);
    }

    /** @return number of entries */
    public int size() {
        return labels.size();
    }

    /** @return θ that gives the nominal values, logit((p − lower)/(upper − lower))/g */
    public float[] initialLogits() {
        float[] theta = new float[size()];
        for (int i = 0; i < theta.length; i++) {
            double f = (nominal.get(i) - lower.get(i)) / (upper.get(i) - lower.get(i));
            theta[i] = (float) (Math.log(f / (1 - f)) / gain);
        }
        return theta;
    }

    /**
     * @param scope manager of the results (e.g. the batch's)
     * @param theta θ, shape {@code [size]}
     * @return the bounded values p (differentiable in θ)
     */
    public NDArray value(NDManager scope, NDArray theta) {
        NDArray lo = scope.create(toFloats(lower));
        NDArray span = scope.create(toFloats(upper)).sub(lo);
        NDArray scaled = Scalars.inScope(scope, theta).mul(Scalars.of(lo, gain));
        return Activation.sigmoid(scaled).mul(span).add(lo);
    }

    /**
     * @param theta θ values
     * @return the bounded values in doubles (the same formula as {@link #value(NDManager, NDArray)})
     */
    public double[] value(float[] theta) {
        double[] p = new double[theta.length];
        for (int i = 0; i < p.length; i++) {
            double sigma = 1 / (1 + Math.exp(-gain * theta[i]));
            p[i] = lower.get(i) + (upper.get(i) - lower.get(i)) * sigma;
        }
        return p;
    }

    /**
     * @param scope manager of the results
     * @param theta θ, shape {@code [size]}
     * @return Σ ((p − nominal)/(upper − lower))², a prior that pulls towards the nominal values
     */
    public NDArray priorPenalty(NDManager scope, NDArray theta) {
        NDArray nominalArray = scope.create(toFloats(nominal));
        NDArray span = scope.create(toFloats(upper)).sub(scope.create(toFloats(lower)));
        NDArray d = value(scope, theta).sub(nominalArray).div(span);
        return d.mul(d).sum();
    }

    private static float[] toFloats(List<Double> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return out;
    }
}
