package org.neuromsk.validation.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.estimator.nmm.FittedNmm;
import org.neuromsk.estimator.nmm.NmmFit;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * Wall time to personalise and train the NMM of one virtual subject on all its loads (0, 2, 4 kg; two
 * training trials each), target under 2 min on 2 cores. Generates the subject first (not timed), reads
 * it (geometry from the embedded backend, timed separately) and trains with the default settings.
 *
 * <p>{@code java … org.neuromsk.validation.benchmark.NmmBenchmark [SEED]}
 */
public final class NmmBenchmark {

    private NmmBenchmark() {
    }

    /**
     * @param args [seed (1)]
     * @throws IOException if the work folder cannot be created
     */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        Path work = Files.createTempDirectory("nmm-benchmark");
        VirtualSubjects.generate(GeneratorSettings.defaults(1, seed).withVerify(false), work, line -> { });
        TorchRuntime.engine();
        long t0 = System.nanoTime();
        MskBackend backend = BackendRegistry.discover().choose("embedded").create();
        SubjectData subject = new VirtualSubjectReader(p -> backend.loadModel(p, w -> { }), 100)
                .read(work.resolve("subject01"));
        long t1 = System.nanoTime();
        NmmSettings settings = NmmSettings.defaults().withSeed(seed);
        try (FittedNmm fit = NmmFit.fit(subject, settings, null)) {
            long t2 = System.nanoTime();
            int frames = subject.training().stream().mapToInt(t -> t.frames()).sum();
            System.out.printf(Locale.ROOT, "NMM benchmark: %d training trials, %d frames at 100 Hz, %d epochs, "
                    + "%d core(s), PyTorch threads %d%n", subject.training().size(), frames, settings.maxEpochs(),
                    Runtime.getRuntime().availableProcessors(), TorchRuntime.threads());
            System.out.printf(Locale.ROOT, "reading + geometry %.1f s; personalise + train %.1f s; total %.1f s "
                    + "(target < 120 s)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9);
            TrialData trial = subject.heldOut().get(0);
            long t3 = System.nanoTime();
            fit.predict(trial);
            long t4 = System.nanoTime();
            fit.predictNew(trial);
            long t5 = System.nanoTime();
            System.out.printf(Locale.ROOT, "a new trial of %.1f s (%d frames): predicted as trained %.2f s, with %d "
                    + "epochs of test-time refinement %.1f s%n", trial.frames() * trial.frameStep(), trial.frames(),
                    (t4 - t3) / 1e9, settings.refineEpochs(), (t5 - t4) / 1e9);
        }
    }
}
