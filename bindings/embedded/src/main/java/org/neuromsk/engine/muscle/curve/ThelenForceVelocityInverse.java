package org.neuromsk.engine.muscle.curve;

import org.neuromsk.error.NeuroMskException;

/**
 * Thelen 2003 force–velocity relation solved for velocity, as OpenSim's Thelen2003Muscle uses it
 * (its calcdlceN, calcDdlceDaFalFv and calcfvInv). With a the activation, f_AL the active
 * force–length multiplier, afl = a·f_AL and F = a·f_AL·f_V the normalised active fibre force
 * (paper Eqs. 6–7):
 * <ul>
 *   <li>concentric (0 &lt; F ≤ afl): b = afl + F/Af;</li>
 *   <li>eccentric (afl &lt; F &lt; threshold·afl·Flen): b = (2 + 2/Af)(afl·Flen − F)/(Flen − 1);</li>
 *   <li>ṽ = (0.25 + 0.75a)(F − afl)/b, in units of v_max·l_opt per second;</li>
 *   <li>outside (F ≤ 0 or F ≥ threshold·afl·Flen) the relation continues linearly from F0 = 0 or
 *       F0 = threshold·afl·Flen with its value and slope there.</li>
 * </ul>
 * The slope dṽ/dF jumps by a factor 2 at F = afl (a kink of the original model). Immutable.
 *
 * @param af Af, the concentric shape factor (&gt; 0; default 0.25, model files 0.3)
 * @param flen Flen, the eccentric force asymptote as a multiple of afl (&gt; 1; default 1.4, files 1.8)
 * @param extrapolationThreshold fraction of the eccentric asymptote where linear extrapolation
 *        starts (&gt; 1/Flen; {@code fv_linear_extrap_threshold}, default 0.95)
 */
public record ThelenForceVelocityInverse(double af, double flen, double extrapolationThreshold) {

    /** @throws NeuroMskException for values OpenSim rejects */
    public ThelenForceVelocityInverse {
        CurveRules.require(af > 0, "Thelen2003 force-velocity", "Af must be > 0");
        CurveRules.require(flen > 1.0, "Thelen2003 force-velocity", "Flen must be > 1");
        CurveRules.require(extrapolationThreshold > 1.0 / flen, "Thelen2003 force-velocity",
                "fv_linear_extrap_threshold must exceed 1/Flen");
    }

    /**
     * @param activation a (already clamped by the caller)
     * @param activeForceLength f_AL
     * @param activeForce F = a·f_AL·f_V, normalised by F_iso
     * @return normalised fibre velocity ṽ = l̇_ce/(v_max·l_opt)
     */
    public double normFiberVelocity(double activation, double activeForceLength, double activeForce) {
        double afl = activation * activeForceLength;
        double eccentricLimit = afl * flen * extrapolationThreshold;
        double scale = 0.25 + 0.75 * activation;
        if (activeForce > 0 && activeForce < eccentricLimit) {
            return scale * (activeForce - afl) / b(afl, activeForce);
        }
        double f0 = activeForce <= 0 ? 0.0 : eccentricLimit;
        double b0 = b(afl, f0);
        double v0 = scale * (f0 - afl) / b0;
        double slope = scale / b0 - (scale * (f0 - afl) / (b0 * b0)) * dbdF(afl, f0);
        return v0 + slope * (activeForce - f0);
    }

    /**
     * @param activation a
     * @param activeForceLength f_AL
     * @param activeForce F = a·f_AL·f_V
     * @return dṽ/dF, the slope used in the Newton solves
     */
    public double normFiberVelocityDerivative(double activation, double activeForceLength, double activeForce) {
        double afl = activation * activeForceLength;
        double eccentricLimit = afl * flen * extrapolationThreshold;
        double scale = 0.25 + 0.75 * activation;
        double f = activeForce;
        if (!(activeForce > 0 && activeForce < eccentricLimit)) {
            f = activeForce <= 0 ? 0.0 : eccentricLimit;
        }
        double bf = b(afl, f);
        return scale / bf - (scale * (f - afl) / (bf * bf)) * dbdF(afl, f);
    }

    /**
     * The force–velocity multiplier f_V for a given normalised velocity, by Newton's method on
     * ṽ(F) starting from f_V = 1 (OpenSim's calcfvInv): iterate while |ṽ(F) − ṽ| ≥ tolerance and
     * fewer than maxIterations steps were taken; the result is clamped at 0.
     *
     * @param activation a
     * @param activeForceLength f_AL
     * @param normFiberVelocity the target ṽ
     * @param tolerance on ṽ
     * @param maxIterations Newton step limit
     * @return f_V ≥ 0
     * @throws NeuroMskException when the iteration does not converge
     */
    public double forceVelocityMultiplier(double activation, double activeForceLength, double normFiberVelocity,
            double tolerance, int maxIterations) {
        double err = 1;
        int iter = 0;
        double activeForce = activation * activeForceLength;
        while (Math.abs(err) >= tolerance && iter < maxIterations) {
            err = normFiberVelocity(activation, activeForceLength, activeForce) - normFiberVelocity;
            double slope = normFiberVelocityDerivative(activation, activeForceLength, activeForce);
            if (Math.abs(slope) > Precision.SIGNIFICANT_REAL) {
                activeForce -= err / slope;
            }
            iter++;
        }
        if (Math.abs(err) < tolerance) {
            return Math.max(0.0, activeForce / (activation * activeForceLength));
        }
        throw new NeuroMskException("Thelen2003 force-velocity inversion did not converge for normalised velocity "
                + normFiberVelocity + " (activation " + activation + ", f_AL " + activeForceLength + ")");
    }

    private double b(double afl, double force) {
        if (force <= afl) {
            return afl + force / af;
        }
        return ((2 + 2 / af) * (afl * flen - force)) / (flen - 1);
    }

    private double dbdF(double afl, double force) {
        if (force <= afl) {
            return 1 / af;
        }
        return ((2 + 2 / af) * (-1)) / (flen - 1);
    }
}
