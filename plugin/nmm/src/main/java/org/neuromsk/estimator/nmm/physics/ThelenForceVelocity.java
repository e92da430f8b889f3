package org.neuromsk.estimator.nmm.physics;

/**
 * The Thelen 2003 force–velocity multiplier f_V as a function of velocity: the closed-form inverse of
 * the relation the engine's {@code ThelenForceVelocityInverse} evaluates (velocity from force). With
 * s = 0.25 + 0.75·a (a the activation clamped to [a_min, 1]) and ṽ the fibre velocity in v_max·l_opt
 * per second (negative when shortening):
 * <ul>
 *   <li>shortening, −s ≤ ṽ ≤ 0: f_V = (s + ṽ)/(s − ṽ/Af); f_V = 0 below −s (the engine clamps the
 *       multiplier at zero there);</li>
 *   <li>lengthening, 0 &lt; ṽ ≤ ṽ_L: f_V = (c·Flen·ṽ + s)/(s + c·ṽ) with c = (2 + 2/Af)/(Flen − 1);</li>
 *   <li>beyond ṽ_L, where f_V reaches threshold·Flen, the relation continues linearly with the slope
 *       it has there: ṽ_L = s(Flen·θ − 1)/(c·Flen(1 − θ)), dṽ/df_V = s(Flen − 1)/(c·Flen²(1 − θ)²).</li>
 * </ul>
 * Derived by solving the engine's ṽ = s(F − afl)/b(F) for F = afl·f_V in each region.
 */
public final class ThelenForceVelocity {

    private ThelenForceVelocity() {
    }

    /**
     * @param activation a (clamped by the caller)
     * @param normVelocity ṽ (dimensionless)
     * @param af Af
     * @param flen Flen
     * @param threshold fv_linear_extrap_threshold θ
     * @return f_V ≥ 0
     */
    public static double multiplier(double activation, double normVelocity, double af, double flen, double threshold) {
        double s = 0.25 + 0.75 * activation;
        double v = normVelocity;
        if (v <= 0) {
            return Math.max(0.0, s + v) / (s - v / af);
        }
        double c = (2 + 2 / af) / (flen - 1);
        double vLimit = limitVelocity(s, c, flen, threshold);
        if (v <= vLimit) {
            return (c * flen * v + s) / (s + c * v);
        }
        return flen * threshold + (v - vLimit) / limitSlope(s, c, flen, threshold);
    }

    /** @return ṽ_L, the velocity at which f_V = θ·Flen */
    static double limitVelocity(double s, double c, double flen, double threshold) {
        return s * (flen * threshold - 1) / (c * flen * (1 - threshold));
    }

    /** @return dṽ/df_V at f_V = θ·Flen */
    static double limitSlope(double s, double c, double flen, double threshold) {
        double oneMinus = 1 - threshold;
        return s * (flen - 1) / (c * flen * flen * oneMinus * oneMinus);
    }
}
