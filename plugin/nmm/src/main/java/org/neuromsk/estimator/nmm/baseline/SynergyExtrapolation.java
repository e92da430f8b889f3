package org.neuromsk.estimator.nmm.baseline;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.GenericMuscles;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.physics.HillModel;
import org.neuromsk.estimator.nmm.physics.MuscleConstants;

/**
 * Muscle synergy extrapolation (MSE; Bianco et al. 2018, Ao et al. 2022) calibrated on a subject's
 * training trials:
 * <ol>
 * <li>NMF of the measured envelopes (muscles × frames of all training trials) with the fewest
 *     synergies k whose variance accounted for reaches the threshold (at most {@code maxSynergies});</li>
 * <li>each hidden muscle's excitation is a non-negative combination of the k synergy activations,
 *     u_h(t) = Σ_j w_hj·H_j(t); the weights of all hidden muscles are fitted together to the
 *     inverse-dynamics moment by {@link Nnls}: the moment the measured muscles produce (their
 *     envelopes taken as excitations) and every muscle's passive force are subtracted, and each hidden
 *     muscle's active force is linearised around its current activation (force per unit activation
 *     at that activation, synergy activations low-passed by a first-order filter standing in for
 *     activation dynamics), relinearised over {@code iterations} rounds;</li>
 * <li>on a new trial, H comes from the trial's envelopes by non-negative least squares on the
 *     measured synergy weights, and u_h = Σ_j w_hj·H_j.</li>
 * </ol>
 * Forces use the NMM's physics with the generic model's parameters (no personalisation, scale 1, no
 * electromechanical delay).
 */
public final class SynergyExtrapolation {

    /**
     * @param varianceAccountedFor VAF the synergies must reach (e.g. 0.95)
     * @param maxSynergies upper limit of k
     * @param seed NMF seed
     * @param filterTime time constant of the first-order filter on H in the moment fit (s)
     * @param iterations relinearisation rounds
     */
    public record Settings(double varianceAccountedFor, int maxSynergies, long seed, double filterTime,
            int iterations) {

        /** @return VAF 0.95, up to 4 synergies, seed 1, 40 ms filter, 4 rounds */
        public static Settings defaults() {
            return new Settings(0.95, 4, 1, 0.04, 4);
        }

        /** @param newSeed seed @return a copy with it */
        public Settings withSeed(long newSeed) {
            return new Settings(varianceAccountedFor, maxSynergies, newSeed, filterTime, iterations);
        }
    }

    /** Hidden muscles' excitation before the first fit. */
    private static final double INITIAL_EXCITATION = 0.1;
    /** Smallest activation step of the force-per-activation secant. */
    private static final double LINEARISATION_STEP = 0.05;

    private final int[] measured;
    private final int[] hidden;
    private final double[][] measuredWeights;
    private final double[][] hiddenWeights;
    private final double vaf;

    private SynergyExtrapolation(int[] measured, int[] hidden, double[][] measuredWeights, double[][] hiddenWeights,
            double vaf) {
        this.measured = measured;
        this.hidden = hidden;
        this.measuredWeights = measuredWeights;
        this.hiddenWeights = hiddenWeights;
        this.vaf = vaf;
    }

    /**
     * @param subject the subject (training trials calibrate)
     * @param generic the generic muscles
     * @param settings options
     * @return the calibrated extrapolation
     */
    public static SynergyExtrapolation fit(SubjectData subject, GenericMuscles generic, Settings settings) {
        List<MuscleConstants> constants = generic.parameters().stream().map(MuscleConstants::of).toList();
        double step = subject.training().get(0).frameStep();
        HillModel model = new HillModel(constants, generic.maxIsometricForces(), generic.optimalFiberLengths(),
                generic.tendonSlackLengths(), generic.activationTimeConstant(), generic.deactivationTimeConstant(),
                step, 4, 2);
        int[] hidden = subject.hiddenIndices();
        int[] measured = java.util.stream.IntStream.range(0, subject.muscles().size())
                .filter(i -> subject.measured().contains(subject.muscles().get(i))).toArray();
        if (measured.length == 0 || hidden.length == 0) {
            throw new NeuroMskException("MSE needs measured and hidden muscles; subject " + subject.id() + " has "
                    + measured.length + " measured and " + hidden.length + " hidden");
        }
        double[][] v = stack(subject.training(), measured);
        Nmf.Result nmf = null;
        int maxK = Math.min(settings.maxSynergies(), measured.length);
        for (int k = 1; k <= maxK; k++) {
            nmf = Nmf.factorise(v, k, settings.seed(), 3000, 1e-7);
            if (nmf.varianceAccountedFor() >= settings.varianceAccountedFor()) {
                break;
            }
        }
        int k = nmf.weights()[0].length;
        double[][] w = new double[hidden.length][k];
        List<double[][]> trialH = new ArrayList<>();
        int offset = 0;
        for (TrialData t : subject.training()) {
            double[][] h = new double[k][t.frames()];
            for (int j = 0; j < k; j++) {
                System.arraycopy(nmf.activations()[j], offset, h[j], 0, t.frames());
            }
            trialH.add(h);
            offset += t.frames();
        }
        for (int round = 0; round < settings.iterations(); round++) {
            List<double[]> rows = new ArrayList<>();
            List<Double> rhs = new ArrayList<>();
            for (int ti = 0; ti < subject.training().size(); ti++) {
                TrialData t = subject.training().get(ti);
                double[][] h = trialH.get(ti);
                double[][] u = excitations(t, measured, hidden, round == 0 ? null : w, h, INITIAL_EXCITATION);
                double[][] a = model.activations(u);
                double[][] linearised = a.clone();
                double[][] passive = a.clone();
                for (int m : hidden) {
                    double min = constants.get(m).minimumActivation();
                    linearised[m] = new double[t.frames()];
                    passive[m] = new double[t.frames()];
                    for (int frame = 0; frame < t.frames(); frame++) {
                        linearised[m][frame] = Math.max(a[m][frame], min + LINEARISATION_STEP);
                        passive[m][frame] = min;
                    }
                }
                double[][] f = model.forces(a, t.lengths(), t.lengtheningSpeeds());
                double[][] fLinear = model.forces(linearised, t.lengths(), t.lengtheningSpeeds());
                double[][] fPassive = model.forces(passive, t.lengths(), t.lengtheningSpeeds());
                double[][] filtered = new double[k][];
                for (int j = 0; j < k; j++) {
                    filtered[j] = lowPass(h[j], settings.filterTime(), step);
                }
                for (int frame = 0; frame < t.frames(); frame++) {
                    double target = t.moment()[frame];
                    for (int m : measured) {
                        target -= t.momentArms()[m][frame] * f[m][frame];
                    }
                    double[] row = new double[hidden.length * k];
                    for (int hi = 0; hi < hidden.length; hi++) {
                        int m = hidden[hi];
                        target -= t.momentArms()[m][frame] * fPassive[m][frame];
                        double perActivation = (fLinear[m][frame] - fPassive[m][frame])
                                / (linearised[m][frame] - constants.get(m).minimumActivation());
                        for (int j = 0; j < k; j++) {
                            row[hi * k + j] = t.momentArms()[m][frame] * perActivation * filtered[j][frame];
                        }
                    }
                    rows.add(row);
                    rhs.add(target);
                }
            }
            double[] x = Nnls.solve(rows.toArray(new double[0][]), rhs.stream().mapToDouble(Double::doubleValue)
                    .toArray());
            for (int hi = 0; hi < hidden.length; hi++) {
                System.arraycopy(x, hi * k, w[hi], 0, k);
            }
        }
        return new SynergyExtrapolation(measured, hidden, nmf.weights(), w, nmf.varianceAccountedFor());
    }

    /** @return number of synergies */
    public int synergies() {
        return hiddenWeights[0].length;
    }

    /** @return variance of the measured envelopes the synergies account for */
    public double varianceAccountedFor() {
        return vaf;
    }

    /**
     * @param trial a trial of the subject
     * @return excitation per muscle: measured muscles their envelopes, hidden muscles Σ_j w_hj·H_j
     */
    public double[][] excitations(TrialData trial) {
        double[][] e = new double[measured.length][];
        for (int i = 0; i < measured.length; i++) {
            e[i] = trial.envelopes()[measured[i]];
        }
        double[][] h = Nmf.coefficients(measuredWeights, e);
        return excitations(trial, measured, hidden, hiddenWeights, h, 0);
    }

    private static double[][] excitations(TrialData t, int[] measured, int[] hidden, double[][] w, double[][] h,
            double constant) {
        int muscles = t.lengths().length;
        double[][] u = new double[muscles][];
        for (int m : measured) {
            u[m] = t.envelopes()[m].clone();
        }
        for (int hi = 0; hi < hidden.length; hi++) {
            double[] series = new double[t.frames()];
            for (int frame = 0; frame < t.frames(); frame++) {
                if (w == null) {
                    series[frame] = constant;
                } else {
                    for (int j = 0; j < h.length; j++) {
                        series[frame] += w[hi][j] * h[j][frame];
                    }
                }
            }
            u[hidden[hi]] = series;
        }
        return u;
    }

    private static double[] lowPass(double[] x, double tau, double step) {
        double alpha = 1 - Math.exp(-step / tau);
        double[] y = new double[x.length];
        y[0] = x[0];
        for (int i = 1; i < x.length; i++) {
            y[i] = y[i - 1] + alpha * (x[i - 1] - y[i - 1]);
        }
        return y;
    }

    private static double[][] stack(List<TrialData> trials, int[] measured) {
        int total = trials.stream().mapToInt(TrialData::frames).sum();
        double[][] v = new double[measured.length][total];
        int offset = 0;
        for (TrialData t : trials) {
            for (int i = 0; i < measured.length; i++) {
                double[] e = t.envelopes()[measured[i]];
                for (int frame = 0; frame < t.frames(); frame++) {
                    v[i][offset + frame] = Math.max(0, e[frame]);
                }
            }
            offset += t.frames();
        }
        return v;
    }
}
