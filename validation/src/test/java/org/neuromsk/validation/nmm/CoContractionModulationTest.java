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

    /**
     * Excitations: each hidden muscle = a ramp + its modulation term, over two whole periods; the measured
     * muscles (predictors of the second yardstick) are t, t², cos t, t³ and sin 3t.
     */
    private static String excitations(double braPhase, double triPhase, double braOffset) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 400; i++) {
            double t = i * 0.01;
            double base = LEVEL * (1 + GAIN * LOAD) * 0.3;
            b.append(row(t, t, t * t, Math.cos(t), t * t * t, Math.sin(3 * t),
                    braOffset + 0.02 * t + 1.5 * base * Math.sin(2 * Math.PI * t / PERIOD + braPhase),
                    0.04 + 0.01 * t + 0.5 * base * Math.sin(2 * Math.PI * t / PERIOD + triPhase)));
        }
        return b.toString();
    }

    private static final String HEADER = "Excitations\nversion=1\nnRows=400\nnColumns=8\ninDegrees=no\nendheader\n"
            + "time\tBIClong\tBICshort\tBRD\tTRIlong\tTRIlat\tBRA\tTRImed\n";

    private static String row(double... values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : "\t").append(v);
        }
        return b.append('\n').toString();
    }

    @Test
    void theSecondYardstickFitsTheHiddenMuscleFromItsSidesMeasuredMuscles() throws IOException {
        Path load = Files.createDirectories(dir.resolve("subject01").resolve("0kg"));
        Files.writeString(load.resolve("true_parameters.json"), truth(0.0, 0.0));
        // 400 samples, two whole periods of 200 samples: over them 1, sin ωt, cos ωt and sin 2ωt are orthogonal.
        // BRA = 0.1 + 2·BIClong − BRD lies in the span of its predictors: fitted exactly, r = 1 (BICshort is a
        // third, unused predictor). TRImed = sin ωt + 0.5·cos ωt on TRIlong = cos ωt and TRIlat = sin 2ωt:
        // the fit is mean + 0.5·cos ωt, so r = cov/(sd·sd) = 0.5²·(N/2) / √((1 + 0.25)·(N/2)·0.25·(N/2)) = 1/√5.
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 400; i++) {
            double t = i * 0.01;
            double w = 2 * Math.PI * t / PERIOD;
            double bic = 0.2 + 0.1 * Math.sin(w);
            double brd = 0.05 + 0.03 * t;
            b.append(row(t, bic, 0.1 + 0.05 * Math.cos(3 * t), brd, Math.cos(w), Math.sin(2 * w),
                    0.1 + 2 * bic - brd, Math.sin(w) + 0.5 * Math.cos(w)));
        }
        Files.writeString(load.resolve("trial01_excitations.sto"), b.toString());
        Files.writeString(load.resolve("trial01_coordinates.sto"), "");

        List<CoContractionModulation.Trial> trials = CoContractionModulation.run(dir);
        assertEquals(2, trials.size());
        assertEquals("BRA", trials.get(0).muscle());
        assertEquals(1.0, trials.get(0).regressionR(), 1e-9);
        assertEquals(1 / Math.sqrt(5), trials.get(1).regressionR(), 1e-9);
        // with the plain sum: TRIlong + TRIlat = cos ωt + sin 2ωt, orthogonal to each other and to sin ωt, so
        // r = 0.5·(N/2) / √((1.25·N/2)·(N/2 + N/2)) = 0.5 / √2.5 = 1/√10
        assertEquals(1 / Math.sqrt(10), trials.get(1).sumR(), 1e-9);
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
