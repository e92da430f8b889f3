package org.neuromsk.validation.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.estimator.nmm.FittedNmm;
import org.neuromsk.estimator.nmm.Metrics;
import org.neuromsk.estimator.nmm.NmmFit;
import org.neuromsk.estimator.nmm.NmmPrediction;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * How the NMM's settings were chosen without touching the held-out trials: per virtual subject the
 * training trials are split again, the first trial of every load for training and the second for
 * validation (the third, held out in the study, is never read into the fit or the score), and every
 * settings variant is trained and scored on the validation trials (and its moment also on the training
 * trials). Prints one summary per variant.
 *
 * <p>Arguments: work folder (subjects are generated into {@code WORK/virtual} unless present),
 * number of subjects, seed, then settings variants as JSON overlays on the defaults (e.g.
 * {@code '{"physicsWeight": 30}'}; {@code '{}'} is the default).
 */
public final class NmmTuning {

    private NmmTuning() {
    }

    /**
     * @param subject a subject read by {@link VirtualSubjectReader}
     * @return the same subject with its training trials split: the first of every load to train on, the
     *     rest as validation; the study's held-out trials are dropped
     */
    public static SubjectData validationSplit(SubjectData subject) {
        List<TrialData> train = new ArrayList<>();
        List<TrialData> validation = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        for (TrialData t : subject.training()) {
            if (seen.contains(t.loadMass())) {
                validation.add(t);
            } else {
                seen.add(t.loadMass());
                train.add(t);
            }
        }
        return new SubjectData(subject.id(), subject.genericModel(), subject.coordinate(), subject.muscles(),
                subject.measured(), train, validation, subject.truth());
    }

    /**
     * @param args work folder, subjects, seed, settings overlays
     * @throws IOException if the work folder cannot be listed
     */
    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int subjects = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Path virtual = work.resolve("virtual");
        if (!Files.isDirectory(virtual)) {
            VirtualSubjects.generate(GeneratorSettings.defaults(subjects, seed).withVerify(false), virtual,
                    System.err::println);
        }
        MskBackend backend = BackendRegistry.discover().choose("embedded").create();
        VirtualSubjectReader reader = new VirtualSubjectReader(p -> backend.loadModel(p, w -> { }), 100);
        List<SubjectData> data = new ArrayList<>();
        for (Path folder : VirtualSubjects.subjectFolders(virtual).stream().limit(subjects).toList()) {
            data.add(validationSplit(reader.read(folder)));
        }
        for (int v = 3; v < args.length; v++) {
            NmmSettings settings = NmmSettings.defaults().withSeed(seed).with(args[v]);
            double[] sums = new double[9];
            for (SubjectData subject : data) {
                try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
                    double[] row = score(subject, fit);
                    for (int i = 0; i < row.length; i++) {
                        sums[i] += row[i] / data.size();
                    }
                }
            }
            System.out.printf(Locale.ROOT, "variant %s: validation BRA RMSE %.4f r %.3f, TRImed RMSE %.4f r %.3f;"
                    + " moment %% of peak: training %.2f, validation %.2f (0 kg %.2f, loaded %.2f);"
                    + " F_iso error %.1f %%%n", args[v], sums[0], sums[1], sums[2], sums[3], sums[4],
                    sums[5], sums[6], sums[7], sums[8]);
            System.out.flush();
        }
    }

    /**
     * @return {BRA RMSE, BRA r, TRImed RMSE, TRImed r (validation, mean over trials), training moment %,
     *     validation moment %, validation moment % at 0 kg, loaded, F_iso error %}
     */
    private static double[] score(SubjectData subject, FittedNmm fit) {
        double[] out = new double[9];
        int bra = subject.muscles().indexOf("BRA");
        int tri = subject.muscles().indexOf("TRImed");
        int zero = 0;
        int loaded = 0;
        for (TrialData t : subject.heldOut()) {
            NmmPrediction p = fit.predictNew(t);
            int n = subject.heldOut().size();
            out[0] += Metrics.rmse(p.excitation()[bra], t.trueExcitation()[bra]) / n;
            out[1] += zeroIfNaN(Metrics.pearson(p.excitation()[bra], t.trueExcitation()[bra])) / n;
            out[2] += Metrics.rmse(p.excitation()[tri], t.trueExcitation()[tri]) / n;
            out[3] += zeroIfNaN(Metrics.pearson(p.excitation()[tri], t.trueExcitation()[tri])) / n;
            double moment = 100 * Metrics.rmse(p.moment(), t.moment()) / Metrics.peak(t.moment());
            out[5] += moment / n;
            if (t.loadMass() == 0) {
                out[6] += moment;
                zero++;
            } else {
                out[7] += moment;
                loaded++;
            }
        }
        out[6] /= Math.max(1, zero);
        out[7] /= Math.max(1, loaded);
        for (TrialData t : subject.training()) {
            NmmPrediction p = fit.predict(t);
            out[4] += 100 * Metrics.rmse(p.moment(), t.moment()) / Metrics.peak(t.moment()) / subject.training().size();
        }
        double[] force = fit.physicalValues().get("max_isometric_force");
        for (int m = 0; m < subject.muscles().size(); m++) {
            out[8] += Metrics.percentError(force[m], subject.truth().maxIsometricForce().get(subject.muscles().get(m)))
                    / subject.muscles().size();
        }
        return out;
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
