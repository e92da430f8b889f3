package org.neuromsk.estimator.nmm.physics;

import static org.neuromsk.estimator.nmm.physics.Scalars.of;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * Electromechanical delay as a fractional shift in time: u_d(t) = u(t − δ), with u linearly
 * interpolated between frames, written as Σ_j w_j·u[t − j] with hat weights
 * w_j = max(0, 1 − |j − δ/Δt|), j = 0…J+1. The weights are differentiable in δ (piecewise
 * linearly), so the delay can be learned. Frames before the start repeat the first frame.
 */
public final class ElectromechanicalDelay {

    private ElectromechanicalDelay() {
    }

    /**
     * @param signal u, shape {@code [batch, time, channel]}
     * @param delay δ (s), a one-value array, within [0, maxFrames·Δt]
     * @param frameStep Δt (s)
     * @param maxFrames J, the largest whole-frame shift considered
     * @return the delayed signal, same shape
     */
    public static NDArray shift(NDArray signal, NDArray delay, double frameStep, int maxFrames) {
        long frames = signal.getShape().get(1);
        NDArray first = signal.get(new NDIndex(":, 0:1, :"));
        NDList parts = new NDList();
        for (int j = 0; j < maxFrames + 1; j++) {
            parts.add(first);
        }
        parts.add(signal);
        NDArray padded = NDArrays.concat(parts, 1);
        NDArray frameDelay = delay.div(of(signal, frameStep));
        NDArray one = of(signal, 1);
        NDArray sum = null;
        for (int j = 0; j <= maxFrames + 1; j++) {
            NDArray weight = TensorCurves.relu(one.sub(frameDelay.sub(of(signal, j)).abs()));
            long start = maxFrames + 1 - j;
            NDArray term = padded.get(new NDIndex(":, {}:{}, :", start, start + frames)).mul(weight);
            sum = sum == null ? term : sum.add(term);
        }
        return sum;
    }
}
