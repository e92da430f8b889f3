package org.neuromsk.validation.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.GaitPhase;
import org.neuromsk.estimator.gait.PhaseTemplate;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.metrics.Agreement;

/**
 * Do the kinematics of a stride tell how large its EMG peaks are? The IMU-EMG networks follow the stride
 * pattern but not the stride-to-stride amplitude of the knee extensors at 3.6 km/h (docs/imu-emg.md); this
 * diagnostic measures how much of that amplitude per-stride kinematic features carry, with no network.
 *
 * <p>For each complete stride (heel strikes from the knee angle, {@link GaitPhase}) ten features of the
 * joint kinematics the virtual IMUs are made from: stride duration; knee maximum, minimum and minimum in
 * the first 30 % of the stride; hip and ankle maximum and minimum; vertical pelvis excursion; knee angle at
 * heel strike. Each muscle's stride peak is predicted from them by ridge regression, leave one stride out
 * (features standardised on the other strides, penalty λ on the standardised weights, three values shown).
 * The same prediction then scales that stride's estimate by the trial's other strides' mean pattern
 * ({@link PhaseTemplate#leaveOneStrideOut}): r of the pattern alone, of the pattern × predicted peak / mean
 * peak, and of the pattern × true peak / mean peak (an oracle), over the complete strides. Everything is
 * fitted and scored within one trial, so the gains are what the kinematics of that speed could give at best
 * to an estimator trained at that speed.
 */
public final class StrideAmplitudeKinematics {

    /** Ridge penalties shown. */
    public static final double[] PENALTIES = {3, 10, 30};
    /** Penalty of the scaled-pattern estimate. */
    public static final double SCALING_PENALTY = 10;

    private StrideAmplitudeKinematics() {
    }

    /**
     * One muscle of one trial.
     *
     * @param muscle envelope column
     * @param strides complete strides
     * @param peakVariation SD / mean of the stride peaks
     * @param r2 leave-one-stride-out R² of the stride peak, one per {@link #PENALTIES} value
     * @param patternR r of the other strides' mean pattern
     * @param scaledR r of that pattern × predicted peak / mean peak ({@link #SCALING_PENALTY})
     * @param oracleR r of that pattern × true peak / mean peak
     */
    public record MuscleResult(String muscle, int strides, double peakVariation, double[] r2, double patternR,
            double scaledR, double oracleR) {
    }

    /**
     * @param trial a trial with kinematics ({@code knee_angle_r}, {@code hip_flexion_r},
     *     {@code ankle_angle_r}, {@code pelvis_ty}) and the envelopes
     * @param muscles envelope columns
     * @return one result per muscle
     */
    public static List<MuscleResult> analyse(GaitTrial trial, List<String> muscles) {
        double[] time = trial.time();
        double[] heelStrikes = GaitPhase.heelStrikes(trial, GaitEmgSettings.defaults(GaitEmgType.CONTEXT).angles());
        double[] phase = GaitPhase.phase(time, heelStrikes);
        int[] stride = PhaseTemplate.strides(time, heelStrikes);
        int complete = heelStrikes.length - 1;
        double[][] features = features(trial, stride, complete);
        double[][] emg = trial.emg(muscles);
        double[][] pattern = PhaseTemplate.leaveOneStrideOut(phase, stride, emg);
        List<MuscleResult> out = new ArrayList<>();
        for (int m = 0; m < muscles.size(); m++) {
            double[] peaks = StrideTemplateReferences.stridePeaks(emg[m], stride, complete);
            double[] r2 = new double[PENALTIES.length];
            double[] predicted = null;
            for (int p = 0; p < PENALTIES.length; p++) {
                double[] prediction = leaveOneOutRidge(features, peaks, PENALTIES[p]);
                r2[p] = Agreement.r2(peaks, prediction);
                if (PENALTIES[p] == SCALING_PENALTY) {
                    predicted = prediction;
                }
            }
            out.add(new MuscleResult(muscles.get(m), complete,
                    new StandardDeviation().evaluate(peaks) / StatUtils.mean(peaks), r2,
                    scaledR(emg[m], pattern[m], stride, peaks, null),
                    scaledR(emg[m], pattern[m], stride, peaks, predicted),
                    scaledR(emg[m], pattern[m], stride, peaks, peaks)));
        }
        return out;
    }

    /** @return {@code [stride][feature]} for strides 1 … complete */
    private static double[][] features(GaitTrial trial, int[] stride, int complete) {
        Storage k = trial.kinematics();
        double[] time = trial.time();
        double[] knee = k.column("knee_angle_r");
        double[] hip = k.column("hip_flexion_r");
        double[] ankle = k.column("ankle_angle_r");
        double[] pelvis = k.column("pelvis_ty");
        // frames [first, end) of each complete stride (a stride's frames are consecutive)
        int[] first = new int[complete + 1];
        int[] end = new int[complete + 1];
        for (int i = 0; i < stride.length; i++) {
            int s = stride[i];
            if (s >= 1 && s <= complete) {
                if (end[s] == 0) {
                    first[s] = i;
                }
                end[s] = i + 1;
            }
        }
        double[][] f = new double[complete][];
        for (int s = 1; s <= complete; s++) {
            int from = first[s];
            int to = end[s];
            int early = from + (int) (0.3 * (to - from));
            f[s - 1] = new double[] {time[to - 1] - time[from], max(knee, from, to), min(knee, from, to),
                min(knee, from, early), max(hip, from, to), min(hip, from, to), max(ankle, from, to),
                min(ankle, from, to), max(pelvis, from, to) - min(pelvis, from, to), knee[from]};
        }
        return f;
    }

    /**
     * Ridge regression with an intercept, each sample predicted from the others; features standardised on
     * the others, the intercept not penalised.
     *
     * @param x samples × features
     * @param y targets
     * @param penalty λ on the standardised weights
     * @return the leave-one-out predictions
     */
    static double[] leaveOneOutRidge(double[][] x, double[] y, double penalty) {
        int n = y.length;
        int p = x[0].length;
        double[] out = new double[n];
        for (int left = 0; left < n; left++) {
            double[] mean = new double[p];
            double[] sd = new double[p];
            for (int j = 0; j < p; j++) {
                double[] column = new double[n - 1];
                for (int i = 0, c = 0; i < n; i++) {
                    if (i != left) {
                        column[c++] = x[i][j];
                    }
                }
                mean[j] = StatUtils.mean(column);
                sd[j] = Math.max(new StandardDeviation().evaluate(column), 1e-12);
            }
            RealMatrix a = new Array2DRowRealMatrix(p + 1, p + 1);
            RealVector b = new ArrayRealVector(p + 1);
            for (int i = 0; i < n; i++) {
                if (i == left) {
                    continue;
                }
                double[] z = standardised(x[i], mean, sd);
                for (int r = 0; r <= p; r++) {
                    b.addToEntry(r, z[r] * y[i]);
                    for (int c = 0; c <= p; c++) {
                        a.addToEntry(r, c, z[r] * z[c]);
                    }
                }
            }
            for (int j = 1; j <= p; j++) {
                a.addToEntry(j, j, penalty);
            }
            RealVector w = new LUDecomposition(a).getSolver().solve(b);
            out[left] = w.dotProduct(new ArrayRealVector(standardised(x[left], mean, sd), false));
        }
        return out;
    }

    /** @return 1 followed by the standardised features */
    private static double[] standardised(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) {
            z[j + 1] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }

    /**
     * @param peaks true stride peaks; {@code scale} null: the pattern as it is
     * @return r over the complete strides of the pattern × scale / mean of the other strides' peaks
     */
    private static double scaledR(double[] truth, double[] pattern, int[] stride, double[] peaks, double[] scale) {
        int complete = peaks.length;
        double total = StatUtils.sum(peaks);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            int s = stride[i];
            if (s < 1 || s > complete) {
                continue;
            }
            double factor = scale == null ? 1 : scale[s - 1] / ((total - peaks[s - 1]) / (complete - 1));
            pairs.add(new double[] {truth[i], pattern[i] * factor});
        }
        double[] a = pairs.stream().mapToDouble(v -> v[0]).toArray();
        double[] b = pairs.stream().mapToDouble(v -> v[1]).toArray();
        return Agreement.pearson(a, b);
    }

    private static double max(double[] v, int from, int to) {
        return Arrays.stream(v, from, to).max().orElseThrow();
    }

    private static double min(double[] v, int from, int to) {
        return Arrays.stream(v, from, to).min().orElseThrow();
    }

    /**
     * @param results one trial's results
     * @return a Markdown table
     */
    public static String table(List<MuscleResult> results) {
        StringBuilder b = new StringBuilder("| muscle | strides | peak SD / mean | LOO R² of the stride peak (λ 3 / 10 / 30)"
                + " | r pattern | r pattern × predicted peak | r pattern × true peak |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (MuscleResult r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f / %.2f / %.2f | %.3f | %.3f | %.3f |%n",
                    r.muscle(), r.strides(), r.peakVariation(), r.r2()[0], r.r2()[1], r.r2()[2], r.patternR(),
                    r.scaledR(), r.oracleR()));
        }
        return b.toString();
    }

    /** @param args ignored; prints one table per CEINMS-RT walk */
    public static void main(String[] args) {
        Path data = SharedData.directory().resolve(GaitEmgValidation.DATA);
        for (String t : GaitEmgValidation.TRIALS) {
            GaitTrial trial = GaitTrialReader.folder(data.resolve(t)).muscles(StrideTemplateReferences.ENVELOPES).read();
            System.out.println("## " + t + "\n\n" + table(analyse(trial, StrideTemplateReferences.ENVELOPES)));
        }
    }
}
