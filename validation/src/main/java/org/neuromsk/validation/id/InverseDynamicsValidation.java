package org.neuromsk.validation.id;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.validation.ColumnError;
import org.neuromsk.validation.TableComparison;

/**
 * Runs every {@link InverseDynamicsCase}, compares with OpenSim and writes a report: per column RMS
 * and max errors, absolute and as % of the column's peak, with the tolerance.
 */
public final class InverseDynamicsValidation {

    /** RMS ≤ 0.5 % of peak or ≤ 0.05 N·m / N, whichever is larger (the stated tolerance). */
    public static final TableComparison.Tolerance TOLERANCE = new TableComparison.Tolerance(0.005, 0.05);

    /**
     * @param outcome a case's result
     * @param comparison its comparison
     */
    public record Result(InverseDynamicsCase.Outcome outcome, TableComparison comparison) {
    }

    private InverseDynamicsValidation() {
    }

    /**
     * @param backend the backend under test
     * @param workDir scratch folder
     * @return one result per case
     */
    public static List<Result> runAll(MskBackend backend, Path workDir) {
        List<Result> results = new ArrayList<>();
        int k = 0;
        for (InverseDynamicsCase c : InverseDynamicsCase.ALL) {
            InverseDynamicsCase.Outcome o = c.run(backend, workDir.resolve("case" + (k++)),
                    message -> System.err.println(c.name() + ": " + message));
            results.add(new Result(o, TableComparison.compare(o.actual(), o.expected(), TOLERANCE)));
        }
        return results;
    }

    /**
     * Writes the report as Markdown.
     *
     * @param results the results
     * @param backend name of the backend used
     * @param file the report file
     */
    public static void writeReport(List<Result> results, String backend, Path file) {
        AtomicFiles.writeText(file, w -> {
            PrintWriter out = new PrintWriter(w);
            out.println("# Inverse dynamics: NeuroMSK (" + backend + ") vs OpenSim 4.5.2");
            out.println();
            out.println("Tolerance per column: RMS error <= max(0.5 % of peak |reference|, 0.05 N·m or N), "
                    + "over every reference row (no frames excluded).");
            for (Result r : results) {
                InverseDynamicsCase c = r.outcome().testCase();
                out.println();
                out.printf(Locale.ROOT, "## %s: %s%n%n", c.name(), r.comparison().passes() ? "PASS" : "FAIL");
                out.printf(Locale.ROOT, "Reference `%s`, %d rows; computed in %.2f s.%n%n", c.reference(),
                        r.comparison().rows(), r.outcome().seconds());
                out.println("| column | RMS | max | peak | RMS % peak | max % peak | allowed RMS | ok |");
                out.println("|---|---|---|---|---|---|---|---|");
                for (ColumnError e : r.comparison().columns()) {
                    out.printf(Locale.ROOT, "| %s | %.3g | %.3g | %.4g | %.3f | %.3f | %.3g | %s |%n", e.label(),
                            e.rms(), e.max(), e.peak(), e.rmsPercentOfPeak(), e.maxPercentOfPeak(), e.tolerance(),
                            e.passes() ? "yes" : "NO");
                }
            }
            out.flush();
        });
    }

    /**
     * Command line: {@code InverseDynamicsValidation [REPORT_FILE]} (default
     * {@code validation/reports/inverse-dynamics.md}); exits 1 when a case fails.
     *
     * @param args optional report file
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/inverse-dynamics.md");
        MskBackend backend = new org.neuromsk.engine.EmbeddedBackend();
        Path work = Files.createTempDirectory("neuromsk-id-validation");
        List<Result> results = runAll(backend, work);
        writeReport(results, backend.name(), report);
        boolean ok = true;
        for (Result r : results) {
            ColumnError worst = r.comparison().columns().stream()
                    .max((a, b) -> Double.compare(a.rms() / a.tolerance(), b.rms() / b.tolerance())).orElseThrow();
            System.out.printf(Locale.ROOT, "%-32s %s  worst %s: RMS %.3g (%.3f %% of peak), allowed %.3g%n",
                    r.outcome().testCase().name(), r.comparison().passes() ? "PASS" : "FAIL", worst.label(),
                    worst.rms(), worst.rmsPercentOfPeak(), worst.tolerance());
            ok &= r.comparison().passes();
        }
        System.out.println("report: " + report.toAbsolutePath());
        System.exit(ok ? 0 : 1);
    }
}
