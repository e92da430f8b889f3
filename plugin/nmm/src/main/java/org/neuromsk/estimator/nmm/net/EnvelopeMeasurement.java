package org.neuromsk.estimator.nmm.net;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.signal.ButterworthFilter;
import org.neuromsk.signal.EdgeHandling;

/**
 * The measurement model of the data term: what an envelope chain's zero-phase Butterworth low-pass
 * makes of a predicted excitation. Rectifying u(t)·noise has a mean ∝ u(t), so apart from the noise
 * floor the chain (band-pass, rectify, low-pass, normalise) is linear in u and its envelope is LP(u)/s;
 * comparing that, not u/s, with the measured envelope leaves the excitation its fast parts.
 *
 * <p>LP is the project's own {@link ButterworthFilter#zeroPhase(double[], EdgeHandling)} with
 * {@link EdgeHandling#PADDED} ends (the chain's filter, a linear operator: odd reflection and
 * steady-state start are both linear in the samples), applied to a window of L frames as a fixed L×L
 * matrix whose column j is the filtered unit impulse at frame j; one batched matrix product then filters
 * every window and muscle and passes gradients. A window does not see the signal beyond its ends, so
 * its first and last frames differ from the chain's output over the whole recording; the loss leaves
 * them out ({@link #edgeFrames()}).
 *
 * @param cutoff −3 dB frequency of one pass (Hz), &gt; 0
 * @param order Butterworth order of the low-pass prototype (≥ 1)
 * @param frameRate frame rate of the windows (Hz), above 2 × cutoff
 * @param edgeFrames frames at the end of each window left out of the data term (≥ 0)
 */
public record EnvelopeMeasurement(double cutoff, int order, double frameRate, int edgeFrames) {

    private static final Map<String, float[]> MATRICES = new ConcurrentHashMap<>();

    /** Checks the filter. */
    public EnvelopeMeasurement {
        if (!(cutoff > 0) || order < 1 || order > ButterworthFilter.MAX_ORDER || !(frameRate > 2 * cutoff)
                || edgeFrames < 0) {
            throw new NeuroMskException("nmm envelope low-pass: need cut-off > 0 below half the frame rate ("
                    + frameRate + " Hz), order 1 to " + ButterworthFilter.MAX_ORDER + ", edge frames ≥ 0; got "
                    + cutoff + " Hz, order " + order + ", " + edgeFrames + " edge frames");
        }
    }

    /**
     * @param frames window length L
     * @return the L×L matrix M, row-major, with LP(x)[i] = Σ_j M[i][j]·x[j]
     */
    public float[] matrix(int frames) {
        return MATRICES.computeIfAbsent(cutoff + "/" + order + "/" + frameRate + "/" + frames, k -> build(frames))
                .clone();
    }

    private float[] build(int frames) {
        ButterworthFilter filter = ButterworthFilter.lowPass(order, frameRate, cutoff);
        float[] m = new float[frames * frames];
        for (int j = 0; j < frames; j++) {
            double[] impulse = new double[frames];
            impulse[j] = 1;
            double[] column = filter.zeroPhase(impulse, EdgeHandling.PADDED);
            for (int i = 0; i < frames; i++) {
                m[i * frames + j] = (float) column[i];
            }
        }
        return m;
    }

    /**
     * @param x {@code [batch, time, channels]}
     * @return each channel of each window low-passed along time, same shape, differentiable in x
     */
    public NDArray apply(NDArray x) {
        int frames = (int) x.getShape().get(1);
        NDArray m = x.getManager().create(matrix(frames), new Shape(frames, frames)).toType(x.getDataType(), false);
        return m.matMul(x);
    }

    /**
     * @param x samples of one channel at {@link #frameRate()}
     * @return the same low-pass applied by the matrix (for checks)
     */
    public double[] apply(double[] x) {
        float[] m = matrix(x.length);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += m[i * x.length + j] * x[j];
            }
            y[i] = s;
        }
        return y;
    }
}
