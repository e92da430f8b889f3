package org.neuromsk.estimator.nmm.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuromsk.estimator.nmm.TrialData;

class PipelineTrialTest {

    @Test
    void gridAndInterpolation() {
        // 0 to 0.055 s at 100 Hz: 0, 0.01, ..., 0.05 (0.055 is not reached)
        double[] g = PipelineTrial.grid(0, 0.055, 100);
        assertEquals(6, g.length);
        assertEquals(0.05, g[5], 1e-12);
        // linear between samples, held beyond the ends
        assertArrayEquals(new double[] {0, 0.5, 5, 9, 9}, PipelineTrial.at(new double[] {0, 1, 3},
                new double[] {0, 1, 9}, new double[] {-1, 0.5, 2, 3, 4}), 1e-12);
    }

    @Test
    void blockBootstrapDrawsWholeBlocksOfTheTrial() {
        int n = 300;
        double[] t = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.01 * i;
            x[i] = i;
        }
        double[][] muscle = {x};
        TrialData trial = new TrialData("t", 0, t, x, x, x, x, new double[][] {null}, muscle, muscle, muscle, null,
                null, null);
        // window 64 → blocks of 128 frames, ⌈300/128⌉ = 3 of them
        List<TrialData> blocks = BlockBootstrap.sample(trial, 64, new Random(5));
        assertEquals(3, blocks.size());
        for (TrialData b : blocks) {
            assertEquals(128, b.frames());
            int start = (int) b.angle()[0];
            assertEquals(start + 127, b.angle()[127], 0);
            assertEquals(0.01 * start, b.time()[0], 1e-12);
            assertNull(b.envelopes()[0]);
        }
        // a trial shorter than two blocks is used whole
        assertEquals(List.of(trial), BlockBootstrap.sample(trial, 100, new Random(5)));
    }
}
