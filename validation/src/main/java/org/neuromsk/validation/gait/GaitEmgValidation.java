package org.neuromsk.validation.gait;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.ParkAndParkTable1;
import org.neuromsk.estimator.gait.ParkReproduction;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;
import org.neuromsk.io.SharedData;
import org.neuromsk.metrics.MuscleMetrics;
import org.neuromsk.report.GaitEmgReport;

/**
 * Park &amp; Park's experiment on the CEINMS-RT walks at 3.6 and 4.5 km/h, both directions, with the
 * issue's targets: on the held-out speed the torque-based model beats their Table 1 on every muscle,
 * and our improved model reaches a mean ensemble R² of {@value #IMPROVED_MEAN_TARGET}.
 *
 * <p>Run {@code scripts/validate-gait-emg} (or this class's {@code main} with the report path) to write
 * {@code validation/reports/gait-emg.md} and its plots under {@code validation/reports/gait-emg/}.
 */
public final class GaitEmgValidation {

    /** Trial folders, relative to the shared data. */
    public static final String DATA = "ceinms-rt-lowerlimb/data";
    /** The two speeds. */
    public static final List<String> TRIALS = List.of("walk36", "walk45");
    /** The Rajagopal walk (another subject and model), relative to the shared data. */
    public static final String RAJAGOPAL = "opensim-moco-walk";
    /** Mean ensemble R² our improved model must reach on the held-out speed. */
    public static final double IMPROVED_MEAN_TARGET = 0.80;

    private GaitEmgValidation() {
    }

    /**
     * A target that was missed.
     *
     * @param direction e.g. {@code walk45 → walk36}
     * @param what the model and muscle, or the mean
     * @param value our value
     * @param target the value to beat or reach
     */
    public record Shortfall(String direction, String what, double value, double target) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %s %.3f (target %s %.3f)", direction, what, value,
                    what.startsWith("improved") ? "≥" : ">", target);
        }
    }

    /**
     * @param dataDir the folder holding {@link #TRIALS}
     * @param seed seed of every training
     * @param log progress lines
     * @return walk36 → walk45 and walk45 → walk36
     */
    public static List<Reproduction> run(Path dataDir, long seed, Consumer<String> log) {
        return run(dataDir, null, seed, log);
    }

    /**
     * @param dataDir the folder holding {@link #TRIALS}
     * @param rajagopalDir the Rajagopal walk folder ({@link #RAJAGOPAL}) to apply every model to, or null
     * @param seed seed of every training
     * @param log progress lines
     * @return walk36 → walk45 and walk45 → walk36
     */
    public static List<Reproduction> run(Path dataDir, Path rajagopalDir, long seed, Consumer<String> log) {
        return run(dataDir, rajagopalDir, seed, ParkReproduction.TYPES, log);
    }

    /**
     * @param dataDir the folder holding {@link #TRIALS}
     * @param rajagopalDir the Rajagopal walk folder ({@link #RAJAGOPAL}) to apply every model to, or null
     * @param seed seed of every training
     * @param families the families to train (the report needs all of {@link ParkReproduction#TYPES})
     * @param log progress lines
     * @return walk36 → walk45 and walk45 → walk36
     */
    public static List<Reproduction> run(Path dataDir, Path rajagopalDir, long seed, List<GaitEmgType> families,
            Consumer<String> log) {
        return List.of(run(dataDir, rajagopalDir, seed, families, TRIALS.get(0), TRIALS.get(1), log),
                run(dataDir, rajagopalDir, seed, families, TRIALS.get(1), TRIALS.get(0), log));
    }

    /**
     * One direction of {@link #run(Path, Path, long, List, Consumer)}: the same trainings and numbers, so
     * that the two directions can run in two test JVMs.
     *
     * @param dataDir the folder holding {@link #TRIALS}
     * @param rajagopalDir the Rajagopal walk folder ({@link #RAJAGOPAL}) to apply every model to, or null
     * @param seed seed of every training
     * @param families the families to train
     * @param train the training trial (one of {@link #TRIALS})
     * @param test the test trial
     * @param log progress lines
     * @return train → test
     */
    public static Reproduction run(Path dataDir, Path rajagopalDir, long seed, List<GaitEmgType> families,
            String train, String test, Consumer<String> log) {
        MuscleMapping mapping = MuscleMapping.parkAndParkTable1();
        GaitTrial trainTrial = GaitTrialReader.folder(dataDir.resolve(train)).muscles(mapping.opensimNames()).read();
        GaitTrial testTrial = GaitTrialReader.folder(dataDir.resolve(test)).muscles(mapping.opensimNames()).read();
        ParkReproduction reproduction = new ParkReproduction(mapping, seed).only(families).log(log);
        if (rajagopalDir != null) {
            MuscleMapping columns = MuscleMapping.rajagopalWalkEmg();
            reproduction.alsoOn(readRajagopal(rajagopalDir, columns), columns);
        }
        return reproduction.run(trainTrial, testTrial);
    }

    /**
     * Coordinates whose sign convention in Rajagopal's model is opposite to gait2392's (the CEINMS-RT
     * model): {@code knee_angle_r} ranges over 0 to 140° (flexion positive) there, −120° to 10° here.
     * The hip flexion and ankle angles share their conventions.
     */
    public static final List<String> RAJAGOPAL_NEGATED = List.of("knee_angle_r");

    /**
     * @param dir the Rajagopal walk folder
     * @param columns its EMG columns for our muscles
     * @return the walk: {@code coordinates.sto} (IK + RRA, radians, coordinate paths as labels) with
     *     {@link #RAJAGOPAL_NEGATED} negated, the EMG envelopes of {@code electromyography.sto}
     *     resampled onto it, {@code grf_walk.mot}
     */
    public static GaitTrial readRajagopal(Path dir, MuscleMapping columns) {
        return GaitTrialReader.kinematics(dir.resolve("coordinates.sto")).name("rajagopal-walk")
                .emg(dir.resolve("electromyography.sto")).groundForces(dir.resolve("grf_walk.mot"))
                .muscles(columns.opensimNames()).read().withNegatedCoordinates(RAJAGOPAL_NEGATED);
    }

    /**
     * @param r one direction
     * @return the targets it misses (empty when all are met)
     */
    public static List<Shortfall> shortfalls(Reproduction r) {
        List<Shortfall> missed = new ArrayList<>();
        String direction = r.trainTrial() + " → " + r.testTrial();
        for (MuscleMetrics m : r.result(GaitEmgType.TORQUE).test().metrics()) {
            double theirs = ParkAndParkTable1.TORQUE_BASED.get(m.muscle());
            if (!(m.ensembleR2() > theirs)) {
                missed.add(new Shortfall(direction, "torque-based " + m.muscle(), m.ensembleR2(), theirs));
            }
        }
        double improved = r.result(GaitEmgType.CONTEXT).test().meanEnsembleR2();
        if (!(improved >= IMPROVED_MEAN_TARGET)) {
            missed.add(new Shortfall(direction, "improved mean", improved, IMPROVED_MEAN_TARGET));
        }
        return missed;
    }

    /**
     * @param reproductions the directions run
     * @param seconds wall time of the whole run (s)
     * @return the Markdown closing the report: targets met or missed, timing
     */
    public static String verdict(List<Reproduction> reproductions, double seconds) {
        StringBuilder b = new StringBuilder("## Targets (issue 7)\n\n");
        b.append("- Torque-based model above Park & Park's Table 1 on every muscle of the held-out speed.\n")
                .append(String.format(Locale.ROOT, "- Improved model: mean ensemble R² ≥ %.2f on the held-out speed.%n",
                        IMPROVED_MEAN_TARGET));
        List<Shortfall> missed = new ArrayList<>();
        reproductions.forEach(r -> missed.addAll(shortfalls(r)));
        b.append('\n').append(missed.isEmpty() ? "All targets met in both directions.\n" : "Missed:\n\n");
        for (Shortfall s : missed) {
            b.append("- ").append(s).append('\n');
        }
        b.append("\nOut-of-subject check: `knee_angle_r` of the Rajagopal walk is negated before the models see it"
                + " (flexion is positive in Rajagopal's model, negative in gait2392; left as it is, the walk45 models"
                + " gave mean r −0.25 and −0.20).\n");
        b.append(String.format(Locale.ROOT, "%nWhole run (both directions; hyper-parameter selection, then 3 estimators × %d"
                + " networks each; the out-of-subject check): %.0f s on %d cores, %.0f s of CPU time.%n",
                GaitEmgSettings.defaults(GaitEmgType.TORQUE).members(), seconds,
                Runtime.getRuntime().availableProcessors(), cpuSeconds()));
        return b.toString();
    }

    /** @return CPU time of this process so far, all threads (s); NaN where the JVM does not tell */
    static double cpuSeconds() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /**
     * @param args report path (default {@code validation/reports/gait-emg.md}), then optionally the seed
     */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/gait-emg.md");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long began = System.nanoTime();
        List<Reproduction> results = run(SharedData.directory().resolve(DATA), SharedData.directory().resolve(RAJAGOPAL), seed,
                line -> System.err.printf(Locale.ROOT, "gait-emg [cpu %.0f s]: %s%n", cpuSeconds(), line));
        double seconds = (System.nanoTime() - began) / 1e9;
        Path plots = report.toAbsolutePath().getParent().resolve("gait-emg");
        GaitEmgReport.write(results, report, plots, verdict(results, seconds));
        System.out.println("wrote " + report);
        results.forEach(r -> shortfalls(r).forEach(s -> System.out.println("missed: " + s)));
    }
}
