package org.neuromsk.validation.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;
import org.neuromsk.estimator.nmm.report.NmmReport;
import org.neuromsk.estimator.nmm.report.StudyTargets;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * The virtual-subject study of the neural musculoskeletal model (NMM), checked against the issue's
 * targets ({@link StudyTargets}): on the hidden muscles (BRA, TRImed) the NMM's RMSE is at least 30 %
 * lower than muscle synergy extrapolation's and lower than static optimisation's, its correlation is at
 * least 0.9, it reproduces the inverse-dynamics moment within 5 % of peak, and it recovers maximum
 * isometric forces within 10 % and fibre and tendon slack lengths within 5 % on average.
 *
 * <p>{@code main} runs the full study (5 subjects × 3 loads, seed 1) and writes
 * {@code validation/reports/nmm.md}: {@code java … org.neuromsk.validation.nmm.NmmValidation
 * [SUBJECTS [SEED [REPORT]]]}.
 */
public final class NmmValidation {

    private NmmValidation() {
    }

    /**
     * @param result the study's results
     * @param targets the targets and whether they were met
     */
    public record Outcome(StudyResult result, List<NmmReport.Target> targets) {
    }

    /**
     * Generates the subjects and runs the study.
     *
     * @param subjects number of virtual subjects
     * @param seed the seed of the subjects and of every training
     * @param epochs training epochs per NMM, or null for the settings' default
     * @param work folder for the subjects ({@code virtual/}) and outputs ({@code results/})
     * @param log progress lines
     * @return results and targets
     */
    public static Outcome run(int subjects, long seed, Integer epochs, Path work, Consumer<String> log) {
        return run(subjects, seed, epochs, Set.of(NmmStudy.NMM_NO_PHYSICS, NmmStudy.NMM_NO_PERSONALISATION), work,
                log);
    }

    /**
     * Generates the subjects and runs the study with the given ablations only (CI runs just the one
     * without physics).
     *
     * @param subjects number of virtual subjects
     * @param seed the seed of the subjects and of every training
     * @param epochs training epochs per NMM, or null for the settings' default
     * @param ablations ablation method names ({@link NmmStudy#NMM_NO_PHYSICS}, …)
     * @param work folder for the subjects ({@code virtual/}) and outputs ({@code results/})
     * @param log progress lines
     * @return results and targets
     */
    public static Outcome run(int subjects, long seed, Integer epochs, Set<String> ablations, Path work,
            Consumer<String> log) {
        Path virtual = work.resolve("virtual");
        VirtualSubjects.generate(GeneratorSettings.defaults(subjects, seed).withVerify(false), virtual, log);
        NmmStudy.Options d = NmmStudy.Options.defaults(seed);
        NmmStudy.Options options = new NmmStudy.Options(epochs == null ? d.settings()
                : d.settings().withMaxEpochs(epochs), d.synergies(), true, true, d.frameRate(), d.backend());
        StudyResult result = NmmStudy.run(VirtualSubjects.subjectFolders(virtual), options, ablations, work.resolve("results"), log);
        return new Outcome(result, StudyTargets.of(result));
    }

    /**
     * @param outcome the study
     * @param how how it was run (subjects, seed, epochs, time), a Markdown paragraph
     * @param report the Markdown file
     * @return the files written
     */
    public static List<Path> writeReport(Outcome outcome, String how, Path report) {
        String intro = how + "\n\n" + NmmReport.METHODS;
        return NmmReport.write(outcome.result(), outcome.targets(), intro, report);
    }

    /**
     * @param args [subjects (5)] [seed (1)] [report (validation/reports/nmm.md)]
     * @throws IOException if the work folder cannot be created
     */
    public static void main(String[] args) throws IOException {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path report = Path.of(args.length > 2 ? args[2] : "validation/reports/nmm.md");
        Path work = Files.createTempDirectory("nmm-validation");
        long began = System.nanoTime();
        Outcome o = run(subjects, seed, null, work, System.err::println);
        double minutes = (System.nanoTime() - began) / 60e9;
        String how = String.format(Locale.ROOT, "Run by `NmmValidation.main` with %d virtual subject(s), seed %d, "
                + "default settings (%s), on %d core(s) in %.1f min"
                + " (mean NMM training %.1f s per subject).",
                subjects, seed, NmmReport.describe(org.neuromsk.estimator.nmm.NmmSettings.defaults()),
                Runtime.getRuntime().availableProcessors(), minutes,
                o.result().meanTrainingSeconds());
        writeReport(o, how, report);
        System.out.print(o.result().table());
    }
}
