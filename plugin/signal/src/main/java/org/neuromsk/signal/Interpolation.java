package org.neuromsk.signal;

/** How {@link Resampler} evaluates a signal between its samples. */
public enum Interpolation {
    /** Straight lines between neighbouring samples. */
    LINEAR,
    /** A natural cubic spline through all samples (continuous second derivative, zero at the ends). */
    CUBIC
}
