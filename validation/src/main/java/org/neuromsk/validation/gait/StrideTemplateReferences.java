package org.neuromsk.validation.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.GaitPhase;
import org.neuromsk.estimator.gait.MeanPattern;
import org.neuromsk.estimator.gait.ParkAndParkTable1;
import org.neuromsk.estimator.gait.PhaseTemplate;
import org.neuromsk.estimator.imu.EnvelopeMetrics;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.SharedData;
import org.neuromsk.metrics.MuscleMetrics;
import org.neuromsk.signal.Sampling;

/**
 * What the stride-average EMG pattern alone scores on the CEINMS-RT walks, as a yardstick for the
 * gait-EMG (issue 7) and IMU-EMG (issue 9) estimators. No network is trained; each number takes
 * seconds.
 *
 * <ul>
 * <li><b>Training trial's template</b>: the training trial's EMG averaged per gait phase
 * ({@link PhaseTemplate}), applied to the test trial at its own phase. The phase comes from the knee
 * angle of each trial ({@link GaitPhase}), as the improved gait model's input does, so this is an
 * estimate from kinematics that ignores everything but where in the stride a frame lies.</li>
 * <li><b>Test trial's own template, one stride left out</b> (IMU metrics only): each stride of the test
 * trial estimated by the mean pattern of its other strides. It reads the test EMG, so it is not an
 * estimator: it shows how much of the per-sample variance a pattern repeated stride after stride can
 * explain at best, where the strides' own amplitudes vary.</li>
 * </ul>
 *
 * <p>Gait-EMG metric: ensemble R² exactly as {@link GaitEmgValidation} scores the networks (EMG scaled to
 * each trial's mean-cycle range; gait cycles from the force plate; Park &amp; Park's seven muscles).
 * IMU-EMG metrics: per-sample r, R², NRMSE and peak ratio of the envelopes as given, with cycles cut at
 * the peaks of each true envelope, over all nine muscles, from frame {@value #IMU_FIRST_FRAME} on (the
 * first estimate of a 128-frame window), as the IMU study scores its networks.
 */
public final class StrideTemplateReferences {

    /** First test frame scored with the IMU metrics (0-based). */
    public static final int IMU_FIRST_FRAME = 127;
    /** The nine envelopes of the CEINMS-RT trials, as the IMU study uses them. */
    public static final List<String> ENVELOPES = List.of("soleus_r", "med_gas_r", "lat_gas_r", "tib_ant_r",
            "semimem_r", "bifemlh_r", "vas_lat_r", "rect_fem_r", "vas_med_r");

    private StrideTemplateReferences() {
    }

    /**
     * One direction's references.
     *
     * @param train training trial name
     * @param test test trial name
     * @param ensemble ensemble R² etc. of the training trial's template (Park &amp; Park's muscles)
     * @param samples IMU metrics of the training trial's template (nine muscles)
     * @param ownStrides IMU metrics of the test trial's own template, one stride left out
     * @param phaseBound per muscle, the highest r any function of the test trial's gait phase can reach
     *     on the scored frames ({@link PhaseTemplate#correlationRatio})
     * @param peakVariation per muscle, the coefficient of variation (SD / mean) of the test envelope's
     *     peak over its complete strides
     */
    public record Direction(String train, String test, List<MuscleMetrics> ensemble,
            List<org.neuromsk.estimator.imu.MuscleMetrics> samples,
            List<org.neuromsk.estimator.imu.MuscleMetrics> ownStrides, double[] phaseBound, double[] peakVariation) {
    }

    /**
     * @param dataDir the folder holding {@link GaitEmgValidation#TRIALS}
     * @return walk36 → walk45 and walk45 → walk36
     */
    public static List<Direction> run(Path dataDir) {
        List<GaitTrial> trials = new ArrayList<>();
        for (String t : GaitEmgValidation.TRIALS) {
            trials.add(GaitTrialReader.folder(dataDir.resolve(t)).muscles(ENVELOPES).read());
        }
        return List.of(direction(trials.get(0), trials.get(1)), direction(trials.get(1), trials.get(0)));
    }

    static Direction direction(GaitTrial train, GaitTrial test) {
        GaitEmgSettings settings = GaitEmgSettings.defaults(GaitEmgType.CONTEXT);
        List<String> angles = settings.angles();
        double[] trainPhase = GaitPhase.fromKinematics(train, angles);
        double[] heelStrikes = GaitPhase.heelStrikes(test, angles);
        double[] testPhase = GaitPhase.phase(test.time(), heelStrikes);

        List<MuscleMetrics> ensemble = MeanPattern.evaluate(train, test, MuscleMapping.parkAndParkTable1(), settings)
                .metrics();

        double[][] envelopes = PhaseTemplate.fit(trainPhase, train.emg(ENVELOPES)).predict(testPhase);
        double[][] truth = test.emg(ENVELOPES);
        int[] strides = PhaseTemplate.strides(test.time(), heelStrikes);
        double[][] own = PhaseTemplate.leaveOneStrideOut(testPhase, strides, truth);
        double rate = Sampling.rate(test.time());
        double[][] scoredTruth = new double[truth.length][];
        for (int m = 0; m < truth.length; m++) {
            scoredTruth[m] = Arrays.copyOfRange(truth[m], IMU_FIRST_FRAME, truth[m].length);
        }
        double[] bound = PhaseTemplate.correlationRatio(
                Arrays.copyOfRange(testPhase, IMU_FIRST_FRAME, testPhase.length), scoredTruth);
        double[][] scoredRows = rows(truth);
        return new Direction(train.name(), test.name(), ensemble,
                EnvelopeMetrics.byPeaks(ENVELOPES, scoredRows, rows(envelopes), rate),
                EnvelopeMetrics.byPeaks(ENVELOPES, scoredRows, rows(own), rate), bound,
                peakVariation(truth, strides, heelStrikes.length));
    }

    /** @return per muscle, SD / mean of the peaks of the complete strides (stride numbers 1 … n − 1) */
    private static double[] peakVariation(double[][] truth, int[] strides, int heelStrikes) {
        double[] out = new double[truth.length];
        for (int m = 0; m < truth.length; m++) {
            double[] peaks = stridePeaks(truth[m], strides, heelStrikes - 1);
            out[m] = new StandardDeviation().evaluate(peaks) / StatUtils.mean(peaks);
        }
        return out;
    }

    /**
     * @param envelope one muscle's envelope
     * @param strides stride number of every frame ({@link PhaseTemplate#strides})
     * @param complete number of complete strides (heel strikes − 1)
     * @return the envelope's peak in each complete stride (stride numbers 1 … complete)
     */
    static double[] stridePeaks(double[] envelope, int[] strides, int complete) {
        double[] peaks = new double[complete];
        Arrays.fill(peaks, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < strides.length; i++) {
            int s = strides[i];
            if (s >= 1 && s <= complete) {
                peaks[s - 1] = Math.max(peaks[s - 1], envelope[i]);
            }
        }
        return peaks;
    }

    /** @return frames {@value #IMU_FIRST_FRAME}… of {@code [muscle][frame]} as {@code [frame][muscle]} */
    private static double[][] rows(double[][] columns) {
        int frames = columns[0].length - IMU_FIRST_FRAME;
        double[][] out = new double[frames][columns.length];
        for (int i = 0; i < frames; i++) {
            for (int m = 0; m < columns.length; m++) {
                out[i][m] = columns[m][IMU_FIRST_FRAME + i];
            }
        }
        return out;
    }

    /**
     * @param directions the references of both directions
     * @return the report (Markdown)
     */
    public static String markdown(List<Direction> directions) {
        StringBuilder b = new StringBuilder("# Stride templates: what the mean gait pattern alone scores\n\n");
        b.append("Generated by `StrideTemplateReferences` (validation module; seconds, no training). A *template* is an"
                + " EMG envelope averaged per gait phase (100 bins, linear interpolation; phase from heel strikes found in"
                + " the knee angle). **Training template**: the training trial's, applied to the test trial at the test"
                + " trial's phase — an estimate from kinematics that uses nothing but where in the stride each frame lies."
                + " **Own strides**: each stride of the test trial estimated by the mean of its *other* strides — it"
                + " reads the test EMG, so it is no estimator; it bounds what a pattern repeated stride after stride can"
                + " explain of the per-sample variance when the strides themselves differ.\n\n");
        b.append("## Ensemble R² (issue 7's metric, Park & Park's muscles)\n\n");
        b.append("Scored exactly as the gait-EMG networks in [gait-emg.md](gait-emg.md): EMG scaled to each trial's"
                + " mean-cycle range, gait cycles from the force plate, R² between mean cycles.\n\n");
        b.append("| muscle | ");
        directions.forEach(d -> b.append(d.train()).append(" → ").append(d.test()).append(" | "));
        b.append("Park & Park torque-based |\n|---|");
        directions.forEach(d -> b.append("---:|"));
        b.append("---:|\n");
        List<MuscleMetrics> first = directions.get(0).ensemble();
        for (int m = 0; m < first.size(); m++) {
            String muscle = first.get(m).muscle();
            b.append("| ").append(muscle).append(" | ");
            for (Direction d : directions) {
                b.append(f3(d.ensemble().get(m).ensembleR2())).append(" | ");
            }
            b.append(f3(ParkAndParkTable1.TORQUE_BASED.get(muscle))).append(" |\n");
        }
        b.append("| mean | ");
        for (Direction d : directions) {
            b.append(f3(d.ensemble().stream().mapToDouble(MuscleMetrics::ensembleR2).average().orElse(Double.NaN)))
                    .append(" | ");
        }
        b.append(" |\n\n");
        b.append("## Per-sample metrics (issue 9's, nine envelopes as given)\n\n");
        b.append("Scored as the IMU-EMG networks in [imu-emg.md](imu-emg.md): r, R², NRMSE and peak ratio (per"
                + " cycle, cycles cut at the true envelope's peaks) from frame " + (IMU_FIRST_FRAME + 1) + " of the test"
                + " trial on. *Phase bound η*: the correlation ratio of the test envelope on 100 phase bins, the"
                + " highest r that any function of the gait phase alone can reach on those frames (the bins' own means"
                + " reach it; a template from other strides or another trial stays below). *Stride peak CV*: SD / mean of"
                + " the envelope's peak over the test trial's complete strides.\n\n");
        for (Direction d : directions) {
            b.append("### ").append(d.train()).append(" → ").append(d.test()).append("\n\n");
            b.append("| muscle | training template r | R² | NRMSE | peak ratio | own strides r | R² | NRMSE |"
                    + " peak ratio | phase bound η | stride peak CV |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int m = 0; m < d.samples().size(); m++) {
                b.append("| ").append(d.samples().get(m).muscle()).append(" | ").append(imuCells(d.samples().get(m)))
                        .append(" | ").append(imuCells(d.ownStrides().get(m))).append(" | ").append(f3(d.phaseBound()[m]))
                        .append(" | ").append(f3(d.peakVariation()[m])).append(" |\n");
            }
            b.append("| mean | ").append(imuMeans(d.samples())).append(" | ").append(imuMeans(d.ownStrides()))
                    .append(" | ").append(f3(Arrays.stream(d.phaseBound()).average().orElse(Double.NaN)))
                    .append(" | ").append(f3(Arrays.stream(d.peakVariation()).average().orElse(Double.NaN)))
                    .append(" |\n\n");
        }
        return b.toString();
    }

    private static String imuCells(org.neuromsk.estimator.imu.MuscleMetrics m) {
        return f3(m.r()) + " | " + f3(m.r2()) + " | " + f3(m.nrmse()) + " | " + f3(m.peakRatio());
    }

    private static String imuMeans(List<org.neuromsk.estimator.imu.MuscleMetrics> ms) {
        return f3(ms.stream().mapToDouble(org.neuromsk.estimator.imu.MuscleMetrics::r).average().orElse(Double.NaN))
                + " | " + f3(ms.stream().mapToDouble(org.neuromsk.estimator.imu.MuscleMetrics::r2).average()
                        .orElse(Double.NaN))
                + " | " + f3(ms.stream().mapToDouble(org.neuromsk.estimator.imu.MuscleMetrics::nrmse).average()
                        .orElse(Double.NaN))
                + " | " + f3(ms.stream().mapToDouble(org.neuromsk.estimator.imu.MuscleMetrics::peakRatio).average()
                        .orElse(Double.NaN));
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /**
     * @param args report path (default {@code validation/reports/stride-templates.md})
     */
    public static void main(String[] args) {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/stride-templates.md");
        List<Direction> directions = run(SharedData.directory().resolve(GaitEmgValidation.DATA));
        String text = markdown(directions);
        AtomicFiles.writeText(report, w -> w.write(text));
        System.out.print(text);
    }
}
