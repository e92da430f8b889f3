package org.neuromsk.signal;

/**
 * How a recursive filter treats the two ends of a finite signal.
 */
public enum EdgeHandling {

    /**
     * The signal is extended at each end by an odd (point-symmetric) reflection about its end sample,
     * {@code 2·x[0] − x[k]}, of {@link SecondOrderSections#padLength()} samples, and each pass starts
     * in the steady state of a constant input equal to its first sample. A constant signal therefore
     * passes a low-pass filter unchanged, and end transients are small. The padding is removed
     * afterwards. This is SciPy's {@code filtfilt}/{@code sosfiltfilt} default.
     */
    PADDED,

    /**
     * No extension; each pass starts from rest (all filter states zero), as the classic hand-written
     * recursive implementations (Winter; Robertson &amp; Dowling) do. Each pass's output ramps up from
     * zero where it starts: after a forward-backward filter the last sample is close to zero and the
     * first is reduced (the forward pass's start-up, smoothed by the backward pass).
     */
    AT_REST
}
