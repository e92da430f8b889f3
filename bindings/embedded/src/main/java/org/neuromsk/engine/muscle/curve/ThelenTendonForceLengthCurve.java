package org.neuromsk.engine.muscle.curve;

/**
 * Thelen 2003 tendon force–length multiplier f_SE(l̃_T), l̃_T = l_T/l_Ts, with strain x = l̃_T − 1:
 * zero for x ≤ 0, an exponential toe F_toe/(e^k_toe − 1)·(exp(k_toe·x/ε_toe) − 1) up to ε_toe, then
 * linear k_lin(x − ε_toe) + F_toe, with k_toe = 3, F_toe = 0.33 and the exact (unrounded) values
 * ε_toe = 99·ε0·e³/(166·e³ − 67), k_lin = 0.67/(ε0 − ε_toe) that make value and slope continuous.
 * Immutable.
 *
 * @param fmaxTendonStrain ε0, tendon strain at F_iso (&gt; 0; OpenSim default 0.04, model files 0.033)
 */
public record ThelenTendonForceLengthCurve(double fmaxTendonStrain) implements MuscleCurve {

    /** Exponential shape factor of the toe region. */
    public static final double K_TOE = 3.0;

    /** Normalised force at the end of the toe region. */
    public static final double F_TOE = 33.0 / 100.0;

    /** exp(k_toe), evaluated once (the curve is evaluated inside root finders). */
    private static final double EXP_K_TOE = Math.exp(K_TOE);
    /** F_toe / (exp(k_toe) − 1), the toe region's scale. */
    private static final double TOE_SCALE = F_TOE / (EXP_K_TOE - 1.0);

    /** @throws org.neuromsk.error.NeuroMskException when ε0 ≤ 0 */
    public ThelenTendonForceLengthCurve {
        CurveRules.require(fmaxTendonStrain > 0, "Thelen2003 tendon force-length", "FmaxTendonStrain must be > 0");
    }

    /** @return ε_toe, the strain where the toe region ends */
    public double toeStrain() {
        double e3 = EXP_K_TOE;
        return (99.0 * fmaxTendonStrain * e3) / (166.0 * e3 - 67.0);
    }

    /** @return k_lin, the slope of the linear region */
    public double linearStiffness() {
        double e3 = EXP_K_TOE;
        return (67.0 / 100.0) * 1.0 / (fmaxTendonStrain - (99.0 * fmaxTendonStrain * e3) / (166.0 * e3 - 67.0));
    }

    @Override
    public double value(double normTendonLength) {
        double x = normTendonLength - 1;
        double eToe = toeStrain();
        if (x > eToe) {
            return linearStiffness() * (x - eToe) + F_TOE;
        } else if (x > 0.0) {
            return TOE_SCALE * (Math.exp(K_TOE * x / eToe) - 1.0);
        }
        return 0;
    }

    @Override
    public double firstDerivative(double normTendonLength) {
        double x = normTendonLength - 1;
        double eToe = toeStrain();
        if (x > eToe) {
            return linearStiffness();
        } else if (x > 0.0) {
            return TOE_SCALE * (K_TOE / eToe) * Math.exp(K_TOE * x / eToe);
        }
        return 0;
    }

    @Override
    public double secondDerivative(double normTendonLength) {
        double x = normTendonLength - 1;
        double eToe = toeStrain();
        if (x > eToe || x <= 0.0) {
            return 0;
        }
        double k = K_TOE / eToe;
        return TOE_SCALE * k * k * Math.exp(K_TOE * x / eToe);
    }
}
