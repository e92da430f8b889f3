package org.neuromsk.estimator.gait;

/**
 * The ensemble average of one signal over a trial's gait cycles.
 *
 * @param mean mean of the time-normalised cycles, 101 points (signal unit)
 * @param sd their sample standard deviation per point (signal unit)
 */
public record EnsembleCurve(double[] mean, double[] sd) {

    /** Copies the arrays. */
    public EnsembleCurve {
        mean = mean.clone();
        sd = sd.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }
}
