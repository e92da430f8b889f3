package org.neuromsk.engine.muscle.curve;

/**
 * The machine-precision constants of Simbody that OpenSim's muscle code uses as tolerances and
 * guards, so that the Java port branches at the same thresholds.
 */
public final class Precision {

    /** Machine epsilon of a double, {@code SimTK::Eps} (2.22e-16). */
    public static final double EPS = Math.ulp(1.0);

    /** {@code SimTK::SqrtEps} (1.49e-8). */
    public static final double SQRT_EPS = Math.sqrt(EPS);

    /** {@code SimTK::SignificantReal} = Eps^(7/8) (about 1.9e-14). */
    public static final double SIGNIFICANT_REAL = Math.pow(EPS, 0.875);

    private Precision() {
    }
}
