package org.neuromsk.validation.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.metrics.Agreement;
import org.neuromsk.training.Json;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * A yardstick for the hidden muscles' per-trial correlation in the virtual-subject study: how well an
 * estimate can follow a hidden muscle's true excitation if it gets everything right except the
 * generator's slow co-contraction modulation, a sinusoid of random phase per muscle and subject that no
 * input of any estimator carries (docs/virtual-subjects.md). Per held-out trial (the last of each load)
 * it correlates the true excitation with the same excitation minus the modulation term, level × weight ×
 * (1 + load gain × load) × modulation × sin(2πt / period + phase), each read from the subject's
 * {@code true_parameters.json}. The controller's reaction to the modulation (other muscles' drive) stays
 * in, so this is an approximation of "perfect but for the modulation", not a strict bound.
 */
public final class CoContractionModulation {

    /** The hidden muscles of the study. */
    public static final List<String> HIDDEN = List.of("BRA", "TRImed");

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
     */
    public record Trial(String subject, String load, String muscle, double excitationSd, double modulationSd,
            double r) {
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
        return new Trial(subject, load, muscle, sd(u), sd(modulation), Agreement.pearson(u, without));
    }

    private static double sd(double[] x) {
        return new StandardDeviation().evaluate(x);
    }

    /**
     * @param trials the entries of {@link #run}
     * @param how how the subjects were generated (one line)
     * @return the report (Markdown)
     */
    public static String markdown(List<Trial> trials, String how) {
        StringBuilder b = new StringBuilder("# Hidden muscles without the co-contraction modulation\n\n");
        b.append(how).append(" Per held-out trial (each load's last), Pearson r between a hidden muscle's true excitation"
                + " and the same excitation with the generator's slow co-contraction modulation removed: what an"
                + " estimate could reach if it got everything right except that modulation, whose phase no input"
                + " carries. SD: standard deviations over the trial (excitation, modulation term).\n\n");
        b.append("| subject | load | muscle | excitation SD | modulation SD | r without the modulation |\n"
                + "|---|---|---|---:|---:|---:|\n");
        for (Trial t : trials) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f |%n", t.subject(), t.load(),
                    t.muscle(), t.excitationSd(), t.modulationSd(), t.r()));
        }
        b.append("\nMean over the trials:\n\n| muscle | r without the modulation |\n|---|---:|\n");
        for (String muscle : HIDDEN) {
            double mean = trials.stream().filter(t -> t.muscle().equals(muscle)).mapToDouble(Trial::r).average()
                    .orElse(Double.NaN);
            b.append(String.format(Locale.ROOT, "| %s | %.3f |%n", muscle, mean));
        }
        return b.toString();
    }

    /**
     * @param args report path (default {@code validation/reports/nmm-cocontraction.md}), subjects (default 5),
     *     seed (default 1), work folder for the subjects (default a temporary folder; reused if it already
     *     holds them)
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/nmm-cocontraction.md");
        int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("neuromsk-cocontraction");
        if (!Files.isRegularFile(work.resolve("virtual_subjects.json"))) {
            VirtualSubjects.generate(GeneratorSettings.defaults(subjects, seed).withVerify(false), work,
                    line -> System.err.println("virtual subjects: " + line));
        }
        String how = String.format(Locale.ROOT, "Virtual subjects of `NmmValidation` (%d subjects, seed %d, default"
                + " generator settings), generated by `CoContractionModulation` (validation module).", subjects, seed);
        String text = markdown(run(work), how);
        AtomicFiles.writeText(report, w -> w.write(text));
        System.out.print(text);
    }
}
