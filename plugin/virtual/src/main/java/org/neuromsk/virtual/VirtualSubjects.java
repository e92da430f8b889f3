package org.neuromsk.virtual;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neuromsk.emg.EmgSignals;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Generates virtual subjects and their trials into a folder:
 * <pre>
 * OUT/elbow.osim                          the nominal model
 * OUT/virtual_subjects.json               settings and every trial's consistency measures
 * OUT/subjectNN/&lt;m&gt;kg/nominal_model.osim  the nominal model holding m kg (estimator input)
 * OUT/subjectNN/&lt;m&gt;kg/true_model.osim     the subject's true model holding m kg (truth)
 * OUT/subjectNN/&lt;m&gt;kg/true_parameters.json
 * OUT/subjectNN/&lt;m&gt;kg/trialNN_coordinates.sto, _id.sto, _excitations.sto, _activations.sto,
 *                       _states.sto, _muscle_forces.sto, _envelopes.sto
 * </pre>
 * Inputs an estimator may use: the nominal model, coordinates, inverse dynamics and envelopes (and the
 * load). Everything else is truth. Subject × load tasks run in parallel; each uses only its own random
 * streams, so the files do not depend on the thread count or scheduling.
 */
public final class VirtualSubjects {

    /** Name of the bundled elbow model resource (a copy of {@code models-osim/elbow.osim}). */
    static final String BUNDLED_MODEL = "elbow.osim";
    /** The subject's model with its true parameters and the load (truth). */
    public static final String TRUE_MODEL = "true_model.osim";
    /** The nominal model with the load (what an estimator may start from). */
    public static final String NOMINAL_MODEL = "nominal_model.osim";
    /** A subject folder's name: {@code subject} and the subject number ({@link #subjectName}). */
    private static final Pattern SUBJECT_FOLDER = Pattern.compile("subject[0-9]+");

    private VirtualSubjects() {
    }

    /**
     * @param index subject number, from 1
     * @return its folder name: {@code subject01} … {@code subject99}, then {@code subject100} …
     */
    public static String subjectName(int index) {
        return String.format(Locale.ROOT, "subject%02d", index);
    }

    /**
     * @param out a folder the generator wrote
     * @return its subject folders ({@code subject} and a number), by subject number: subject99 before
     *     subject100, where a name sort would put subject100 before subject11
     * @throws NeuroMskException if it cannot be listed or holds no subject folder
     */
    public static List<Path> subjectFolders(Path out) {
        try (Stream<Path> s = Files.list(out)) {
            List<Path> folders = s.filter(p -> Files.isDirectory(p) && SUBJECT_FOLDER.matcher(name(p)).matches())
                    .sorted(Comparator.comparing((Path p) -> subjectNumber(name(p))).thenComparing(VirtualSubjects::name))
                    .toList();
            if (folders.isEmpty()) {
                throw new NeuroMskException(out + ": no subject folders (subjectNN) of the virtual-subject generator");
            }
            return folders;
        } catch (IOException e) {
            throw new NeuroMskException(out + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    /** @return the number of a {@link #SUBJECT_FOLDER} name (any number of digits) */
    private static BigInteger subjectNumber(String folderName) {
        return new BigInteger(folderName.substring("subject".length()));
    }

    /**
     * @param index trial number, from 1
     * @return its name, {@code trial01}
     */
    static String trialName(int index) {
        return String.format(Locale.ROOT, "trial%02d", index);
    }

    /**
     * @param settings what to generate
     * @param out the output folder (created; files in it are replaced)
     * @param log receives one line per finished subject × load
     * @return the measures
     * @throws NeuroMskException for an output folder inside the shared reference data, a base model that
     *     is not an elbow model with the expected muscles, a load heavier than it can hold ({@link LoadLimit};
     *     only the base model is written then), or a failed simulation
     */
    public static GenerationReport generate(GeneratorSettings settings, Path out, Consumer<String> log) {
        long start = System.nanoTime();
        refuseSharedData(out);
        String baseText = baseModelText(settings);
        checkLoads(settings, baseText); // before anything is written or simulated
        Path base = out.resolve(BUNDLED_MODEL);
        AtomicFiles.writeText(base, w -> w.write(baseText));
        Model nominal = ModelLoader.load(base);
        SubjectSampler sampler = new SubjectSampler(nominal, settings.ranges(), settings.coContraction());
        List<SubjectTruth> subjects = new ArrayList<>();
        for (int s = 1; s <= settings.subjects(); s++) {
            subjects.add(sampler.draw(settings.seed(), s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "virtual-subjects");
            t.setDaemon(true);
            return t;
        });
        List<Future<List<TrialReport>>> futures = new ArrayList<>();
        try {
            for (SubjectTruth subject : subjects) {
                for (double load : settings.loads()) {
                    futures.add(pool.submit(() -> {
                        List<TrialReport> r = subjectLoad(settings, base, subject, load, out);
                        log.accept(String.format(Locale.ROOT, "%s %s: %d trial(s) written", subject.id(),
                                LoadNames.label(load), r.size()));
                        return r;
                    }));
                }
            }
            List<TrialReport> reports = new ArrayList<>();
            for (Future<List<TrialReport>> f : futures) {
                reports.addAll(f.get());
            }
            GenerationReport report = new GenerationReport(settings, reports, (System.nanoTime() - start) / 1e9);
            AtomicFiles.writeText(out.resolve("virtual_subjects.json"), w -> w.write(JsonText.of(report.manifest())));
            return report;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new NeuroMskException("virtual subject generation failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NeuroMskException("virtual subject generation was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes one subject × load: model, truth, and every trial's files. */
    static List<TrialReport> subjectLoad(GeneratorSettings settings, Path base, SubjectTruth subject, double load,
            Path out) {
        String folderName = subject.id() + "/" + LoadNames.label(load);
        Path folder = out.resolve(subject.id()).resolve(LoadNames.label(load));
        SubjectModel model = SubjectModel.write(base, subject, load, folder.resolve(TRUE_MODEL));
        SubjectModel.writeNominal(base, load, folder.resolve(NOMINAL_MODEL));
        TrialSimulation simulation = new TrialSimulation(model, subject, settings.sampleRate(), settings.integrator());
        SyntheticEmg emg = new SyntheticEmg(subject, settings.emgRate());
        long grams = Math.round(load * 1000);
        List<TrialDesign> designs = new ArrayList<>();
        List<TrialReport> reports = new ArrayList<>();
        for (int i = 1; i <= settings.trialsPerLoad(); i++) {
            TrialDesign design = TrialDesign.draw(Seeds.stream(settings.seed(), TrialDesign.TRIAL_STREAM,
                    subject.index(), grams, i));
            designs.add(design);
            SimulatedTrial trial = simulation.run(design);
            String name = trialName(i);
            Storage coordinates = TrialTables.coordinates(trial);
            Storage excitations = TrialTables.excitations(trial);
            Storage id = TrialChecks.inverseDynamics(model, coordinates);
            EmgSignals envelopes = emg.envelopes(trial, Seeds.stream(settings.seed(), SyntheticEmg.EMG_STREAM,
                    subject.index(), grams, i));
            write(folder, name, "coordinates", coordinates);
            write(folder, name, "id", id);
            write(folder, name, "excitations", excitations);
            write(folder, name, "activations", TrialTables.activations(trial));
            write(folder, name, "states", trial.states());
            write(folder, name, "muscle_forces", TrialTables.muscleForces(trial));
            write(folder, name, "envelopes", envelopes.toStorage("Envelopes"));
            double replay = Double.NaN;
            if (settings.verify()) {
                replay = TrialChecks.replayError(model, read(folder, name, "excitations"), read(folder, name, "states"),
                        read(folder, name, "coordinates"), settings.integrator());
            }
            reports.add(new TrialReport(subject.id(), load, name, folderName, design.duration(), trial.sampleCount(),
                    trial.evaluations(), trackingRms(trial), replay, TrialChecks.torqueAgreement(trial, id),
                    TrialChecks.envelopeAgreement(subject, trial, envelopes),
                    TrialChecks.staticOptimization(model, trial, coordinates)));
        }
        AtomicFiles.writeText(folder.resolve("true_parameters.json"),
                w -> w.write(JsonText.of(TruthJson.of(subject, load, designs))));
        return reports;
    }

    private static double trackingRms(SimulatedTrial trial) {
        double sum = 0;
        for (int k = 0; k < trial.sampleCount(); k++) {
            double e = Math.toDegrees(trial.angle()[k] - trial.design().target(trial.time()[k])[0]);
            sum += e * e;
        }
        return Math.sqrt(sum / trial.sampleCount());
    }

    private static void write(Path folder, String trial, String what, Storage table) {
        StorageWriter.write(table, folder.resolve(trial + "_" + what + ".sto"));
    }

    private static Storage read(Path folder, String trial, String what) {
        return StorageReader.read(folder.resolve(trial + "_" + what + ".sto"));
    }

    private static String baseModelText(GeneratorSettings settings) {
        if (settings.baseModel().isPresent()) {
            Path file = settings.baseModel().get();
            if (Files.isDirectory(file)) {
                throw new NeuroMskException(file + ": is a folder, expected the elbow model (.osim)");
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new NeuroMskException(file + ": no such file");
            } catch (IOException e) {
                throw new NeuroMskException(file + ": cannot read the elbow model: " + e.getMessage(), e);
            }
        }
        try {
            try (InputStream in = VirtualSubjects.class.getResourceAsStream(BUNDLED_MODEL)) {
                if (in == null) {
                    throw new NeuroMskException("the bundled elbow model " + BUNDLED_MODEL + " is missing from "
                            + "the neuromsk-virtual jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new NeuroMskException("cannot read the elbow model: " + e.getMessage(), e);
        }
    }

    /** Checks the loads against the base model's text, named as the given file or as the bundled model. */
    private static void checkLoads(GeneratorSettings settings, String baseText) {
        Path source = settings.baseModel().orElse(Path.of("models-osim", BUNDLED_MODEL));
        String label = settings.baseModel().map(Path::toString).orElse("models-osim/" + BUNDLED_MODEL + " (bundled)");
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.read(source,
                new ByteArrayInputStream(baseText.getBytes(StandardCharsets.UTF_8))).as(org.neuromsk.io.osim.Model.class);
        LoadLimit.of(doc, label).check(settings.loads());
    }

    private static void refuseSharedData(Path out) {
        Path data = SharedData.directory();
        if (out.toAbsolutePath().normalize().startsWith(data)) {
            throw new NeuroMskException("refusing to write virtual subjects into the shared reference data folder "
                    + data + "; choose another output folder");
        }
    }
}
