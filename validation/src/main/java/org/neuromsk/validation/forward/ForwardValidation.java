package org.neuromsk.validation.forward;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.io.AtomicFiles;

/**
 * Runs every {@link ForwardCase}, compares states and controls with OpenSim's (see
 * {@link StateComparison} for the tolerances) and writes a report.
 */
public final class ForwardValidation {

    /**
     * @param outcome a case's run
     * @param states per-state errors
     * @param controls per-control errors
     */
    public record Result(ForwardCase.Outcome outcome, List<StateError> states, List<StateError> controls) {

        /** @return whether every state and control is within tolerance */
        public boolean passes() {
            return states.stream().allMatch(StateError::passes) && controls.stream().allMatch(StateError::passes);
        }

        /** @return the errors out of tolerance */
        public List<StateError> failures() {
            List<StateError> out = new ArrayList<>();
            states.stream().filter(e -> !e.passes()).forEach(out::add);
            controls.stream().filter(e -> !e.passes()).forEach(out::add);
            return out;
        }
    }

    private ForwardValidation() {
    }

    /**
     * @param outcome a case's run
     * @return its comparison with OpenSim
     */
    public static Result compare(ForwardCase.Outcome outcome) {
        return new Result(outcome, StateComparison.compare(outcome.states(), outcome.expectedStates(),
                outcome.coordinates()), StateComparison.compare(outcome.controls(), outcome.expectedControls(),
                outcome.coordinates()));
    }

    /**
     * @param backend the backend under test
     * @param workDir scratch folder
     * @return one result per case
     */
    public static List<Result> runAll(MskBackend backend, Path workDir) {
        List<Result> results = new ArrayList<>();
        int k = 0;
        for (ForwardCase c : ForwardCase.ALL) {
            results.add(compare(c.run(backend, workDir.resolve("case" + (k++)),
                    message -> System.err.println(c.name() + ": " + message))));
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
            out.println("# Forward simulation: NeuroMSK (" + backend + ") vs OpenSim 4.5.2 ForwardTool");
            out.println();
            out.println("Our states are interpolated linearly at OpenSim's output times. Tolerances: joint angles "
                    + "RMS <= 0.5 deg and max <= 1 deg; activations RMS <= 0.01; fibre lengths RMS <= 0.5 mm; "
                    + "speeds RMS <= 5 deg/s; controls RMS <= 0.001.");
            for (Result r : results) {
                ForwardCase.Outcome o = r.outcome();
                out.println();
                out.printf(Locale.ROOT, "## %s: %s%n%n", o.testCase().name(), r.passes() ? "PASS" : "FAIL");
                out.printf(Locale.ROOT, "%d reference rows, %d rows of ours; %.3g s simulated in %.3g s wall "
                        + "(model loading and file output included).%n%n", o.expectedStates().rowCount(),
                        o.states().rowCount(), o.simulated(), o.seconds());
                out.println("| column | unit | RMS | max | allowed RMS | allowed max | ok |");
                out.println("|---|---|---|---|---|---|---|");
                List<StateError> all = new ArrayList<>(r.states());
                all.addAll(r.controls());
                for (StateError e : all) {
                    out.printf(Locale.ROOT, "| %s | %s | %.3g | %.3g | %.3g | %s | %s |%n", e.label(), e.unit(), e.rms(),
                            e.max(), e.rmsAllowed(), Double.isInfinite(e.maxAllowed()) ? "-"
                                    : String.format(Locale.ROOT, "%.3g", e.maxAllowed()), e.passes() ? "yes" : "NO");
                }
            }
            out.flush();
        });
    }

    /**
     * Command line: {@code ForwardValidation [REPORT_FILE]} (default {@code validation/reports/forward.md});
     * exits 1 when a case fails.
     *
     * @param args optional report file
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/forward.md");
        MskBackend backend = new org.neuromsk.engine.EmbeddedBackend();
        List<Result> results = runAll(backend, Files.createTempDirectory("neuromsk-forward-validation"));
        writeReport(results, backend.name(), report);
        boolean ok = true;
        for (Result r : results) {
            StateError worst = r.states().stream()
                    .max((a, b) -> Double.compare(a.rms() / a.rmsAllowed(), b.rms() / b.rmsAllowed())).orElseThrow();
            System.out.printf(Locale.ROOT, "%-50s %s  worst %s: RMS %.3g %s (allowed %.3g)%n",
                    r.outcome().testCase().name(), r.passes() ? "PASS" : "FAIL", worst.label(), worst.rms(),
                    worst.unit(), worst.rmsAllowed());
            ok &= r.passes();
        }
        System.out.println("report: " + report.toAbsolutePath());
        System.exit(ok ? 0 : 1);
    }
}
