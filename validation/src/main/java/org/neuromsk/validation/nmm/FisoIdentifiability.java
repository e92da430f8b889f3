package org.neuromsk.validation.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.google.gson.JsonObject;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.FittedNmm;
import org.neuromsk.estimator.nmm.Metrics;
import org.neuromsk.estimator.nmm.NmmFit;
import org.neuromsk.estimator.nmm.NmmPrediction;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.training.Json;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.SyntheticEmg;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * An experiment on why the NMM does not recover maximum isometric forces (F_iso) on the virtual elbow
 * subjects (issue #8): the same subjects are fitted with the default settings while what the data tell
 * about the deep muscles (BRA, TRImed) and the EMG noise are changed, and F_iso, F_iso·s and the
 * moment are scored against the truth. Variants:
 * <ul>
 * <li>{@code default}: as the study, BRA and TRImed hidden;</li>
 * <li>{@code all-measured}: BRA and TRImed measured too, their envelopes made as the generator makes the
 * surface muscles' ({@code SyntheticEmg}: amplitude-modulated band-limited noise with a 1 % floor, band-pass
 * 20–450 Hz, rectification, 6 Hz low-pass, divided by the simulated MVC's mean envelope × their true EMG
 * scale s), with noise streams of this experiment's own;</li>
 * <li>{@code oracle-hidden}: BRA and TRImed get a noise-free envelope equal to their true excitation led by
 * the EMG delay and low-passed as the chain does (true s = 1, the scale's starting value), so that only the
 * surface muscles' products are free (their s stays a fitted parameter);</li>
 * <li>{@code all-clean}: all seven muscles measured with noise-free envelopes u(t + d)/s, low-passed alike:
 * no hidden muscle and no EMG noise;</li>
 * <li>{@code linear}: no NMM; how much the moment alone can tell the muscles' force scales apart when the
 * true forces are known up to those scales ({@link #linear}).</li>
 * </ul>
 * The fit uses the study's training trials ({@code study}) or {@link NmmTuning#validationSplit}
 * ({@code validation}); held-out trials of the study are never read into fit or score. Scores are on the
 * training trials (moment, hidden excitations, co-contraction) and, with the validation split, the moment
 * also on the validation trials without test-time refinement.
 *
 * <p>Arguments: work folder (subjects generated into {@code WORK/virtual} unless present), subjects, seed,
 * split ({@code study} or {@code validation}), variants, each a name above optionally followed by a JSON
 * overlay on the default settings ({@code all-clean{"priorWeight": 0}}).
 */
public final class FisoIdentifiability {

    /** Muscles without envelopes in the study. */
    private static final List<String> DEEP = List.of("BRA", "TRImed");

    private FisoIdentifiability() {
    }

    /** What one subject's truth file says about a muscle's EMG. */
    private record EmgTruth(double scale, double gain) {
    }

    /**
     * @param args work folder, subjects, seed, split, variants
     * @throws IOException if the work folder cannot be listed
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int subjects = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        boolean validation = switch (args[3]) {
            case "study" -> false;
            case "validation" -> true;
            default -> throw new NeuroMskException("split must be study or validation, got " + args[3]);
        };
        Path virtual = work.resolve("virtual");
        if (!Files.isDirectory(virtual)) {
            VirtualSubjects.generate(GeneratorSettings.defaults(subjects, seed).withVerify(false), virtual,
                    System.err::println);
        }
        double emgRate = GeneratorSettings.defaults(1, seed).emgRate();
        MskBackend backend = BackendRegistry.discover().choose("embedded").create();
        VirtualSubjectReader reader = new VirtualSubjectReader(p -> backend.loadModel(p, w -> { }), 100);
        List<Path> folders = VirtualSubjects.subjectFolders(virtual).stream().limit(subjects).toList();
        List<SubjectData> base = new ArrayList<>();
        for (Path folder : folders) {
            SubjectData s = reader.read(folder);
            base.add(validation ? NmmTuning.validationSplit(s)
                    : new SubjectData(s.id(), s.genericModel(), s.coordinate(), s.muscles(), s.measured(), s.training(),
                            List.of(), s.truth()));
        }
        NmmSettings settings = NmmSettings.defaults().withSeed(seed);
        System.out.println("variant subject | F_iso all/surface/deep % | F_iso·s surface/deep % | s surface % | "
                + "generic F_iso/F_iso·s % | moment train/val % | BRA TRImed RMSE | co-contraction ratio | "
                + "signed F_iso % per muscle | signed F_iso·s % | fit s");
        for (int v = 4; v < args.length; v++) {
            String variant = args[v];
            if (variant.equals("linear")) {
                for (int i = 0; i < base.size(); i++) {
                    System.out.print(linear(base.get(i), folders.get(i)));
                }
                continue;
            }
            int brace = variant.indexOf('{');
            String data = brace < 0 ? variant : variant.substring(0, brace);
            NmmSettings overlaid = brace < 0 ? settings : settings.with(variant.substring(brace));
            double[] mean = null;
            for (int i = 0; i < base.size(); i++) {
                SubjectData subject = variant(data, base.get(i), folders.get(i), emgRate, seed);
                long began = System.nanoTime();
                try (FittedNmm fit = NmmFit.fit(subject, overlaid, null)) {
                    double seconds = (System.nanoTime() - began) / 1e9;
                    Score score = score(subject, fit, folders.get(i));
                    System.out.println(variant + " " + subject.id() + String.format(Locale.ROOT, " (%.0f s) ", seconds)
                            + score.line());
                    System.out.flush();
                    if (mean == null) {
                        mean = new double[score.values().length];
                    }
                    for (int k = 0; k < mean.length; k++) {
                        mean[k] += score.values()[k] / base.size();
                    }
                }
            }
            System.out.println(variant + " MEAN of " + base.size() + " " + new Score(mean, "").line());
            System.out.flush();
        }
    }

    /** @return the subject as the variant presents it to the NMM */
    private static SubjectData variant(String variant, SubjectData s, Path folder, double emgRate, long seed) {
        if (variant.equals("default")) {
            return s;
        }
        boolean noisy = variant.equals("all-measured");
        boolean oracle = variant.equals("oracle-hidden");
        if (!noisy && !oracle && !variant.equals("all-clean")) {
            throw new NeuroMskException("unknown variant " + variant
                    + " (default, all-measured, oracle-hidden, all-clean)");
        }
        Path truthFile = truthFile(folder);
        JsonObject root = Json.parseObject(truthFile, Json.readText(truthFile));
        double delay = root.get("emg_delay_s").getAsDouble();
        Map<String, EmgTruth> emg = new HashMap<>();
        for (String m : s.muscles()) {
            JsonObject t = root.getAsJsonObject("muscles").getAsJsonObject(m);
            emg.put(m, new EmgTruth(oracle && DEEP.contains(m) ? 1.0 : t.get("emg_scale").getAsDouble(),
                    t.get("emg_gain_mV").getAsDouble()));
        }
        List<String> replaced = variant.equals("all-clean") ? s.muscles() : DEEP;
        Map<String, Double> scales = new HashMap<>();
        for (String m : s.muscles()) {
            scales.put(m, emg.get(m).scale());
        }
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + s.id().hashCode());
        List<TrialData> training = new ArrayList<>();
        for (TrialData t : s.training()) {
            training.add(withEnvelopes(t, s.muscles(), replaced, emg, delay, noisy, emgRate, folder, rng));
        }
        List<TrialData> heldOut = new ArrayList<>();
        for (TrialData t : s.heldOut()) {
            heldOut.add(withEnvelopes(t, s.muscles(), replaced, emg, delay, noisy, emgRate, folder, rng));
        }
        SubjectData.TrueParameters truth = s.truth();
        SubjectData.TrueParameters withScales = new SubjectData.TrueParameters(truth.maxIsometricForce(),
                truth.optimalFiberLength(), truth.tendonSlackLength(), scales, truth.activationTimeConstant(),
                truth.deactivationTimeConstant(), truth.emgDelay());
        return new SubjectData(s.id(), s.genericModel(), s.coordinate(), s.muscles(), s.muscles(), training, heldOut,
                withScales);
    }

    private static Path truthFile(Path folder) {
        return VirtualSubjectReader.loadFolders(folder).get(0).resolve("true_parameters.json");
    }

    /** @return the trial with envelopes for the replaced muscles made from the true excitations in its file */
    private static TrialData withEnvelopes(TrialData t, List<String> muscles, List<String> replaced,
            Map<String, EmgTruth> emg, double delay, boolean noisy, double emgRate, Path folder,
            SplittableRandom rng) {
        Path file = folder.resolve(t.name() + "_excitations.sto");
        Storage excitations = StorageReader.read(file);
        double[] fileTime = excitations.time();
        int factor = decimation(fileTime, t, file);
        double[][] env = t.envelopes().clone();
        for (int m = 0; m < muscles.size(); m++) {
            String name = muscles.get(m);
            if (!replaced.contains(name)) {
                continue;
            }
            double[] u = excitations.column(name);
            EmgTruth e = emg.get(name);
            double[] atFileRate = noisy ? SyntheticEmg.envelope(fileTime, u, e.gain(), e.scale(), delay, emgRate, rng)
                    : SyntheticEmg.cleanEnvelope(fileTime, u, e.scale(), delay, emgRate);
            double[] out = new double[t.frames()];
            for (int i = 0; i < out.length; i++) {
                out[i] = atFileRate[i * factor];
            }
            env[m] = out;
        }
        return new TrialData(t.name(), t.loadMass(), t.time(), t.angle(), t.speed(), t.acceleration(), t.moment(), env,
                t.lengths(), t.lengtheningSpeeds(), t.momentArms(), t.trueExcitation(), t.trueActivation(), t.model());
    }

    /**
     * @param values {F_iso all, surface, deep, F_iso·s surface, deep, s surface, generic F_iso, generic
     *     F_iso·s surface, moment train, moment validation, BRA RMSE, TRImed RMSE, co-contraction ratio}
     *     (%, RMSE in excitation units, ratio −)
     * @param detail per-muscle signed errors
     */
    private record Score(double[] values, String detail) {
        String line() {
            double[] x = values;
            return String.format(Locale.ROOT, "| %.1f / %.1f / %.1f | %.1f / %.1f | %.1f | %.1f / %.1f | %.2f / %.2f"
                    + " | %.4f %.4f | %.3f | %s", x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8], x[9], x[10],
                    x[11], x[12], detail);
        }
    }

    private static Score score(SubjectData subject, FittedNmm fit, Path folder) {
        Map<String, double[]> v = fit.physicalValues();
        double[] force = v.get("max_isometric_force");
        double[] scale = v.get("emg_scale");
        double[] generic = fit.generic().maxIsometricForces();
        SubjectData.TrueParameters truth = subject.truth();
        double[] out = new double[13];
        Map<String, String> signedForce = new LinkedHashMap<>();
        Map<String, String> signedProduct = new LinkedHashMap<>();
        Map<String, String> fittedScale = new LinkedHashMap<>();
        int surface = 0;
        int deep = 0;
        int deepMeasured = 0;
        int n = subject.muscles().size();
        for (int m = 0; m < n; m++) {
            String name = subject.muscles().get(m);
            double f = truth.maxIsometricForce().get(name);
            double e = Metrics.percentError(force[m], f);
            signedForce.put(name, String.format(Locale.ROOT, "%+.0f", 100 * (force[m] - f) / f));
            fittedScale.put(name, String.format(Locale.ROOT, "%.2f", scale[m]));
            out[0] += e / n;
            Double s = truth.emgScale().get(name);
            boolean measured = subject.measured().contains(name);
            double product = measured && s != null ? Metrics.percentError(force[m] * scale[m], f * s) : Double.NaN;
            if (measured && s != null) {
                double fitted = force[m] * scale[m];
                signedProduct.put(name, String.format(Locale.ROOT, "%+.0f", 100 * (fitted - f * s) / (f * s)));
            }
            if (DEEP.contains(name)) {
                out[2] += e;
                deep++;
                if (!Double.isNaN(product)) {
                    out[4] += product;
                    deepMeasured++;
                }
            } else {
                out[1] += e;
                out[3] += product;
                out[5] += Metrics.percentError(scale[m], s);
                out[7] += Metrics.percentError(generic[m], f * s);
                surface++;
            }
            out[6] += Metrics.percentError(generic[m], f) / n;
        }
        out[1] /= surface;
        out[2] /= deep;
        out[3] /= surface;
        out[4] = deepMeasured == 0 ? Double.NaN : out[4] / deepMeasured;
        out[5] /= surface;
        out[7] /= surface;
        int bra = subject.muscles().indexOf("BRA");
        int tri = subject.muscles().indexOf("TRImed");
        double fitted = 0;
        double actual = 0;
        for (TrialData t : subject.training()) {
            NmmPrediction p = fit.predict(t);
            int k = subject.training().size();
            out[8] += 100 * Metrics.rmse(p.moment(), t.moment()) / Metrics.peak(t.moment()) / k;
            out[10] += Metrics.rmse(p.excitation()[bra], t.trueExcitation()[bra]) / k;
            out[11] += Metrics.rmse(p.excitation()[tri], t.trueExcitation()[tri]) / k;
            double[][] trueForce = trueForces(folder, t, subject.muscles());
            for (int m = 0; m < n; m++) {
                for (int i = 0; i < t.frames(); i++) {
                    fitted += Math.abs(t.momentArms()[m][i] * p.tendonForce()[m][i]);
                    actual += Math.abs(t.momentArms()[m][i] * trueForce[m][i]);
                }
            }
        }
        out[12] = fitted / actual;
        out[9] = Double.NaN;
        if (!subject.heldOut().isEmpty()) {
            out[9] = 0;
            for (TrialData t : subject.heldOut()) {
                NmmPrediction p = fit.predict(t);
                out[9] += 100 * Metrics.rmse(p.moment(), t.moment()) / Metrics.peak(t.moment())
                        / subject.heldOut().size();
            }
        }
        double moved = 0;
        for (int m = 0; m < n; m++) {
            moved += 100 * Math.abs(force[m] / generic[m] - 1) / n;
        }
        return new Score(out, String.format(Locale.ROOT, "| F_iso moved from generic %.1f %% ", moved) + "| F_iso "
                + signedForce + " | F_iso·s " + signedProduct + " | s " + fittedScale);
    }

    /**
     * How well the moment alone determines each muscle's force scale when the excitations are known up to
     * that scale (no network, no prior, no noise): with the true tendon forces F_m(t) and the moment arms
     * r_m(t) of the training frames, the moment with every force scaled by k_m is Σ k_m·r_m·F_m; each
     * frame is divided by its trial's peak inverse-dynamics moment, as in the physics term. Prints the
     * residual of k = 1 (consistency), the cosine similarity of the muscles' moment contributions, and
     * per eigen-direction v of XᵀX (|v| = 1, i.e. an RMS change of k of 1/√7 per muscle scaled to 20 %)
     * the RMS moment change (% of peak) a 20 % RMS change of the k along v causes.
     *
     * @return the report, several lines
     */
    private static String linear(SubjectData subject, Path folder) {
        int n = subject.muscles().size();
        List<double[]> rows = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (TrialData t : subject.training()) {
            double[][] force = trueForces(folder, t, subject.muscles());
            double peak = Metrics.peak(t.moment());
            for (int i = 0; i < t.frames(); i++) {
                double[] row = new double[n];
                for (int m = 0; m < n; m++) {
                    row[m] = t.momentArms()[m][i] * force[m][i] / peak;
                }
                rows.add(row);
                y.add(t.moment()[i] / peak);
            }
        }
        int frames = rows.size();
        double[][] gram = new double[n][n];
        double residual = 0;
        for (int r = 0; r < frames; r++) {
            double[] x = rows.get(r);
            double sum = 0;
            for (int a = 0; a < n; a++) {
                sum += x[a];
                for (int b = 0; b < n; b++) {
                    gram[a][b] += x[a] * x[b] / frames;
                }
            }
            residual += (sum - y.get(r)) * (sum - y.get(r)) / frames;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "linear %s: %d training frames; moment of the true forces vs inverse dynamics: RMS %.2f %% of peak%n",
                subject.id(), frames, 100 * Math.sqrt(residual)));
        out.append("  cosine similarity of the moment contributions r·F ").append(subject.muscles()).append('\n');
        for (int a = 0; a < n; a++) {
            out.append(String.format(Locale.ROOT, "  %-8s", subject.muscles().get(a)));
            for (int b = 0; b < n; b++) {
                out.append(String.format(Locale.ROOT, " %+.3f", gram[a][b] / Math.sqrt(gram[a][a] * gram[b][b])));
            }
            out.append('\n');
        }
        org.apache.commons.math3.linear.EigenDecomposition eigen = new org.apache.commons.math3.linear
                .EigenDecomposition(org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(gram));
        double[] values = eigen.getRealEigenvalues();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double scale = 0.2 * Math.sqrt(n);
        for (int i : order) {
            double[] v = eigen.getEigenvector(i).toArray();
            out.append(String.format(Locale.ROOT, "  direction: moment RMS change %.2f %% of peak for 20 %% RMS "
                    + "change of k; v =", 100 * scale * Math.sqrt(Math.max(0, values[i]))));
            for (int m = 0; m < n; m++) {
                out.append(String.format(Locale.ROOT, " %s %+.2f", subject.muscles().get(m), v[m]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** @return the generator's true tendon forces (N) of the trial, at the trial's frames */
    private static double[][] trueForces(Path folder, TrialData t, List<String> muscles) {
        Storage forces = StorageReader.read(folder.resolve(t.name() + "_muscle_forces.sto"));
        int factor = decimation(forces.time(), t, folder.resolve(t.name() + "_muscle_forces.sto"));
        double[][] out = new double[muscles.size()][t.frames()];
        for (int m = 0; m < muscles.size(); m++) {
            double[] column = forces.column(muscles.get(m));
            for (int i = 0; i < t.frames(); i++) {
                out[m][i] = column[i * factor];
            }
        }
        return out;
    }

    /**
     * @return the step k with file row i·k at the trial's frame i, as {@link VirtualSubjectReader} decimates
     *     (a last odd row is dropped)
     */
    private static int decimation(double[] fileTime, TrialData t, Path file) {
        int factor = (int) Math.round(t.frameStep() / ((fileTime[fileTime.length - 1] - fileTime[0])
                / (fileTime.length - 1)));
        int last = (t.frames() - 1) * factor;
        if (factor < 1 || last >= fileTime.length || Math.abs(fileTime[last] - t.time()[t.frames() - 1]) > 1e-9) {
            throw new NeuroMskException(file + ": " + fileTime.length + " rows do not decimate to the trial's "
                    + t.frames() + " frames");
        }
        return factor;
    }
}
