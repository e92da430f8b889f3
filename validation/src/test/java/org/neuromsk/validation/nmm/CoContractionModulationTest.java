package org.neuromsk.validation.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoContractionModulationTest {

    private static final double LEVEL = 0.05;
    private static final double GAIN = 0.1;
    private static final double LOAD = 2;
    private static final double PERIOD = 2.0;
    private static final PearsonsCorrelation PEARSON = new PearsonsCorrelation();

    @TempDir
    Path dir;

    private static String truth(double braPhase, double triPhase) {
        return String.format(Locale.ROOT, "{\"load_mass_kg\": %s, \"co_contraction\": {\"level\": %s, \"load_gain_per_kg\":"
                + " %s, \"modulation\": 0.3, \"period_s\": %s}, \"muscles\": {\"BRA\": {\"co_contraction_weight\": 1.5,"
                + " \"co_contraction_phase_rad\": %s}, \"TRImed\": {\"co_contraction_weight\": 0.5,"
                + " \"co_contraction_phase_rad\": %s}}}", LOAD, LEVEL, GAIN, PERIOD, braPhase, triPhase);
    }

    /** Excitations: each hidden muscle = a ramp + its modulation term, over two whole periods. */
    private static String excitations(double braPhase, double triPhase, double braOffset) {
        StringBuilder b = new StringBuilder("Excitations\nversion=1\nnRows=400\nnColumns=3\ninDegrees=no\nendheader\n"
                + "time\tBRA\tTRImed\n");
        for (int i = 0; i < 400; i++) {
            double t = i * 0.01;
            double base = LEVEL * (1 + GAIN * LOAD) * 0.3;
            b.append(String.format(Locale.ROOT, "%s\t%s\t%s%n", t,
                    braOffset + 0.02 * t + 1.5 * base * Math.sin(2 * Math.PI * t / PERIOD + braPhase),
                    0.04 + 0.01 * t + 0.5 * base * Math.sin(2 * Math.PI * t / PERIOD + triPhase)));
        }
        return b.toString();
    }

    @Test
    void theModulationTermIsRebuiltFromTheTruthAndTheLastTrialIsUsed() throws IOException {
        Path load = Files.createDirectories(dir.resolve("subject01").resolve("2kg"));
        Files.writeString(load.resolve("true_parameters.json"), truth(0.7, 2.1));
        // trial100 is the last trial; a name sort would put it before trial11 and use trial11's excitations.
        Files.writeString(load.resolve("trial11_excitations.sto"), excitations(0.0, 0.0, 5.0));
        Files.writeString(load.resolve("trial100_excitations.sto"), excitations(0.7, 2.1, 0.1));
        Files.writeString(load.resolve("trial11_coordinates.sto"), "");
        Files.writeString(load.resolve("trial100_coordinates.sto"), "");

        List<CoContractionModulation.Trial> trials = CoContractionModulation.run(dir);
        assertEquals(2, trials.size());
        CoContractionModulation.Trial bra = trials.get(0);
        CoContractionModulation.Trial tri = trials.get(1);
        // The modulation term is A·sin over two whole periods sampled 200 times each (400 rows): its mean is 0
        // and its squares sum to 200·A², so the sample SD is A·√(200/399); A = level·weight·(1 + gain·load)·0.3.
        double aBra = LEVEL * 1.5 * (1 + GAIN * LOAD) * 0.3;
        double aTri = LEVEL * 0.5 * (1 + GAIN * LOAD) * 0.3;
        assertEquals(aBra * Math.sqrt(200.0 / 399), bra.modulationSd(), 1e-12);
        assertEquals(aTri * Math.sqrt(200.0 / 399), tri.modulationSd(), 1e-12);
        // Removed exactly, each muscle leaves its ramp: r is that of (ramp + term) against the ramp
        // (computed here by Commons Math, independently of the metrics code).
        assertEquals(PEARSON.correlation(series(0.1, 0.02, aBra, 0.7, true), series(0.1, 0.02, aBra, 0.7, false)),
                bra.r(), 1e-9);
        assertEquals(PEARSON.correlation(series(0.04, 0.01, aTri, 2.1, true), series(0.04, 0.01, aTri, 2.1, false)),
                tri.r(), 1e-9);
    }

    private static double[] series(double offset, double slope, double amplitude, double phase, boolean modulated) {
        double[] x = new double[400];
        for (int i = 0; i < 400; i++) {
            double t = i * 0.01;
            x[i] = offset + slope * t + (modulated ? amplitude * Math.sin(2 * Math.PI * t / PERIOD + phase) : 0);
        }
        return x;
    }
}
