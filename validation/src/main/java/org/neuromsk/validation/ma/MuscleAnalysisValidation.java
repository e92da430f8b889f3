package org.neuromsk.validation.ma;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.validation.ColumnError;
import org.neuromsk.validation.TableComparison;

/** Compares the engine's lengths and moment arms with OpenSim's and writes a report. */
public final class MuscleAnalysisValidation {

    /** Length RMS ≤ 0.1 mm (paths without ellipsoids). */
    public static final double LENGTH_TOLERANCE = 1e-4;
    /** Moment-arm RMS ≤ 0.2 mm (paths without ellipsoids). */
    public static final double MOMENT_ARM_TOLERANCE = 2e-4;
    /** Length RMS ≤ 0.5 mm for paths over ellipsoids. */
    public static final double ELLIPSOID_LENGTH_TOLERANCE = 5e-4;
    /** Moment-arm RMS ≤ 1 mm for paths over ellipsoids. */
    public static final double ELLIPSOID_MOMENT_ARM_TOLERANCE = 1e-3;

    /**
     * One compared quantity.
     *
     * @param quantity "length" or "moment arm about X"
     * @param error the column's error
     */
    public record Entry(String quantity, ColumnError error) {
    }

    private MuscleAnalysisValidation() {
    }

    /**
     * @param o a case's outcome
     * @return every muscle's length error and every muscle × coordinate moment-arm error
     */
    public static List<Entry> compare(MuscleAnalysisCase.Outcome o) {
        List<Entry> out = new ArrayList<>();
        for (ColumnError e : compareColumns(o.result().lengths(), o.expectedLengths(), o.ellipsoidMuscles(),
                LENGTH_TOLERANCE, ELLIPSOID_LENGTH_TOLERANCE)) {
            out.add(new Entry("length", e));
        }
        for (Map.Entry<String, Storage> arm : o.expectedMomentArms().entrySet()) {
            Storage ours = o.result().momentArms().get(arm.getKey());
            if (ours == null) {
                throw new IllegalStateException("no moment arms about " + arm.getKey());
            }
            for (ColumnError e : compareColumns(ours, arm.getValue(), o.ellipsoidMuscles(), MOMENT_ARM_TOLERANCE,
                    ELLIPSOID_MOMENT_ARM_TOLERANCE)) {
                out.add(new Entry("moment arm about " + arm.getKey(), e));
            }
        }
        return out;
    }

    private static List<ColumnError> compareColumns(Storage ours, Storage expected, List<String> ellipsoid,
            double tolerance, double ellipsoidTolerance) {
        List<ColumnError> out = new ArrayList<>();
        for (ColumnError e : TableComparison.compare(ours, expected, new TableComparison.Tolerance(0, tolerance))
                .columns()) {
            double allowed = ellipsoid.contains(e.label()) ? ellipsoidTolerance : tolerance;
            out.add(new ColumnError(e.label(), e.rms(), e.max(), e.peak(), allowed));
        }
        return out;
    }

    /**
     * @param entries a case's entries
     * @param count how many
     * @return the entries closest to (or beyond) their tolerance
     */
    public static List<Entry> worst(List<Entry> entries, int count) {
        return entries.stream()
                .sorted(Comparator.comparingDouble((Entry e) -> e.error().rms() / e.error().tolerance()).reversed())
                .limit(count).toList();
    }

    /**
     * @param cases the cases run
     * @param results their entries, in the same order
     * @param file the Markdown report
     */
    public static void writeReport(List<MuscleAnalysisCase> cases, List<List<Entry>> results, Path file) {
        AtomicFiles.writeText(file, w -> {
            PrintWriter out = new PrintWriter(w);
            out.println("# Muscle-tendon lengths and moment arms: NeuroMSK (embedded) vs OpenSim 4.5.2");
            out.println();
            out.println("Tolerances: length RMS <= 0.1 mm, moment-arm RMS <= 0.2 mm per muscle x coordinate; "
                    + "for paths over ellipsoids 0.5 mm and 1 mm. Every reference frame is compared.");
            for (int i = 0; i < cases.size(); i++) {
                List<Entry> entries = results.get(i);
                long failing = entries.stream().filter(e -> !e.error().passes()).count();
                out.printf(Locale.ROOT, "%n## %s: %s (%d comparisons, %d beyond tolerance)%n%n", cases.get(i).name(),
                        failing == 0 ? "PASS" : "FAIL", entries.size(), failing);
                out.println("Worst 15 (RMS relative to tolerance):");
                out.println();
                out.println("| muscle | quantity | RMS (µm) | max (µm) | allowed RMS (µm) | ok |");
                out.println("|---|---|---|---|---|---|");
                for (Entry e : worst(entries, 15)) {
                    out.printf(Locale.ROOT, "| %s | %s | %.3g | %.3g | %.0f | %s |%n", e.error().label(), e.quantity(),
                            1e6 * e.error().rms(), 1e6 * e.error().max(), 1e6 * e.error().tolerance(),
                            e.error().passes() ? "yes" : "NO");
                }
            }
            out.flush();
        });
    }

    /**
     * @param args optional report file (default {@code validation/reports/muscle-analysis.md})
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/muscle-analysis.md");
        List<List<Entry>> all = new ArrayList<>();
        boolean ok = true;
        for (MuscleAnalysisCase c : MuscleAnalysisCase.ALL) {
            MuscleAnalysisCase.Outcome o = c.run(m -> System.err.println(c.name() + ": " + m));
            List<Entry> entries = compare(o);
            all.add(entries);
            long failing = entries.stream().filter(e -> !e.error().passes()).count();
            ok &= failing == 0;
            System.out.printf(Locale.ROOT, "%-45s %s  %d/%d within tolerance, %.2f s%n", c.name(),
                    failing == 0 ? "PASS" : "FAIL", entries.size() - failing, entries.size(), o.seconds());
            for (Entry e : worst(entries, 5)) {
                System.out.printf(Locale.ROOT, "    %-14s %-32s RMS %.3g µm  max %.3g µm  (allowed %.0f µm)%n",
                        e.error().label(), e.quantity(), 1e6 * e.error().rms(), 1e6 * e.error().max(),
                        1e6 * e.error().tolerance());
            }
        }
        writeReport(MuscleAnalysisCase.ALL, all, report);
        System.out.println("report: " + report.toAbsolutePath());
        System.exit(ok ? 0 : 1);
    }
}
