package org.neuromsk.pipeline.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;

class IntervalCalibrationTest {

    @Test
    void quantileIsTheConformalOrderStatistic() {
        // n = 9 scores 1..9: ⌈0.9·10⌉ = 9 → the 9th smallest, 9
        assertEquals(9, IntervalCalibration.quantile(new double[] {5, 3, 9, 1, 7, 2, 8, 4, 6}, 0.9));
        // n = 19 scores 1..19: ⌈0.9·20⌉ = 18 → 18
        double[] s = new double[19];
        for (int i = 0; i < 19; i++) {
            s[i] = 19 - i;
        }
        assertEquals(18, IntervalCalibration.quantile(s, 0.9));
        // n = 3: ⌈0.9·4⌉ = 4 > n → the largest
        assertEquals(3, IntervalCalibration.quantile(new double[] {1, 2, 3}, 0.9));
        assertThrows(NeuroMskException.class, () -> IntervalCalibration.quantile(new double[0], 0.9));
    }

    @Test
    void scoreAndJsonRoundTrip() {
        // |0.30 − 0.20| / (0.04 + 0.01) = 2
        assertEquals(2.0, IntervalCalibration.score(0.30, 0.20, 0.04, 0.01), 1e-12);
        IntervalCalibration c = new IntervalCalibration(1.5, 3.25, 0.01, 6, "test");
        assertEquals(c, IntervalCalibration.fromJson(c.toJson()));
        assertThrows(NeuroMskException.class, () -> new IntervalCalibration(0, 1, 0.01, 6, "x"));
    }

    @Test
    void calibratedIntervalsAreCentreplusMinusScaledHalfSpread() {
        // member k (k = 0..4) returns the constant 0.2 + 0.01·k for muscle A (with EMG) and 0.5 + 0.02·k for B
        Estimator fake = new Estimator() {
            @Override
            public String name() {
                return "static-optimization";
            }

            @Override
            public Estimate estimate(EstimatorInput input, Consumer<String> log) {
                return constant(0.2, 0.5);
            }

            @Override
            public Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
                int k = (int) (memberSeed - 7 * 1_000_003L);
                return constant(0.2 + 0.01 * k, 0.5 + 0.02 * k);
            }
        };
        Storage motion = Storage.of("m", false, List.of("q"), new double[] {0, 1}, new double[][] {{0, 0}});
        EstimatorInput input = new EstimatorInput(Path.of("x.osim"), motion, Path.of("m.mot"), Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of());
        IntervalCalibration cal = new IntervalCalibration(2, 3, 0.01, 5, "test");
        Intervals iv = Ensemble.run(fake, input, constant(0.2, 0.5), 5, 0, 0, 7, Set.of(), List.of("A", "B"),
                Optional.of(cal), Set.of("A"), k -> { });
        // A: members 0.20..0.24, 5th/95th percentiles (type 7) 0.202 and 0.238, w = 0.018;
        //    half-width 2·(0.018 + 0.01) = 0.056 → [0.144, 0.256]
        assertEquals(0.018, iv.spread().value(0, 0), 1e-12);
        assertEquals(0.144, iv.lower().value(0, 0), 1e-12);
        assertEquals(0.256, iv.upper().value(1, 0), 1e-12);
        // B: members 0.50..0.58, w = (0.576 − 0.504)/2 = 0.036; half-width 3·0.046 = 0.138 → [0.362, 0.638]
        assertEquals(0.362, iv.lower().value(0, 1), 1e-12);
        assertEquals(0.638, iv.upper().value(0, 1), 1e-12);
        // without a calibration: the percentiles widened to the centre → A [0.2, 0.238]
        Intervals raw = Ensemble.run(fake, input, constant(0.2, 0.5), 5, 0, 0, 7, Set.of(), List.of("A", "B"),
                Optional.empty(), Set.of("A"), k -> { });
        assertEquals(0.2, raw.lower().value(0, 0), 1e-12);
        assertEquals(0.238, raw.upper().value(0, 0), 1e-12);
    }

    private static Estimate constant(double a, double b) {
        return new Estimate(Storage.of("excitations", false, List.of("A", "B"), new double[] {0, 1},
                new double[][] {{a, a}, {b, b}}), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                List.of());
    }
}
