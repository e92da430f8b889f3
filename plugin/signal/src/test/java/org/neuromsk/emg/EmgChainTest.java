package org.neuromsk.emg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.signal.Interpolation;

class EmgChainTest {

    @TempDir
    Path dir;

    /** Two channels at 1000 Hz: a = sin(2π·5t)·k, b = −2·a. */
    private static EmgSignals signals(int n) {
        double[] t = new double[n];
        double[][] v = new double[2][n];
        for (int k = 0; k < n; k++) {
            t[k] = k / 1000.0;
            v[0][k] = Math.sin(2 * Math.PI * 5 * t[k]) * k / n;
            v[1][k] = -2 * v[0][k];
        }
        return new EmgSignals("trial.csv", t, List.of("a", "b"), v);
    }

    @Test
    void cutoffAboveNyquistIsAOneLineErrorNamingTheSource() {
        EmgChain chain = new EmgChain(List.of(EmgStage.BandPass.of(50, 500, 4), new EmgStage.Rectify()),
                EmgNormalization.perTrialPeak());
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> chain.process(signals(100)));
        assertTrue(e.getMessage().startsWith("trial.csv: band-pass 50.0-500.0 Hz"), e.getMessage());
        assertTrue(e.getMessage().contains("not below the Nyquist frequency 500.0 Hz"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    /**
     * A band-pass of prototype order 4 is 4 second-order sections; zero-phase filtering pads each end with
     * 3·(2·4 + 1) = 27 samples (SciPy's sosfiltfilt rule), so it needs at least 28: 5 samples are refused in
     * one line naming the source and the stage, 28 are filtered.
     */
    @Test
    void aSignalShorterThanAFiltersPaddingIsRefused() {
        EmgChain chain = new EmgChain(List.of(EmgStage.BandPass.of(20, 450, 4), new EmgStage.Rectify()),
                EmgNormalization.none());
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> chain.process(signals(5)));
        assertEquals("trial.csv: 5 samples, too few for the band-pass 20.0-450.0 Hz (Butterworth order 4, zero "
                + "phase), which needs at least 28 (its padding at each end)", e.getMessage());
        assertEquals(28, chain.process(signals(28)).sampleCount());
    }

    @Test
    void nonUniformSamplingAndNanAreErrorsNamingTheSource() {
        EmgSignals uneven = new EmgSignals("x.sto", new double[] {0, 0.001, 0.003}, List.of("a"),
                new double[][] {{1, 2, 3}});
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new EmgChain(List.of(new EmgStage.Rectify()), EmgNormalization.none()).process(uneven));
        assertTrue(e.getMessage().startsWith("x.sto: not uniformly sampled"), e.getMessage());
        e = assertThrows(NeuroMskException.class, () -> new EmgSignals("y.sto", new double[] {0, 1}, List.of("a"),
                new double[][] {{1, Double.NaN}}));
        assertTrue(e.getMessage().startsWith("y.sto: channel 'a' has the value NaN at t = 1.0 s"), e.getMessage());
        e = assertThrows(NeuroMskException.class, () -> new EmgSignals("z.sto", new double[] {0, 1, 0.5},
                List.of("a"), new double[][] {{1, 2, 3}}));
        assertTrue(e.getMessage().startsWith("z.sto: time is not increasing"), e.getMessage());
    }

    @Test
    void normalisesPerTrialPeakOrByReference() {
        EmgSignals raw = new EmgSignals("r", new double[] {0, 1, 2}, List.of("a", "b"),
                new double[][] {{-4, 2, 1}, {1, -0.5, 0.25}});
        List<EmgStage> rectify = List.of(new EmgStage.Rectify());
        EmgSignals peak = new EmgChain(rectify, EmgNormalization.perTrialPeak()).process(raw);
        assertArrayEquals(new double[] {1, 0.5, 0.25}, peak.channel("a"), 0);
        assertArrayEquals(new double[] {1, 0.5, 0.25}, peak.channel("b"), 0);

        EmgSignals mvc = new EmgSignals("mvc", new double[] {0, 1}, List.of("a", "b"), new double[][] {{8, -2}, {0.5, 2}});
        Map<String, Double> peaks = new EmgChain(rectify, EmgNormalization.none()).peaks(mvc);
        assertEquals(Map.of("a", 8.0, "b", 2.0), peaks);
        EmgSignals byMvc = new EmgChain(rectify, new EmgNormalization.Reference(peaks)).process(raw);
        assertArrayEquals(new double[] {0.5, 0.25, 0.125}, byMvc.channel("a"), 0);
        assertArrayEquals(new double[] {0.5, 0.25, 0.125}, byMvc.channel("b"), 0);

        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new EmgChain(rectify, new EmgNormalization.Reference(Map.of("a", 1.0))).process(raw));
        assertTrue(e.getMessage().startsWith("r: channel 'b': no reference (MVC) value"), e.getMessage());
    }

    @Test
    void movingAverageStageAndResamplingOntoAnotherTimeBase() {
        EmgSignals raw = new EmgSignals("r", new double[] {0, 0.001, 0.002, 0.003}, List.of("a"),
                new double[][] {{0, 3, 6, 3}});
        // 0.003 s at 1000 Hz → 3 samples: (0+3)/2, (0+3+6)/3, (3+6+3)/3, (6+3)/2
        EmgSignals smooth = new EmgChain(List.of(new EmgStage.MovingAverageWindow(0.003)), EmgNormalization.none())
                .process(raw);
        assertArrayEquals(new double[] {1.5, 3, 4, 4.5}, smooth.channel("a"), 1e-12);
        // linear interpolation at 0.0005 s and 0.0025 s: midpoints 2.25 and 4.25
        EmgSignals at = smooth.resampled(new double[] {0.0005, 0.0025}, Interpolation.LINEAR);
        assertArrayEquals(new double[] {2.25, 4.25}, at.channel("a"), 1e-12);
        // 500 Hz over 0–0.003 s: 0 and 0.002 s (0.004 s would be past the end)
        EmgSignals slower = smooth.resampled(500, Interpolation.LINEAR);
        assertArrayEquals(new double[] {0, 0.002}, slower.time(), 1e-15);
        assertArrayEquals(new double[] {1.5, 4}, slower.channel("a"), 1e-12);
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> smooth.resampled(new double[] {0.001, 0.01}, Interpolation.LINEAR));
        assertTrue(e.getMessage().startsWith("r: cannot resample at t = 0.01 s"), e.getMessage());
    }

    @Test
    void writesSto() {
        EmgSignals env = new EmgChain(List.of(new EmgStage.Rectify()), EmgNormalization.perTrialPeak())
                .process(signals(50));
        Path out = dir.resolve("env.sto");
        EmgWriter.write(env, out, "Electromyography");
        Storage back = StorageReader.read(out);
        assertEquals("Electromyography", back.name());
        assertEquals(List.of("a", "b"), back.labels());
        assertArrayEquals(env.channel("b"), back.column("b"), 0);
        assertEquals(1.0, Math.abs(back.column("a")[49]), 0, "peak of |a| is its last sample");
    }
}
