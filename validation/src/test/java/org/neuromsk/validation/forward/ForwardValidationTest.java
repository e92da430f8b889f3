package org.neuromsk.validation.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.io.testing.TestData;

/**
 * The embedded engine's forward simulation against OpenSim 4.5.2's ForwardTool on every reference
 * case, run from a scratch copy of the setup and its inputs through the backend interface, as
 * {@code run-tool} runs it.
 *
 * <p>Tolerances (from the issue, over the whole simulated interval, our states interpolated linearly
 * at OpenSim's output times): joint angles RMS ≤ 0.5° and max ≤ 1°, activations RMS ≤ 0.01, fibre
 * lengths RMS ≤ 0.5 mm; also speeds RMS ≤ 5°/s and controls RMS ≤ 0.001 (see
 * {@link StateComparison}). Both integrators run at accuracy 1e-5, so agreement is expected near
 * 1e-4 of the states' ranges; the tolerances leave room for the different step sequences.
 */
class ForwardValidationTest {

    private static final List<ForwardValidation.Result> RESULTS = new ArrayList<>();

    @TempDir
    static Path work;

    static List<ForwardCase> cases() {
        return ForwardCase.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesOpenSim(ForwardCase c) {
        c.files().forEach(TestData::require);
        ForwardCase.Outcome o = c.run(new EmbeddedBackend(), work.resolve("case" + RESULTS.size()),
                message -> System.out.println(c.name() + ": " + message));
        ForwardValidation.Result r = ForwardValidation.compare(o);
        RESULTS.add(r);
        for (StateError e : r.states()) {
            System.out.printf(Locale.ROOT, "%-46s RMS %.3g max %.3g %s%n", e.label(), e.rms(), e.max(), e.unit());
        }
        assertEquals(o.expectedStates().labels(), o.states().labels(), "OpenSim 4 state names in OpenSim's order");
        assertEquals(o.expectedControls().labels(), o.controls().labels(), "controls named by actuator");
        assertEquals(o.expectedStates().startTime(), o.states().startTime());
        assertEquals(o.expectedStates().endTime(), o.states().endTime());
        assertTrue(r.passes(), () -> c.name() + " fails on: " + r.failures().stream()
                .map(e -> String.format(Locale.ROOT, "%s RMS %.4g max %.4g %s", e.label(), e.rms(), e.max(), e.unit()))
                .collect(Collectors.joining(", ")));
    }

    @AfterAll
    static void writeReport() {
        if (!RESULTS.isEmpty()) {
            ForwardValidation.writeReport(RESULTS, "embedded", Path.of("target", "reports", "forward.md"));
        }
    }
}
