package org.neuromsk.signal;

/** Test helper: a sampled sinusoid and the amplitude and phase of a response over whole periods. */
final class SineProbe {

    private SineProbe() {
    }

    /** @return sin(2π·f·k/rate) for k = 0 .. n−1 */
    static double[] sine(double frequency, double rate, int n) {
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = Math.sin(2 * Math.PI * frequency * k / rate);
        }
        return x;
    }

    /**
     * Least-squares fit of {@code y[k] ≈ s·sin(ωk) + c·cos(ωk)} over samples [from, to), which must
     * span whole periods so that sin and cos are orthogonal there.
     *
     * @return {s, c}: in-phase and quadrature components
     */
    static double[] components(double[] y, double frequency, double rate, int from, int to) {
        double s = 0;
        double c = 0;
        for (int k = from; k < to; k++) {
            double w = 2 * Math.PI * frequency * k / rate;
            s += y[k] * Math.sin(w);
            c += y[k] * Math.cos(w);
        }
        int n = to - from;
        return new double[] {2 * s / n, 2 * c / n};
    }

    /** @return the amplitude sqrt(s² + c²) of the fitted sinusoid */
    static double amplitude(double[] y, double frequency, double rate, int from, int to) {
        double[] sc = components(y, frequency, rate, from, to);
        return Math.hypot(sc[0], sc[1]);
    }
}
