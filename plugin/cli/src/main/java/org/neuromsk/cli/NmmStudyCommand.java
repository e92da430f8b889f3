package org.neuromsk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;
import org.neuromsk.estimator.nmm.report.NmmReport;
import org.neuromsk.estimator.nmm.report.StudyTargets;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk nmm-study}: the virtual-subject study of the neural musculoskeletal model end to
 * end. Generates the subjects, personalises and trains the NMM per subject (with its ablations),
 * runs muscle synergy extrapolation and static optimisation, evaluates everything on the held-out
 * trials and prints the summary table as the last lines.
 */
@Command(name = "nmm-study", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the virtual-subject study of the neural musculoskeletal model (NMM): generates N subjects "
                + "on the NeuroMSK elbow model (loads 0, 2, 4 kg, 3 trials each; the last trial of each load is held "
                + "out), personalises and trains the NMM per subject, its ablations (without the physics term, "
                + "without personalisation), muscle synergy extrapolation (MSE) and static optimisation (SO).",
            "Prints as its last lines the hidden-muscle (BRA, TRImed) RMSE and correlation of every method, the "
                + "NMM's joint-moment RMSE (%% of peak) and its parameter recovery. The same --seed gives the same "
                + "numbers; another seed gives other subjects."})
final class NmmStudyCommand implements Callable<Integer> {

    @Option(names = "--subjects", required = true, paramLabel = "N", description = "number of virtual subjects")
    private int subjects;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "seed of the subjects and the training")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "output folder (default: a new temporary folder): virtual/ holds the subjects, results/ "
                    + "the trained models, personalised .osim files, estimated envelopes and moments, study.txt and the "
                    + "report (report.html, report.md, figures in report/)")
    private Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "training epochs of each NMM (default: the settings')")
    private Integer epochs;

    @Option(names = "--refine-epochs", paramLabel = "N",
            description = "passes of test-time refinement on each held-out trial before it is predicted, 0 for none "
                    + "(default: the settings')")
    private Integer refineEpochs;

    @Option(names = "--no-ablations", description = "skip the two ablations")
    private boolean noAblations;

    @Mixin
    private CoContractionOption coContraction;

    @Option(names = "--threads", paramLabel = "N",
            description = "generator threads (default: available processors); results do not depend on it")
    private Integer threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (subjects < 1 || subjects > GeneratorSettings.MAX_SUBJECTS) {
            throw new NeuroMskException("--subjects must be 1 to " + GeneratorSettings.MAX_SUBJECTS + ", got " + subjects);
        }
        if (epochs != null && epochs < 1) {
            throw new NeuroMskException("--epochs must be at least 1, got " + epochs);
        }
        if (refineEpochs != null && refineEpochs < 0) {
            throw new NeuroMskException("--refine-epochs must be at least 0, got " + refineEpochs);
        }
        if (threads != null && threads < 1) {
            throw new NeuroMskException("--threads must be at least 1, got " + threads);
        }
        // every setting is built before the (long) generation, so that a bad one stops at once
        NmmStudy.Options defaults = NmmStudy.Options.defaults(seed);
        NmmSettings settings = epochs == null ? defaults.settings() : defaults.settings().withMaxEpochs(epochs);
        if (refineEpochs != null) {
            settings = settings.with("{\"refineEpochs\": " + refineEpochs + "}");
        }
        GeneratorSettings generator = GeneratorSettings.defaults(subjects, seed).withVerify(false)
                .withCoContraction(coContraction.mode());
        if (threads != null) {
            generator = generator.withThreads(threads);
        }
        if (out != null) {
            AtomicFiles.checkWritableFolder(out); // before the minutes of generation and training, not after them
        }
        boolean outExisted = out != null && Files.exists(out);
        Path folder = out != null ? out : Files.createTempDirectory("neuromsk-nmm-study");
        try {
            return run(generator, new NmmStudy.Options(settings, defaults.synergies(), !noAblations, true,
                    defaults.frameRate(), defaults.backend()), folder);
        } catch (IOException | RuntimeException e) {
            if (!outExisted) {
                AtomicFiles.deleteTreeQuietly(folder); // a failed run leaves no output folder it created
            }
            throw e;
        }
    }

    private int run(GeneratorSettings generator, NmmStudy.Options options, Path folder) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path virtual = folder.resolve("virtual");
        Path results = folder.resolve("results");
        err.println("neuromsk: generating " + subjects + " virtual subject(s) in " + virtual);
        err.flush();
        long began = System.nanoTime();
        VirtualSubjects.generate(generator, virtual, StatusLog.to(err));
        StudyResult result = NmmStudy.run(VirtualSubjects.subjectFolders(virtual), options, results, StatusLog.to(err));
        String table = result.table();
        AtomicFiles.writeText(results.resolve("study.txt"), w -> w.write(table));
        String how = String.format(Locale.ROOT, "Run by `neuromsk nmm-study --subjects %d --seed %d` (%s; %s), "
                + "generation, training and evaluation in %.1f min on %d core(s), mean NMM training %.1f s per subject.",
                subjects, seed, NmmReport.describe(options.settings()), noAblations ? "no ablations" : "with both ablations",
                (System.nanoTime() - began) / 60e9, Runtime.getRuntime().availableProcessors(),
                result.meanTrainingSeconds());
        NmmReport.write(result, StudyTargets.of(result), how + "\n\n" + NmmReport.METHODS, results.resolve("report.md"));
        err.println(String.format(Locale.ROOT, "neuromsk: mean NMM training time %.1f s per subject; results in %s "
                + "(report.html)", result.meanTrainingSeconds(), results));
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.print(table);
        o.flush();
        return 0;
    }
}
