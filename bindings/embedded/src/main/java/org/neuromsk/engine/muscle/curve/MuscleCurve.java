package org.neuromsk.engine.muscle.curve;

/**
 * A dimensionless muscle characteristic curve y(x) with its first two derivatives. Arguments and
 * values are normalised (lengths by the optimal fibre length or the tendon slack length, velocities
 * by v_max·l_opt, forces by the maximum isometric force). Implementations are immutable.
 */
public interface MuscleCurve {

    /**
     * @param x the normalised argument
     * @return y(x)
     */
    double value(double x);

    /**
     * @param x the normalised argument
     * @return dy/dx at x
     */
    double firstDerivative(double x);

    /**
     * @param x the normalised argument
     * @return d²y/dx² at x
     */
    double secondDerivative(double x);
}
