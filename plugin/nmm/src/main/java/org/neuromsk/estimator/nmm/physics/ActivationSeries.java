package org.neuromsk.estimator.nmm.physics;

/**
 * The activation dynamics of {@link ActivationTensorDynamics} in doubles, for one muscle's series:
 * the same discretisation (excitation linear between frames, sampled at the middle of each step;
 * exact steps with τ from a half-step midpoint; start at the first excitation; activation kept in
 * [a_min, 1]).
 */
public final class ActivationSeries {

    private ActivationSeries() {
    }

    /**
     * @param excitation u per frame
     * @param activationTimeConstant τ_act (s)
     * @param deactivationTimeConstant τ_deact (s)
     * @param minimumActivation a_min
     * @param frameStep time between frames (s)
     * @param substeps steps per frame interval
     * @return activation per frame
     */
    public static double[] simulate(double[] excitation, double activationTimeConstant, double deactivationTimeConstant,
            double minimumActivation, double frameStep, int substeps) {
        int n = excitation.length;
        double h = frameStep / substeps;
        double[] out = new double[n];
        double a = clamp(excitation[0], minimumActivation);
        for (int t = 0; t < n; t++) {
            out[t] = a;
            if (t == n - 1) {
                break;
            }
            double change = excitation[t + 1] - excitation[t];
            for (int k = 0; k < substeps; k++) {
                double u = excitation[t] + change * (k + 0.5) / substeps;
                double ac = clamp(a, minimumActivation);
                double mid = relax(ac, u, tau(ac, u, activationTimeConstant, deactivationTimeConstant), 0.5 * h);
                a = relax(ac, u, tau(clamp(mid, minimumActivation), u, activationTimeConstant,
                        deactivationTimeConstant), h);
            }
        }
        return out;
    }

    private static double clamp(double a, double min) {
        return Math.min(1.0, Math.max(min, a));
    }

    private static double tau(double a, double u, double tauAct, double tauDeact) {
        double factor = 0.5 + 1.5 * a;
        return u > a ? tauAct * factor : tauDeact / factor;
    }

    private static double relax(double a, double u, double tau, double h) {
        return a + (u - a) * (1 - Math.exp(-h / tau));
    }
}
