package org.neuromsk.estimator.nmm.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.pipeline.Demo;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.forward.KinematicsComparison;
import org.neuromsk.pipeline.uncertainty.IntervalCalibration;
import org.neuromsk.pipeline.uncertainty.Intervals;

/**
 * Measures the NMM's {@link IntervalCalibration} on calibration virtual subjects (seeds that the demo
 * and the validation do not use): runs the demo pipeline with the NMM and an ensemble on each, and
 * takes the split-conformal scales of the scores |truth − centre| / (w + floor) over every muscle
 * sample. Usage: {@code CalibrateIntervals OUT.json [firstSeed=101] [subjects=3] [members=6] [workDir]}.
 */
public final class CalibrateIntervals {

    /** Floor added to the ensemble half-width (excitation units, -). */
    static final double FLOOR = 0.01;

    private CalibrateIntervals() {
    }

    /**
     * @param args output file, first seed, subject count, ensemble size, work folder
     * @throws IOException if the work folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long first = args.length > 1 ? Long.parseLong(args[1]) : 101;
        int subjects = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int members = args.length > 3 ? Integer.parseInt(args[3]) : 6;
        Path work = args.length > 4 ? Path.of(args[4]) : Files.createTempDirectory("nmm-calibration");
        List<Double> measured = new ArrayList<>();
        List<Double> hidden = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            long seed = first + i;
            long t0 = System.nanoTime();
            PipelineResult r = Demo.run(new Demo.Options(seed, members, work.resolve("seed" + seed)),
                    PipelineProgress.silent());
            Intervals iv = r.intervals().orElseThrow();
            Storage truth = r.truth().orElseThrow();
            Set<String> emg = new HashSet<>(r.spec().emg().map(StorageReader::read).map(Storage::labels)
                    .orElse(List.of()));
            scores(iv, truth, emg, measured, hidden);
            System.out.printf(Locale.ROOT, "seed %d: %s, %.0f s%n", seed, r.estimatorName(),
                    (System.nanoTime() - t0) / 1e9);
        }
        double sm = IntervalCalibration.quantile(toArray(measured), IntervalCalibration.LEVEL);
        double sh = IntervalCalibration.quantile(toArray(hidden), IntervalCalibration.LEVEL);
        IntervalCalibration c = new IntervalCalibration(sm, sh, FLOOR, members, String.format(Locale.ROOT,
                "split conformal on %d virtual subjects (demo pipeline, seeds %d-%d, 2 kg, NMM ensembles of %d): "
                        + "%d measured-muscle and %d hidden-muscle samples", subjects, first, first + subjects - 1,
                members, measured.size(), hidden.size()));
        AtomicFiles.writeText(out, w -> w.write(c.toJson()));
        System.out.printf(Locale.ROOT, "scales: measured %.3f, hidden %.3f (floor %.3f); wrote %s%n", sm, sh, FLOOR,
                out);
    }

    /** Adds the scores of every muscle sample with a true value to the measured or hidden list. */
    static void scores(Intervals iv, Storage truth, Set<String> emg, List<Double> measured, List<Double> hidden) {
        Storage centre = iv.estimate();
        double[] time = centre.time();
        for (String m : centre.labels()) {
            if (!truth.hasColumn(m)) {
                continue;
            }
            double[] u = centre.column(m);
            double[] w = iv.spread().column(m);
            for (int k = 0; k < time.length; k++) {
                double t = KinematicsComparison.interpolate(truth.time(), truth.column(m), time[k]);
                (emg.contains(m) ? measured : hidden).add(IntervalCalibration.score(t, u[k], w[k], FLOOR));
            }
        }
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
