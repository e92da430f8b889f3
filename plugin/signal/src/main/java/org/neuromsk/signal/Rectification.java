package org.neuromsk.signal;

/**
 * Rectification of a zero-mean signal.
 */
public final class Rectification {

    private Rectification() {
    }

    /**
     * Full-wave rectification: {@code |x[k]|}.
     *
     * @param x samples (any unit)
     * @return their absolute values, in the unit of {@code x}
     */
    public static double[] fullWave(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.abs(x[i]);
        }
        return y;
    }
}
