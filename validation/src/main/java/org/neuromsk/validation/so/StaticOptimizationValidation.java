package org.neuromsk.validation.so;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.analysis.StaticOptimizationSetup;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.validation.ColumnError;
import org.neuromsk.validation.TableComparison;

/**
 * Runs OpenSim's arm26 static-optimisation setup ({@code arm26_Setup_StaticOptimization.xml}: activation
 * exponent 2, force–length–velocity on, 6 Hz low-pass) on the embedded engine from a copy of its inputs and
 * compares with OpenSim 4.5.2's {@code so/expected} tables.
 *
 * <p>Two checks:
 * <ul>
 * <li>Tolerances of the issue: per muscle, activation RMS error ≤ {@value #ACTIVATION_RMS} and force RMS
 *     error ≤ {@value #FORCE_RMS_FRACTION} × the peak force of the reference table (the largest muscle
 *     force of the trial). The error relative to each muscle's own peak is reported too.</li>
 * <li>Parity of the problem: at every frame OpenSim's activations must satisfy our equalities (Σ x·F_opt·B =
 *     τ) to within {@value #PARITY_RESIDUAL} N·m (OpenSim prints 8 decimals), and our Σx² must not exceed
 *     OpenSim's. Together these show that both solve the same convex problem and that ours is at least as
 *     optimal; the remaining differences come from OpenSim's IPOPT stopping at its 1e-4 tolerance.</li>
 * </ul>
 */
public final class StaticOptimizationValidation {

    /** Per-muscle activation RMS error allowed. */
    public static final double ACTIVATION_RMS = 0.02;
    /** Force RMS error allowed, as a fraction of the reference table's peak force. */
    public static final double FORCE_RMS_FRACTION = 0.01;
    /** Largest |A·x_OpenSim − b| allowed at any frame (N·m). */
    public static final double PARITY_RESIDUAL = 1e-5;

    /** Folder of the reference case inside the shared data. */
    public static final String CASE = "opensim-4.5.2/arm26";
    /** Inputs the case reads, relative to the shared data. */
    public static final List<String> INPUTS = List.of(CASE + "/arm26.osim", CASE + "/arm26_InverseKinematics.mot",
            CASE + "/arm26_Setup_StaticOptimization.xml", CASE + "/so/expected");

    /**
     * One muscle's errors.
     *
     * @param muscle the muscle
     * @param activation activation error (tolerance {@value #ACTIVATION_RMS})
     * @param force force error (N), tolerance {@value #FORCE_RMS_FRACTION} × table peak
     * @param forceOwnPeakPercent force RMS error as a percentage of this muscle's own peak force
     */
    public record MuscleError(String muscle, ColumnError activation, ColumnError force, double forceOwnPeakPercent) {
        /** @return whether both errors are within tolerance */
        public boolean passes() {
            return activation.passes() && force.passes();
        }
    }

    /**
     * The outcome of a run.
     *
     * @param muscles per-muscle errors
     * @param frames frames compared
     * @param worstParityResidual largest |A·x_OpenSim − b| over frames and coordinates (N·m)
     * @param framesWhereOpenSimIsBetter frames where OpenSim's Σx² is below ours by more than 1e-12
     * @param meanObjectiveExcess mean of (Σx²_OpenSim − Σx²_ours)/Σx²_ours over frames
     * @param files the files our run wrote
     * @param seconds wall time of the run (s)
     */
    public record Outcome(List<MuscleError> muscles, int frames, double worstParityResidual,
            int framesWhereOpenSimIsBetter, double meanObjectiveExcess, List<Path> files, double seconds) {
        /** @return whether every check passes */
        public boolean passes() {
            return muscles.stream().allMatch(MuscleError::passes) && worstParityResidual <= PARITY_RESIDUAL
                    && framesWhereOpenSimIsBetter == 0;
        }
    }

    private StaticOptimizationValidation() {
    }

    /**
     * Copies the setup and its inputs into {@code work} (the shared data is never written), runs it with
     * results in {@code work/results}, and compares.
     *
     * @param work an empty folder
     * @param warnings receives the engine's notes
     * @return the outcome
     * @throws IOException if the inputs cannot be copied
     */
    public static Outcome run(Path work, java.util.function.Consumer<String> warnings) throws IOException {
        Path data = SharedData.directory().resolve(CASE);
        for (String f : List.of("arm26.osim", "arm26_InverseKinematics.mot", "arm26_Setup_StaticOptimization.xml")) {
            Files.copy(data.resolve(f), work.resolve(f));
        }
        long t0 = System.nanoTime();
        StaticOptimizationSetup setup = StaticOptimizationSetup.read(work.resolve("arm26_Setup_StaticOptimization.xml"),
                Optional.of(work.resolve("results")));
        StaticOptimizationSetup.Output output = setup.run(warnings);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Storage expectedActivation = StorageReader.read(data.resolve("so/expected/arm26_StaticOptimization_activation.sto"));
        Storage expectedForce = StorageReader.read(data.resolve("so/expected/arm26_StaticOptimization_force.sto"));
        Storage ours = StorageReader.read(output.files().get(0));
        Storage oursForce = StorageReader.read(output.files().get(1));
        double tablePeak = 0;
        for (int c = 0; c < expectedForce.columnCount(); c++) {
            for (double v : expectedForce.column(c)) {
                tablePeak = Math.max(tablePeak, Math.abs(v));
            }
        }
        TableComparison activation = TableComparison.compare(ours, expectedActivation,
                new TableComparison.Tolerance(0, ACTIVATION_RMS));
        TableComparison force = TableComparison.compare(oursForce, expectedForce,
                new TableComparison.Tolerance(0, FORCE_RMS_FRACTION * tablePeak));
        List<MuscleError> muscles = new ArrayList<>();
        for (int c = 0; c < activation.columns().size(); c++) {
            ColumnError f = force.columns().get(c);
            muscles.add(new MuscleError(activation.columns().get(c).label(), activation.columns().get(c), f,
                    f.rmsPercentOfPeak()));
        }
        return parity(setup, output.result(), expectedActivation, muscles, output.files(), seconds);
    }

    /** Evaluates OpenSim's activations in our per-frame problems. */
    private static Outcome parity(StaticOptimizationSetup setup, StaticOptimization.Result result,
            Storage expected, List<MuscleError> muscles, List<Path> files, double seconds) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(setup.model());
        Model model = ModelLoader.fromDocument(doc);
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, StorageReader.read(setup.coordinates()),
                setup.coordinates(), setup.lowpassCutoff(), w -> { });
        StaticOptimization so = new StaticOptimization(model, ActuatorLoader.load(doc.root(), model), List.of());
        List<StaticOptimization.FrameProblem> problems = so.problems(states, setup.settings());
        List<String> names = result.activations().labels();
        double[][] openSimColumns = new double[names.size()][];
        double[][] ourColumns = new double[names.size()][];
        for (int j = 0; j < names.size(); j++) {
            openSimColumns[j] = expected.column(names.get(j)); // copies: taken once, not per frame
            ourColumns[j] = result.activations().column(j);
        }
        double worst = 0;
        int better = 0;
        double excess = 0;
        for (int k = 0; k < problems.size(); k++) {
            StaticOptimization.FrameProblem p = problems.get(k);
            double[] x = new double[names.size()];
            double openSim = 0;
            double mine = 0;
            for (int j = 0; j < x.length; j++) {
                x[j] = openSimColumns[j][k];
                openSim += x[j] * x[j];
                double v = ourColumns[j][k];
                mine += v * v;
            }
            for (int i = 0; i < p.required().length; i++) {
                double sum = 0;
                for (int j = 0; j < x.length; j++) {
                    sum += p.matrix()[i][j] * x[j];
                }
                worst = Math.max(worst, Math.abs(sum - p.required()[i]));
            }
            if (openSim < mine - 1e-12) {
                better++;
            }
            excess += (openSim - mine) / mine;
        }
        return new Outcome(List.copyOf(muscles), problems.size(), worst, better, excess / problems.size(), files,
                seconds);
    }

    /**
     * @param o an outcome
     * @param out where to print the summary
     */
    public static void print(Outcome o, PrintWriter out) {
        out.printf(Locale.ROOT, "arm26 static optimization vs OpenSim 4.5.2: %s, %d frames, %.2f s%n",
                o.passes() ? "PASS" : "FAIL", o.frames(), o.seconds());
        for (MuscleError m : o.muscles()) {
            out.printf(Locale.ROOT, "  %-9s activation RMS %.5f (max %.5f, allowed %.2f)   force RMS %.3f N = %.3f %% of "
                    + "table peak %.1f N, %.2f %% of own peak %.1f N (max %.3f N)  %s%n", m.muscle(),
                    m.activation().rms(), m.activation().max(), m.activation().tolerance(), m.force().rms(),
                    100 * m.force().rms() / (m.force().tolerance() / FORCE_RMS_FRACTION),
                    m.force().tolerance() / FORCE_RMS_FRACTION, m.forceOwnPeakPercent(), m.force().peak(),
                    m.force().max(), m.passes() ? "ok" : "FAIL");
        }
        out.printf(Locale.ROOT, "  parity: OpenSim's activations violate our equalities by at most %.2e N·m; "
                + "OpenSim's sum of squares is lower than ours at %d frame(s), higher by %.3f %% on average%n",
                o.worstParityResidual(), o.framesWhereOpenSimIsBetter(), 100 * o.meanObjectiveExcess());
        out.flush();
    }

    /**
     * Runs the case, prints the numbers and writes a Markdown report.
     *
     * @param args optional report file (default {@code validation/reports/static-optimization.md})
     * @throws IOException on I/O failure
     */
    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/static-optimization.md");
        Path work = Files.createTempDirectory("neuromsk-so-");
        Outcome o = run(work, m -> System.err.println("arm26: " + m));
        PrintWriter console = new PrintWriter(System.out, true);
        print(o, console);
        AtomicFiles.writeText(report, w -> {
            PrintWriter out = new PrintWriter(w);
            out.println("# Static optimization: NeuroMSK (embedded) vs OpenSim 4.5.2 (arm26)");
            out.println();
            out.println("```");
            print(o, out);
            out.println("```");
            out.flush();
        });
        System.out.println("report: " + report.toAbsolutePath() + "; our files in " + work);
        System.exit(o.passes() ? 0 : 1);
    }
}
