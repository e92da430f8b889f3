package org.neuromsk.validation.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonObject;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.metrics.Agreement;
import org.neuromsk.training.Json;
import org.neuromsk.virtual.CoContractionMode;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * Three yardsticks for the hidden muscles' per-trial correlation in the virtual-subject study, per held-out
 * trial (the last of each load):
 * <ul>
 * <li><b>without the modulation</b>: how well an estimate can follow a hidden muscle's true excitation if
 *     it gets everything right except the generator's slow co-contraction modulation
 *     (docs/virtual-subjects.md). It correlates the true excitation with the same excitation minus the
 *     modulation term, level × weight × (1 + load gain × load) × modulation × sin(2πt / period + phase),
 *     each read from the subject's {@code true_parameters.json}. The controller's reaction to the
 *     modulation (other muscles' drive) stays in, so this approximates "perfect but for the modulation";
 *     it is not a strict bound. It measures what an estimator loses when the modulation's phase is the
 *     muscle's own (per-muscle mode).</li>
 * <li><b>from the measured muscles</b>: the hidden muscle's true excitation regressed by least squares
 *     (with intercept, on the trial itself) on the true excitations of the measured muscles on its side of
 *     the joint ({@link #PREDICTORS}), and r of the fit. It measures how much of the hidden muscle's
 *     variation the measured muscles carry at all, modulation included: in shared mode their common
 *     co-activation command shows in the surface muscles. With fitted weights this is generous: three
 *     flexors' sinusoids of one period but any phases span every phase, so BRA is fitted in both modes.</li>
 * <li><b>with their sum</b>: r of the hidden muscle's true excitation with the plain sum of the same
 *     measured muscles' true excitations: no weights fitted, so a modulation of its own phase shows.</li>
 * </ul>
 */
public final class CoContractionModulation {

    /** The hidden muscles of the study. */
    public static final List<String> HIDDEN = List.of("BRA", "TRImed");

    /** Per hidden muscle, the measured muscles on its side of the joint (flexors, extensors). */
    public static final Map<String, List<String>> PREDICTORS = Map.of("BRA", List.of("BIClong", "BICshort", "BRD"),
            "TRImed", List.of("TRIlong", "TRIlat"));

    private CoContractionModulation() {
    }

    /**
     * One held-out trial.
     *
     * @param subject subject folder name
     * @param load load folder name (e.g. {@code 2kg})
     * @param muscle hidden muscle
     * @param excitationSd standard deviation of its true excitation over the trial (-)
     * @param modulationSd standard deviation of the modulation term (-)
     * @param r Pearson r of the excitation without the modulation against the true excitation
     * @param regressionR Pearson r of the true excitation against its least-squares fit from the measured
     *     muscles' true excitations ({@link #PREDICTORS}, with intercept)
     * @param sumR Pearson r of the true excitation against the sum of those measured muscles' true excitations
     */
    public record Trial(String subject, String load, String muscle, double excitationSd, double modulationSd,
            double r, double regressionR, double sumR) {
    }

    /**
     * @param virtual a folder written by {@code neuromsk virtual-subjects} (subject folders, each with load
     *     folders holding {@code true_parameters.json} and {@code trialNN_excitations.sto})
     * @return one entry per subject, load and hidden muscle, for each load's last trial
     */
    public static List<Trial> run(Path virtual) {
        List<Trial> out = new ArrayList<>();
        for (Path subject : VirtualSubjects.subjectFolders(virtual)) {
            for (Path load : VirtualSubjectReader.loadFolders(subject)) {
                Path truthFile = load.resolve("true_parameters.json");
                if (!Files.isRegularFile(truthFile)) {
                    continue;
                }
                List<String> trials = VirtualSubjectReader.trialNames(load);
                Storage excitations = StorageReader.read(load.resolve(trials.get(trials.size() - 1) + "_excitations.sto"));
                JsonObject truth = Json.parseObject(truthFile, Json.readText(truthFile));
                for (String muscle : HIDDEN) {
                    out.add(trial(subject.getFileName().toString(), load.getFileName().toString(), muscle, truth,
                            excitations));
                }
            }
        }
        return out;
    }

    private static Trial trial(String subject, String load, String muscle, JsonObject truth, Storage excitations) {
        JsonObject cc = truth.getAsJsonObject("co_contraction");
        JsonObject m = truth.getAsJsonObject("muscles").getAsJsonObject(muscle);
        double baseline = cc.get("level").getAsDouble() * m.get("co_contraction_weight").getAsDouble()
                * (1 + cc.get("load_gain_per_kg").getAsDouble() * truth.get("load_mass_kg").getAsDouble());
        double amplitude = cc.get("modulation").getAsDouble();
        double period = cc.get("period_s").getAsDouble();
        double phase = m.get("co_contraction_phase_rad").getAsDouble();
        double[] time = excitations.time();
        double[] u = excitations.column(muscle);
        double[] modulation = new double[u.length];
        double[] without = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            modulation[i] = baseline * amplitude * Math.sin(2 * Math.PI * time[i] / period + phase);
            without[i] = u[i] - modulation[i];
        }
        return new Trial(subject, load, muscle, sd(u), sd(modulation), Agreement.pearson(u, without),
                Agreement.pearson(u, fromMeasured(excitations, muscle)), Agreement.pearson(u, sumOfMeasured(excitations,
                muscle)));
    }

    /** @return the sum of the excitations of the muscle's side's measured muscles */
    private static double[] sumOfMeasured(Storage excitations, String muscle) {
        double[] sum = new double[excitations.rowCount()];
        for (String p : PREDICTORS.get(muscle)) {
            double[] c = excitations.column(p);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }

    /** @return the least-squares fit of the muscle's excitation on its side's measured muscles, with intercept */
    private static double[] fromMeasured(Storage excitations, String muscle) {
        List<String> predictors = PREDICTORS.get(muscle);
        double[] y = excitations.column(muscle);
        double[][] x = new double[y.length][predictors.size()];
        for (int j = 0; j < predictors.size(); j++) {
            double[] c = excitations.column(predictors.get(j));
            for (int i = 0; i < y.length; i++) {
                x[i][j] = c[i];
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(); // with intercept
        ols.newSampleData(y, x);
        double[] residuals = ols.estimateResiduals();
        double[] fit = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            fit[i] = y[i] - residuals[i];
        }
        return fit;
    }

    private static double sd(double[] x) {
        return new StandardDeviation().evaluate(x);
    }

    /**
     * @param byMode the entries of {@link #run} for the subjects generated in each co-contraction mode
     * @param how how the subjects were generated (one line)
     * @return the report (Markdown)
     */
    public static String markdown(Map<CoContractionMode, List<Trial>> byMode, String how) {
        StringBuilder b = new StringBuilder("# Hidden muscles and the co-contraction modulation\n\n");
        b.append(how).append(" Per held-out trial (each load's last) and hidden muscle, three Pearson r against its true"
                + " excitation: **without the modulation**, the same excitation with the generator's slow"
                + " co-contraction modulation removed (what an estimate could reach if it got everything right except"
                + " that modulation); **from the measured muscles**, its least-squares fit (with intercept, on the"
                + " trial itself) from the true excitations of the measured muscles on its side (BRA from BIClong,"
                + " BICshort, BRD; TRImed from TRIlong, TRIlat): how much of its variation the measured muscles carry"
                + " (generous: with weights fitted on the trial, three same-period sinusoids of any phases fit a"
                + " fourth); **with their sum**, r with the plain sum of those measured muscles' true excitations, no"
                + " weight fitted."
                + " SD: standard deviations over the trial (excitation, modulation term). Co-contraction modes"
                + " (docs/virtual-subjects.md): **shared**, one modulation phase for all of a subject's muscles (the"
                + " default since session 8); **per-muscle**, a phase per muscle (the generator before). Both modes"
                + " give a seed the same muscle parameters, weights and trial designs.\n");
        for (Map.Entry<CoContractionMode, List<Trial>> e : byMode.entrySet()) {
            List<Trial> trials = e.getValue();
            b.append("\n## Co-contraction ").append(e.getKey().label()).append("\n\n");
            b.append("| subject | load | muscle | excitation SD | modulation SD | r without the modulation"
                    + " | r from the measured muscles | r with their sum |\n|---|---|---|---:|---:|---:|---:|---:|\n");
            for (Trial t : trials) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                        t.subject(), t.load(), t.muscle(), t.excitationSd(), t.modulationSd(), t.r(), t.regressionR(),
                        t.sumR()));
            }
            b.append("\nMean over the trials:\n\n| muscle | r without the modulation | r from the measured muscles"
                    + " | r with their sum |\n|---|---:|---:|---:|\n");
            for (String muscle : HIDDEN) {
                b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", muscle,
                        mean(trials, muscle, Trial::r), mean(trials, muscle, Trial::regressionR),
                        mean(trials, muscle, Trial::sumR)));
            }
        }
        return b.toString();
    }

    private static double mean(List<Trial> trials, String muscle, java.util.function.ToDoubleFunction<Trial> f) {
        return trials.stream().filter(t -> t.muscle().equals(muscle)).mapToDouble(f).average().orElse(Double.NaN);
    }

    /**
     * @param args report path (default {@code validation/reports/nmm-cocontraction.md}), subjects (default 5),
     *     seed (default 1), work folder for the subjects (default a temporary folder; its {@code shared} and
     *     {@code per-muscle} subfolders are reused if they already hold them)
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/nmm-cocontraction.md");
        int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("neuromsk-cocontraction");
        Map<CoContractionMode, List<Trial>> byMode = new LinkedHashMap<>();
        for (CoContractionMode mode : CoContractionMode.values()) {
            Path folder = work.resolve(mode.label());
            if (!Files.isRegularFile(folder.resolve("virtual_subjects.json"))) {
                VirtualSubjects.generate(GeneratorSettings.defaults(subjects, seed).withVerify(false)
                        .withCoContraction(mode), folder, line -> System.err.println("virtual subjects: " + line));
            }
            byMode.put(mode, run(folder));
        }
        String how = String.format(Locale.ROOT, "Virtual subjects of `NmmValidation` (%d subjects, seed %d, default"
                + " generator settings but for the co-contraction mode), generated by `CoContractionModulation`"
                + " (validation module).", subjects, seed);
        String text = markdown(byMode, how);
        AtomicFiles.writeText(report, w -> w.write(text));
        System.out.print(text);
    }
}
