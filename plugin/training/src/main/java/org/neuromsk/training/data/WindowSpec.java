package org.neuromsk.training.data;

import org.neuromsk.error.NeuroMskException;

/**
 * How to cut a time series into windows: {@code length} consecutive frames per sample, a new window
 * every {@code stride} frames, and the target taken at frame {@code targetFrame} of the window
 * (0 = first, {@code length - 1} = last, which makes the model causal).
 *
 * @param length frames per window (≥ 1)
 * @param stride frames between the starts of consecutive windows (≥ 1)
 * @param targetFrame index within the window of the frame whose target the sample predicts
 */
public record WindowSpec(int length, int stride, int targetFrame) {

    /** Checks the ranges. */
    public WindowSpec {
        if (length < 1 || stride < 1) {
            throw new NeuroMskException("window length and stride must be ≥ 1, got " + length + " and " + stride);
        }
        if (targetFrame < 0 || targetFrame >= length) {
            throw new NeuroMskException("window target frame " + targetFrame + " outside 0.." + (length - 1));
        }
    }

    /**
     * @param length frames per window
     * @return windows at every frame whose target is their last frame (past context only)
     */
    public static WindowSpec causal(int length) {
        return new WindowSpec(length, 1, length - 1);
    }

    /**
     * @param halfWidth frames before and after the target frame
     * @return windows at every frame centred on their target frame
     */
    public static WindowSpec centred(int halfWidth) {
        return new WindowSpec(2 * halfWidth + 1, 1, halfWidth);
    }
}
