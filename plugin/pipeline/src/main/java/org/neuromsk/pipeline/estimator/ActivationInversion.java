package org.neuromsk.pipeline.estimator;

/**
 * Excitations that make Thelen 2003 first-order activation dynamics follow given activations: with
 * ȧ = (u − a)/τ, τ = τ_act·(0.5 + 1.5a) when u &gt; a and τ_deact/(0.5 + 1.5a) otherwise, the
 * excitation is u = a + τ·ȧ (the sign of ȧ tells which τ applies). ȧ by central differences
 * (one-sided at the ends). The result is clamped to [minimum, 1].
 */
final class ActivationInversion {

    private ActivationInversion() {
    }

    /**
     * @param time sample times (s), increasing
     * @param activation activations (-)
     * @param activationTime τ_act (s)
     * @param deactivationTime τ_deact (s)
     * @param minimum smallest excitation (-)
     * @return excitations (-) at the same times
     */
    static double[] excitation(double[] time, double[] activation, double activationTime, double deactivationTime,
            double minimum) {
        int n = time.length;
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            int lo = Math.max(0, k - 1);
            int hi = Math.min(n - 1, k + 1);
            double rate = hi > lo ? (activation[hi] - activation[lo]) / (time[hi] - time[lo]) : 0;
            double a = activation[k];
            double tau = rate > 0 ? activationTime * (0.5 + 1.5 * a) : deactivationTime / (0.5 + 1.5 * a);
            u[k] = Math.min(1, Math.max(minimum, a + tau * rate));
        }
        return u;
    }
}
