package org.neuromsk.validation.imu;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.engine.imu.ImuPlacement;
import org.neuromsk.engine.imu.ImuPlacementSet;
import org.neuromsk.engine.imu.ImuSynthesizer;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.estimator.imu.ExperimentResult;
import org.neuromsk.estimator.imu.ImuEmgExperiment;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.MetricsTable;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * The upper-limb case (the seed paper's setting): virtual elbow subjects ({@link VirtualSubjects}: forward
 * simulated flexion–extension with hand-held loads, synthetic EMG envelopes of BIClong, BICshort, BRD,
 * TRIlong and TRIlat) → virtual 6-axis IMUs on the upper arm and the forearm → the five envelopes. The
 * networks train on the trials of the first subjects and are tested on every trial of the held-out
 * subjects (other muscle parameters and segment sizes, never seen in training); metrics over the pooled
 * test trials, cycles cut between peaks of each true envelope at least {@link #PEAK_SPACING} apart.
 *
 * <p>In the elbow model the humerus is welded to the ground, so the upper-arm IMU reads gravity only;
 * it is kept because that is the sensor set of the paper (on a moving arm it would carry shoulder
 * motion). The hand-held load changes the envelopes but not the motion, so the IMUs cannot tell
 * loads apart: that ambiguity bounds what any IMU-only network can reach here.
 */
public final class ElbowImuEmgValidation {

    /** Least time between cycle peaks of a true envelope (s): movements last 0.9–1.5 s each way. */
    public static final double PEAK_SPACING = 1.0;

    /** Upper-arm IMU: on the humerus, 15 cm below the shoulder, 3 cm in front of its axis. */
    public static final ImuPlacement UPPER_ARM = new ImuPlacement("upperarm_r_imu", "r_humerus",
            new Vec3(0, -0.15, 0.03), Vec3.ZERO);
    /** Forearm IMU: on the forearm, 18 cm distal to the elbow, 2 cm in front of its axis. */
    public static final ImuPlacement FOREARM = new ImuPlacement("forearm_r_imu", "r_forearm",
            new Vec3(0, -0.18, 0.02), Vec3.ZERO);

    private ElbowImuEmgValidation() {
    }

    /**
     * @param result the experiment (its test trial is the pooled held-out series)
     * @param trainTrials training trials
     * @param testTrials test trials
     * @param trainSubjects subjects trained on
     * @param testSubjects held-out subjects
     * @param generationSeconds time to generate the virtual subjects (s)
     */
    public record Outcome(ExperimentResult result, int trainTrials, int testTrials, int trainSubjects,
            int testSubjects, double generationSeconds) {

        /** @return the WaveNet's evaluation */
        public ModelEvaluation waveNet() {
            return result.model(ImuEmgExperiment.WAVENET);
        }

        /** @return the MLP's evaluation */
        public ModelEvaluation mlp() {
            return result.model(ImuEmgExperiment.MLP);
        }
    }

    /**
     * The CI size: 3 subjects (2 trained on, 1 held out), no hand-held load (so the IMUs see everything
     * that changes the envelopes but the subject), 3 trials each, no replay check.
     *
     * @param seed the seed of the subjects and the trials
     * @return the generator settings
     */
    public static GeneratorSettings ciGenerator(long seed) {
        return GeneratorSettings.defaults(3, seed).withLoads(List.of(0.0)).withVerify(false);
    }

    /**
     * The study size: 6 subjects (5 trained on, 1 held out), loads 0, 2 and 4 kg, 3 trials each, no replay check.
     *
     * @param seed the seed of the subjects and the trials
     * @return the generator settings
     */
    public static GeneratorSettings studyGenerator(long seed) {
        return GeneratorSettings.defaults(6, seed).withVerify(false);
    }

    /**
     * Generates the subjects, synthesises the IMUs and trains and tests the WaveNet and the MLP.
     *
     * @param generator the virtual subjects (the last {@code testSubjects} of them are held out)
     * @param testSubjects held-out subjects (≥ 1, fewer than the generated ones)
     * @param settings experiment settings
     * @param work folder for the virtual subjects and the models
     * @param log progress lines
     * @return the outcome
     */
    public static Outcome run(GeneratorSettings generator, int testSubjects, ImuEmgSettings settings, Path work,
            Consumer<String> log) {
        long start = System.nanoTime();
        Path virtual = work.resolve("virtual");
        VirtualSubjects.generate(generator, virtual, line -> { });
        double generationSeconds = (System.nanoTime() - start) / 1e9;
        log.accept(String.format(Locale.ROOT, "elbow: %d virtual subjects generated in %.1f s",
                generator.subjects(), generationSeconds));
        ImuPlacementSet imus = ImuPlacementSet.of(List.of(UPPER_ARM, FOREARM));
        List<ImuEmgTrial> train = new ArrayList<>();
        List<ImuEmgTrial> test = new ArrayList<>();
        int trainSubjects = generator.subjects() - testSubjects;
        for (int s = 1; s <= generator.subjects(); s++) {
            List<ImuEmgTrial> trials = subjectTrials(virtual.resolve(VirtualSubjects.subjectName(s)), imus);
            (s <= trainSubjects ? train : test).addAll(trials);
        }
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, work, line -> log.accept("elbow: " + line));
        int c = train.get(0).imuChannels().size();
        int m = train.get(0).muscles().size();
        ExperimentResult result = experiment.runPooled(train, test,
                List.of(experiment.waveNet(c, m), experiment.mlp(c, m)), PEAK_SPACING);
        return new Outcome(result, train.size(), test.size(), trainSubjects, testSubjects, generationSeconds);
    }

    /** Every trial of one subject (all loads), IMUs synthesised with the subject's nominal model. */
    private static List<ImuEmgTrial> subjectTrials(Path subject, ImuPlacementSet imus) {
        List<ImuEmgTrial> trials = new ArrayList<>();
        for (Path folder : VirtualSubjectReader.loadFolders(subject)) {
            Model model = ModelLoader.load(folder.resolve(VirtualSubjects.NOMINAL_MODEL));
            ImuSynthesizer synthesizer = new ImuSynthesizer(model, imus);
            for (String trial : VirtualSubjectReader.trialNames(folder)) {
                Path coordinates = folder.resolve(trial + "_coordinates.sto");
                var motion = StorageReader.read(coordinates);
                var imu = synthesizer.synthesize(motion, coordinates, ImuSynthesizer.Settings.defaults(), note -> { })
                        .toStorage();
                trials.add(ImuEmgTrial.of(subject.getFileName() + "/" + folder.getFileName() + "/" + trial, imu,
                        StorageReader.read(folder.resolve(trial + "_envelopes.sto")), null));
            }
        }
        return trials;
    }

    /**
     * @param outcome the outcome
     * @param out where to print the summary and the per-muscle table
     */
    public static void print(Outcome outcome, PrintWriter out) {
        out.printf(Locale.ROOT, "elbow: trained on %d trials of %d subjects, tested on %d trials of %d held-out "
                + "subjects%n", outcome.trainTrials(), outcome.trainSubjects(), outcome.testTrials(),
                outcome.testSubjects());
        for (ModelEvaluation m : outcome.result().models()) {
            out.printf(Locale.ROOT, "  %-8s %7d parameters, %3d epochs (best %3d), %6.1f s: mean r %.3f, R2 %.3f, "
                    + "NRMSE %.3f, peak ratio %.3f%n", m.name(), m.parameterCount(), m.epochs(), m.bestEpoch(),
                    m.trainSeconds(), m.meanR(), m.meanR2(), m.meanNrmse(), m.meanPeakRatio());
            ModelEvaluation f = m.firstMember();
            if (f != null) {
                out.printf(Locale.ROOT, "    first member alone: mean r %.3f, R2 %.3f, NRMSE %.3f, peak ratio %.3f%n",
                        f.meanR(), f.meanR2(), f.meanNrmse(), f.meanPeakRatio());
            }
        }
        for (String line : MetricsTable.lines(outcome.result().models())) {
            out.println("  " + line);
        }
        out.flush();
    }

    /**
     * The study size ({@link #studyGenerator}) with the default settings, WaveNet and MLP each an ensemble
     * of {@code --members} seeds (default {@value ImuEmgValidation#STUDY_MEMBERS}); prints the numbers and
     * writes {@code validation/reports/imu-emg-elbow.md}.
     *
     * @param args optional report file, {@code --seed=N} (default 1), {@code --members=N}
     * @throws IOException if the work folder cannot be created
     */
    public static void main(String[] args) throws IOException {
        long seed = 1;
        int members = ImuEmgValidation.STUDY_MEMBERS;
        Path report = Path.of("validation/reports/imu-emg-elbow.md");
        for (String a : args) {
            if (a.startsWith("--seed=")) {
                seed = Long.parseLong(a.substring(7));
            } else if (a.startsWith("--members=")) {
                members = Integer.parseInt(a.substring(10));
            } else {
                report = Path.of(a);
            }
        }
        Path work = Files.createTempDirectory("neuromsk-elbow-imu-emg-");
        ImuEmgSettings settings = ImuEmgSettings.defaults().withSeed(seed).with("{\"members\": " + members + "}");
        Outcome outcome = run(studyGenerator(seed), 1, settings, work, System.err::println);
        print(outcome, new PrintWriter(System.out, true));
        org.neuromsk.io.AtomicFiles.writeText(report.toAbsolutePath(), w -> {
            PrintWriter out = new PrintWriter(w);
            ImuEmgReport.elbow(out, outcome, settings);
            out.flush();
        });
        System.out.println("report: " + report.toAbsolutePath() + "; models and virtual subjects in " + work);
    }
}
