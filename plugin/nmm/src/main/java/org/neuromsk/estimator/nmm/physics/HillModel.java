package org.neuromsk.estimator.nmm.physics;

import java.util.List;

/**
 * The NMM's musculoskeletal physics in doubles, without gradients, for one trial: activation
 * dynamics ({@link ActivationSeries}) and compliant-tendon forces ({@link TendonEquilibrium}) from
 * excitations, and the joint moment Σ r·F_T. Series are {@code [muscle][frame]}.
 *
 * @param constants fixed muscle properties
 * @param maxIsometricForce F_iso per muscle (N)
 * @param optimalFiberLength l_opt per muscle (m)
 * @param tendonSlackLength l_Ts per muscle (m)
 * @param activationTimeConstant τ_act (s)
 * @param deactivationTimeConstant τ_deact (s)
 * @param frameStep time between frames (s)
 * @param substeps activation steps per frame
 * @param passes equilibrium solves
 */
public record HillModel(List<MuscleConstants> constants, double[] maxIsometricForce, double[] optimalFiberLength,
        double[] tendonSlackLength, double activationTimeConstant, double deactivationTimeConstant, double frameStep,
        int substeps, int passes) {

    /** Copies the list. */
    public HillModel {
        constants = List.copyOf(constants);
    }

    /**
     * @param excitation u per muscle
     * @return activation per muscle
     */
    public double[][] activations(double[][] excitation) {
        double[][] a = new double[excitation.length][];
        for (int m = 0; m < a.length; m++) {
            a[m] = ActivationSeries.simulate(excitation[m], activationTimeConstant, deactivationTimeConstant,
                    constants.get(m).minimumActivation(), frameStep, substeps);
        }
        return a;
    }

    /**
     * @param activation a per muscle
     * @param lengths l_MT per muscle (m)
     * @param speeds l̇_MT per muscle (m/s)
     * @return tendon force per muscle (N)
     */
    public double[][] forces(double[][] activation, double[][] lengths, double[][] speeds) {
        int muscles = activation.length;
        int frames = activation[0].length;
        float[] a = new float[muscles * frames];
        float[] l = new float[muscles * frames];
        float[] v = new float[muscles * frames];
        for (int t = 0; t < frames; t++) {
            for (int m = 0; m < muscles; m++) {
                a[t * muscles + m] = (float) activation[m][t];
                l[t * muscles + m] = (float) lengths[m][t];
                v[t * muscles + m] = (float) speeds[m][t];
            }
        }
        TendonEquilibrium equilibrium = new TendonEquilibrium(constants, passes);
        TendonEquilibrium.Solution s = equilibrium.solve(a, l, v, 1, frames, frameStep, optimalFiberLength,
                tendonSlackLength);
        double[] f = equilibrium.tendonForces(s, maxIsometricForce);
        double[][] out = new double[muscles][frames];
        for (int t = 0; t < frames; t++) {
            for (int m = 0; m < muscles; m++) {
                out[m][t] = f[t * muscles + m];
            }
        }
        return out;
    }

    /**
     * @param forces tendon force per muscle (N)
     * @param momentArms moment arm per muscle (m)
     * @return Σ r·F_T per frame (N·m)
     */
    public static double[] moment(double[][] forces, double[][] momentArms) {
        double[] tau = new double[forces[0].length];
        for (int m = 0; m < forces.length; m++) {
            for (int t = 0; t < tau.length; t++) {
                tau[t] += momentArms[m][t] * forces[m][t];
            }
        }
        return tau;
    }
}
