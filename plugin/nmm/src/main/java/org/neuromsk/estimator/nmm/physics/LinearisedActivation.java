package org.neuromsk.estimator.nmm.physics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The activation dynamics of {@link ActivationTensorDynamics}, evaluated in Java and put back into
 * the autograd graph by its first-order expansion, which has the same value and the same gradients
 * but costs one batched matrix product instead of thousands of small array operations:
 * <pre>
 * a = a₀ + J·(u − ū) + ∂a/∂τ_act·(τ_act − τ̄_act) + ∂a/∂τ_deact·(τ_deact − τ̄_deact)
 * </pre>
 * with a₀ the activations of the Java integration ({@link ActivationSeries}, the same scheme), ū and
 * τ̄ the current values without gradient (so the correction terms are zero), and the Jacobian
 * J_ts = ∂a_t/∂u_s and the time-constant sensitivities propagated forward through the steps
 * (forward-mode differentiation, each step's partial derivatives by central differences).
 */
public final class LinearisedActivation {

    private static final double DIFFERENCE_STEP = 1e-6;

    private LinearisedActivation() {
    }

    /**
     * @param excitation u, {@code [batch, time, muscle]}
     * @param activationTimeConstant τ_act (s), one value
     * @param deactivationTimeConstant τ_deact (s), one value
     * @param minimumActivation a_min per muscle
     * @param frameStep time between frames (s)
     * @param substeps steps per frame
     * @param withGradients false to skip the Jacobian (evaluation only: the value is the same)
     * @return activations with their gradients
     */
    public static NDArray simulate(NDArray excitation, NDArray activationTimeConstant,
            NDArray deactivationTimeConstant, double[] minimumActivation, double frameStep, int substeps,
            boolean withGradients) {
        Shape shape = excitation.getShape();
        int batch = (int) shape.get(0);
        int frames = (int) shape.get(1);
        int muscles = (int) shape.get(2);
        float[] u = excitation.toFloatArray();
        double tauA = activationTimeConstant.toFloatArray()[0];
        double tauD = deactivationTimeConstant.toFloatArray()[0];
        float[] a0 = new float[u.length];
        float[] jacobian = withGradients ? new float[batch * muscles * frames * frames] : null;
        float[] dTauA = new float[u.length];
        float[] dTauD = new float[u.length];
        double h = frameStep / substeps;
        double[] series = new double[frames];
        double[] sensitivity = new double[frames];
        for (int b = 0; b < batch; b++) {
            for (int m = 0; m < muscles; m++) {
                for (int t = 0; t < frames; t++) {
                    series[t] = u[(b * frames + t) * muscles + m];
                }
                Step step = new Step(tauA, tauD, minimumActivation[m], h);
                java.util.Arrays.fill(sensitivity, 0);
                double a = step.clamp(series[0]);
                sensitivity[0] = series[0] > minimumActivation[m] && series[0] < 1 ? 1 : 0;
                double sa = 0;
                double sd = 0;
                int base = (b * muscles + m) * frames * frames;
                for (int t = 0; t < frames; t++) {
                    int i = (b * frames + t) * muscles + m;
                    a0[i] = (float) a;
                    dTauA[i] = (float) sa;
                    dTauD[i] = (float) sd;
                    if (withGradients) {
                        for (int s = 0; s <= t; s++) {
                            jacobian[base + t * frames + s] = (float) sensitivity[s];
                        }
                    }
                    if (t == frames - 1) {
                        break;
                    }
                    double change = series[t + 1] - series[t];
                    if (!withGradients) {
                        for (int k = 0; k < substeps; k++) {
                            a = step.next(a, series[t] + change * (k + 0.5) / substeps);
                        }
                        continue;
                    }
                    for (int k = 0; k < substeps; k++) {
                        double frac = (k + 0.5) / substeps;
                        double uk = series[t] + change * frac;
                        double fa = (step.next(a + DIFFERENCE_STEP, uk) - step.next(a - DIFFERENCE_STEP, uk))
                                / (2 * DIFFERENCE_STEP);
                        double fu = (step.next(a, uk + DIFFERENCE_STEP) - step.next(a, uk - DIFFERENCE_STEP))
                                / (2 * DIFFERENCE_STEP);
                        double fTauA = (step.withTaus(tauA + DIFFERENCE_STEP * tauA, tauD).next(a, uk)
                                - step.withTaus(tauA - DIFFERENCE_STEP * tauA, tauD).next(a, uk))
                                / (2 * DIFFERENCE_STEP * tauA);
                        double fTauD = (step.withTaus(tauA, tauD + DIFFERENCE_STEP * tauD).next(a, uk)
                                - step.withTaus(tauA, tauD - DIFFERENCE_STEP * tauD).next(a, uk))
                                / (2 * DIFFERENCE_STEP * tauD);
                        for (int s = 0; s <= t + 1; s++) {
                            sensitivity[s] *= fa;
                        }
                        sensitivity[t] += fu * (1 - frac);
                        sensitivity[t + 1] += fu * frac;
                        sa = fa * sa + fTauA;
                        sd = fa * sd + fTauD;
                        a = step.next(a, uk);
                    }
                }
            }
        }
        NDManager manager = excitation.getManager();
        NDArray value = manager.create(a0, shape);
        if (!withGradients) {
            return value;
        }
        NDArray du = excitation.sub(excitation.stopGradient()).transpose(0, 2, 1).reshape(batch, muscles, frames, 1);
        NDArray j = manager.create(jacobian, new Shape(batch, muscles, frames, frames));
        NDArray correction = j.matMul(du).reshape(batch, muscles, frames).transpose(0, 2, 1);
        NDArray ta = activationTimeConstant.sub(activationTimeConstant.stopGradient());
        NDArray td = deactivationTimeConstant.sub(deactivationTimeConstant.stopGradient());
        return value.add(correction).add(manager.create(dTauA, shape).mul(ta)).add(manager.create(dTauD, shape).mul(td));
    }

    /** One integration step of {@link ActivationSeries}. */
    private record Step(double tauA, double tauD, double minimum, double h) {
        Step withTaus(double a, double d) {
            return new Step(a, d, minimum, h);
        }

        double clamp(double a) {
            return Math.min(1.0, Math.max(minimum, a));
        }

        double next(double a, double u) {
            double ac = clamp(a);
            double mid = relax(ac, u, tau(ac, u), 0.5 * h);
            return relax(ac, u, tau(clamp(mid), u), h);
        }

        private double tau(double a, double u) {
            double factor = 0.5 + 1.5 * a;
            return u > a ? tauA * factor : tauD / factor;
        }

        private static double relax(double a, double u, double tau, double step) {
            return a + (u - a) * (1 - Math.exp(-step / tau));
        }
    }
}
