package org.neuromsk.pipeline.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.forward.KinematicsComparison;

/**
 * An ensemble of estimates on perturbed inputs, within measurement and model uncertainty: every
 * rotational coordinate gets a smooth perturbation σ·Σ_j a_j·sin(2π f_j t + φ_j)/√(3/2) (three
 * components, a_j standard normal, f_j uniform in 0.2–2 Hz, φ_j uniform; its variance is σ²), and every
 * muscle's maximum isometric force a factor exp(s·z), z standard normal. Member k uses the random
 * stream {@code new Random(seed·1_000_003 + k)}, so the result does not depend on the thread count;
 * learned estimators also retrain each member with that seed on resampled data
 * ({@link Estimator#ensembleMember}). The intervals are the members' percentiles, or, when the
 * estimator carries an {@link IntervalCalibration}, the calibrated width around the centre.
 */
public final class Ensemble {

    private Ensemble() {
    }

    /**
     * @param estimator the estimator (its {@link Estimator#ensembleMember} is called once per member)
     * @param base the unperturbed input
     * @param central the unperturbed estimate
     * @param members ensemble size (≥ 2)
     * @param noiseDeg σ of the kinematic perturbation (deg)
     * @param strengthNoise s of the strength perturbation (-)
     * @param seed seed
     * @param rotational labels of the motion's rotational coordinate columns
     * @param muscles the muscles whose strength is perturbed
     * @param calibration the estimator's interval calibration, if it has one
     * @param measured muscles with EMG (for the calibration's two scales)
     * @param progress told each finished member's count
     * @return 90 % intervals around the central estimate's excitations: calibrated (centre ± scale·(w +
     *     floor)) when a calibration is given, else the members' 5th–95th percentiles widened to include
     *     the centre
     */
    public static Intervals run(Estimator estimator, EstimatorInput base, Estimate central, int members,
            double noiseDeg, double strengthNoise, long seed, Set<String> rotational, List<String> muscles,
            Optional<IntervalCalibration> calibration, Set<String> measured, Consumer<Integer> progress) {
        Storage centre = central.excitations();
        AtomicInteger done = new AtomicInteger();
        IntStream indices = IntStream.range(0, members);
        List<Storage> results = (estimator.concurrentMembers() ? indices.parallel() : indices).mapToObj(k -> {
            Random random = new Random(seed * 1_000_003L + k);
            Storage motion = perturbMotion(base.motion(), noiseDeg, random, rotational);
            Map<String, Double> scale = new HashMap<>();
            for (String m : muscles) {
                scale.put(m, Math.exp(strengthNoise * random.nextGaussian()));
            }
            Storage s = estimator.ensembleMember(base.perturbed(motion, scale), seed * 1_000_003L + k, w -> { })
                    .excitations();
            progress.accept(done.incrementAndGet());
            return s;
        }).toList();
        double[] time = centre.time();
        int labels = centre.columnCount();
        double[][] lower = new double[labels][time.length];
        double[][] upper = new double[labels][time.length];
        double[][] half = new double[labels][time.length];
        double[] sample = new double[members];
        for (int c = 0; c < labels; c++) {
            String name = centre.labels().get(c);
            for (int r = 0; r < time.length; r++) {
                for (int k = 0; k < members; k++) {
                    Storage s = results.get(k);
                    sample[k] = KinematicsComparison.interpolate(s.time(), s.column(name), time[r]);
                }
                Arrays.sort(sample);
                double lo = percentile(sample, 0.05);
                double hi = percentile(sample, 0.95);
                double mid = centre.value(r, c);
                half[c][r] = (hi - lo) / 2;
                if (calibration.isPresent()) {
                    IntervalCalibration cal = calibration.get();
                    double w = cal.scale(measured.contains(name)) * (half[c][r] + cal.floor());
                    lower[c][r] = Math.max(0, mid - w);
                    upper[c][r] = Math.min(1, mid + w);
                } else {
                    lower[c][r] = Math.min(lo, mid);
                    upper[c][r] = Math.max(hi, mid);
                }
            }
        }
        return new Intervals(centre, Storage.of(centre.name() + "_lower", false, centre.labels(), time, lower),
                Storage.of(centre.name() + "_upper", false, centre.labels(), time, upper),
                Storage.of(centre.name() + "_spread", false, centre.labels(), time, half), members, calibration);
    }

    /** Linear interpolation between order statistics (type 7, as R's default). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * @param motion the coordinates
     * @param noiseDeg σ (deg)
     * @param random the member's random stream
     * @param rotational labels of rotational columns
     * @return the motion with a smooth perturbation on those columns
     */
    static Storage perturbMotion(Storage motion, double noiseDeg, Random random, Set<String> rotational) {
        double sigma = motion.inDegrees() ? noiseDeg : Math.toRadians(noiseDeg);
        double[] time = motion.time();
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < motion.columnCount(); c++) {
            double[] v = motion.column(c).clone();
            if (rotational.contains(motion.labels().get(c)) && sigma > 0) {
                double[] a = new double[3];
                double[] f = new double[3];
                double[] phi = new double[3];
                for (int j = 0; j < 3; j++) {
                    a[j] = random.nextGaussian();
                    f[j] = 0.2 + 1.8 * random.nextDouble();
                    phi[j] = 2 * Math.PI * random.nextDouble();
                }
                for (int r = 0; r < v.length; r++) {
                    double s = 0;
                    for (int j = 0; j < 3; j++) {
                        s += a[j] * Math.sin(2 * Math.PI * f[j] * time[r] + phi[j]);
                    }
                    v[r] += sigma * s / Math.sqrt(1.5);
                }
            }
            columns.add(v);
        }
        return motion.withColumns(motion.labels(), columns.toArray(new double[0][]));
    }

    /**
     * The calibration of the intervals: how often the truth falls inside.
     *
     * @param intervals the intervals
     * @param truth true signals (columns named as the estimate's; others ignored)
     * @return per muscle the fraction inside, and "all" over every muscle and sample
     */
    public static Map<String, Double> coverage(Intervals intervals, Storage truth) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        long inside = 0;
        long total = 0;
        double[] time = intervals.estimate().time();
        for (String name : intervals.estimate().labels()) {
            if (!truth.hasColumn(name)) {
                continue;
            }
            double[] lo = intervals.lower().column(name);
            double[] hi = intervals.upper().column(name);
            double[] tt = truth.time();
            double[] tv = truth.column(name);
            int in = 0;
            int n = 0;
            for (int r = 0; r < time.length; r++) {
                if (time[r] < tt[0] || time[r] > tt[tt.length - 1]) {
                    continue;
                }
                double v = KinematicsComparison.interpolate(tt, tv, time[r]);
                n++;
                if (v >= lo[r] && v <= hi[r]) {
                    in++;
                }
            }
            if (n > 0) {
                out.put(name, (double) in / n);
                inside += in;
                total += n;
            }
        }
        out.put("all", total == 0 ? Double.NaN : (double) inside / total);
        return out;
    }
}
