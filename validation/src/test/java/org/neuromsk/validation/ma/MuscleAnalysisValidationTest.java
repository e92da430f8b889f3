package org.neuromsk.validation.ma;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromsk.io.testing.TestData;

/**
 * Lengths and moment arms of the embedded engine against OpenSim 4.5.2 on every reference case, with
 * the tolerances: per muscle, length RMS ≤ 0.1 mm; per muscle × coordinate, moment-arm RMS ≤
 * 0.2 mm; 0.5 mm and 1 mm for paths that can wrap over an ellipsoid. Every reference frame is used.
 */
class MuscleAnalysisValidationTest {

    private static final List<MuscleAnalysisCase> RUN = new ArrayList<>();
    private static final List<List<MuscleAnalysisValidation.Entry>> RESULTS = new ArrayList<>();

    static List<MuscleAnalysisCase> cases() {
        return MuscleAnalysisCase.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesOpenSim(MuscleAnalysisCase c) throws IOException {
        c.inputs().forEach(TestData::require);
        MuscleAnalysisCase.Outcome o = c.run(message -> System.out.println(c.name() + ": " + message));
        List<MuscleAnalysisValidation.Entry> entries = MuscleAnalysisValidation.compare(o);
        RUN.add(c);
        RESULTS.add(entries);
        MuscleAnalysisValidation.Entry worst = MuscleAnalysisValidation.worst(entries, 1).get(0);
        System.out.printf(Locale.ROOT, "%s: %d comparisons, worst %s %s RMS %.4f mm (allowed %.2f mm)%n", c.name(),
                entries.size(), worst.error().label(), worst.quantity(), 1e3 * worst.error().rms(),
                1e3 * worst.error().tolerance());
        List<MuscleAnalysisValidation.Entry> failing = entries.stream().filter(e -> !e.error().passes()).toList();
        assertTrue(failing.isEmpty(), () -> c.name() + ": " + failing.size() + " beyond tolerance: "
                + failing.stream().limit(8).map(e -> String.format(Locale.ROOT, "%s %s RMS %.4f mm", e.error().label(),
                        e.quantity(), 1e3 * e.error().rms())).collect(Collectors.joining(", ")));
    }

    @AfterAll
    static void writeReport() {
        if (!RUN.isEmpty()) {
            MuscleAnalysisValidation.writeReport(RUN, RESULTS, Path.of("target", "reports", "muscle-analysis.md"));
        }
    }
}
