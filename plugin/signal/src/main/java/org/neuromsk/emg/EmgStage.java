package org.neuromsk.emg;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.signal.ButterworthFilter;
import org.neuromsk.signal.CriticallyDampedFilter;
import org.neuromsk.signal.EdgeHandling;
import org.neuromsk.signal.MovingAverage;
import org.neuromsk.signal.Rectification;

/**
 * One step of an {@link EmgChain}, applied to each channel alone. The filter stages are zero phase
 * (forward-backward) except a critically damped filter with an odd number of passes.
 */
public sealed interface EmgStage {

    /**
     * @param x one channel's samples (any unit)
     * @param rate sample rate (Hz)
     * @return the processed samples, in the unit of {@code x}
     * @throws NeuroMskException if the stage does not fit the sample rate
     */
    double[] apply(double[] x, double rate);

    /**
     * Fails early, before any channel is processed, if the stage cannot run at this rate (a
     * cut-off not below the Nyquist frequency).
     *
     * @param rate sample rate (Hz)
     * @throws NeuroMskException with a one-line reason
     */
    default void check(double rate) {
        apply(new double[] {0, 0, 0}, rate);
    }

    /** @return a short description, e.g. "band-pass 50-500 Hz (Butterworth order 6, zero phase)" */
    String describe();

    /**
     * @param rate sample rate (Hz)
     * @return the fewest samples the stage works on as described (zero-phase filters with padded ends
     *     need more samples than their padding), 1 when any length will do
     */
    default int minimumSamples(double rate) {
        return 1;
    }

    /**
     * Zero-phase Butterworth band-pass.
     *
     * @param lowHz lower cut-off of one pass (Hz)
     * @param highHz upper cut-off of one pass (Hz)
     * @param order prototype order (the filter has 2·order poles; see {@link ButterworthFilter})
     * @param edges end treatment
     */
    record BandPass(double lowHz, double highHz, int order, EdgeHandling edges) implements EmgStage {
        /** @return a band-pass with {@link EdgeHandling#PADDED} ends */
        public static BandPass of(double lowHz, double highHz, int order) {
            return new BandPass(lowHz, highHz, order, EdgeHandling.PADDED);
        }

        @Override
        public double[] apply(double[] x, double rate) {
            return ButterworthFilter.bandPass(order, rate, lowHz, highHz).zeroPhase(x, edges);
        }

        @Override
        public int minimumSamples(double rate) {
            return ButterworthFilter.bandPass(order, rate, lowHz, highHz).minimumSamples(edges);
        }

        @Override
        public String describe() {
            return "band-pass " + lowHz + "-" + highHz + " Hz (Butterworth order " + order + ", zero phase)";
        }
    }

    /**
     * Zero-phase Butterworth high-pass.
     *
     * @param cutoffHz cut-off of one pass (Hz)
     * @param order prototype order
     * @param edges end treatment
     */
    record HighPass(double cutoffHz, int order, EdgeHandling edges) implements EmgStage {
        /** @return a high-pass with {@link EdgeHandling#PADDED} ends */
        public static HighPass of(double cutoffHz, int order) {
            return new HighPass(cutoffHz, order, EdgeHandling.PADDED);
        }

        @Override
        public double[] apply(double[] x, double rate) {
            return ButterworthFilter.highPass(order, rate, cutoffHz).zeroPhase(x, edges);
        }

        @Override
        public int minimumSamples(double rate) {
            return ButterworthFilter.highPass(order, rate, cutoffHz).minimumSamples(edges);
        }

        @Override
        public String describe() {
            return "high-pass " + cutoffHz + " Hz (Butterworth order " + order + ", zero phase)";
        }
    }

    /** Full-wave rectification, {@code |x|}. */
    record Rectify() implements EmgStage {
        @Override
        public double[] apply(double[] x, double rate) {
            return Rectification.fullWave(x);
        }

        @Override
        public void check(double rate) {
            // nothing depends on the rate
        }

        @Override
        public String describe() {
            return "full-wave rectification";
        }
    }

    /**
     * Zero-phase Butterworth low-pass.
     *
     * @param cutoffHz cut-off of one pass (Hz)
     * @param order prototype order (number of poles)
     * @param edges end treatment
     */
    record LowPass(double cutoffHz, int order, EdgeHandling edges) implements EmgStage {
        /** @return a low-pass with {@link EdgeHandling#PADDED} ends */
        public static LowPass of(double cutoffHz, int order) {
            return new LowPass(cutoffHz, order, EdgeHandling.PADDED);
        }

        @Override
        public double[] apply(double[] x, double rate) {
            return ButterworthFilter.lowPass(order, rate, cutoffHz).zeroPhase(x, edges);
        }

        @Override
        public int minimumSamples(double rate) {
            return ButterworthFilter.lowPass(order, rate, cutoffHz).minimumSamples(edges);
        }

        @Override
        public String describe() {
            return "low-pass " + cutoffHz + " Hz (Butterworth order " + order + ", zero phase)";
        }
    }

    /**
     * Critically damped low-pass (Robertson &amp; Dowling 2003), {@code order / 2} passes.
     *
     * @param cutoffHz −3 dB frequency of all passes (Hz)
     * @param order even order
     * @param edges end treatment; {@link EdgeHandling#AT_REST} as in the classic implementation
     */
    record CriticallyDamped(double cutoffHz, int order, EdgeHandling edges) implements EmgStage {
        /** @return a critically damped filter whose passes start {@link EdgeHandling#AT_REST} */
        public static CriticallyDamped of(double cutoffHz, int order) {
            return new CriticallyDamped(cutoffHz, order, EdgeHandling.AT_REST);
        }

        @Override
        public double[] apply(double[] x, double rate) {
            return CriticallyDampedFilter.lowPass(order, rate, cutoffHz).filter(x, edges);
        }

        @Override
        public String describe() {
            return "critically damped low-pass " + cutoffHz + " Hz (order " + order + ", " + order / 2 + " passes)";
        }
    }

    /**
     * Centred moving average.
     *
     * @param windowSeconds window length (s); rounded to the nearest odd number of samples
     */
    record MovingAverageWindow(double windowSeconds) implements EmgStage {
        @Override
        public double[] apply(double[] x, double rate) {
            return MovingAverage.centred(x, MovingAverage.windowSamples(windowSeconds, rate));
        }

        @Override
        public String describe() {
            return "moving average " + windowSeconds + " s";
        }
    }
}
