package org.neuromsk.estimator.nmm.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.neuromsk.estimator.nmm.TrialData;

/**
 * Moving-block bootstrap of one trial for an ensemble member: blocks of two training windows starting
 * at uniformly drawn frames, as many as make up the trial's length, each a trial of its own.
 */
final class BlockBootstrap {

    private BlockBootstrap() {
    }

    /**
     * @param trial the trial
     * @param window the NMM's training window (frames)
     * @param random the member's random stream
     * @return the resampled blocks (the whole trial when it is shorter than two blocks)
     */
    static List<TrialData> sample(TrialData trial, int window, Random random) {
        int block = 2 * window;
        int n = trial.frames();
        if (n < 2 * block) {
            return List.of(trial);
        }
        int count = (int) Math.ceil((double) n / block);
        List<TrialData> out = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            int start = random.nextInt(n - block + 1);
            out.add(slice(trial, start, start + block, b));
        }
        return out;
    }

    static TrialData slice(TrialData t, int from, int to, int index) {
        return new TrialData(t.name() + "#" + index, t.loadMass(), Arrays.copyOfRange(t.time(), from, to),
                Arrays.copyOfRange(t.angle(), from, to), Arrays.copyOfRange(t.speed(), from, to),
                Arrays.copyOfRange(t.acceleration(), from, to), Arrays.copyOfRange(t.moment(), from, to),
                rows(t.envelopes(), from, to), rows(t.lengths(), from, to), rows(t.lengtheningSpeeds(), from, to),
                rows(t.momentArms(), from, to), rows(t.trueExcitation(), from, to), rows(t.trueActivation(), from, to),
                t.model());
    }

    private static double[][] rows(double[][] table, int from, int to) {
        if (table == null) {
            return null;
        }
        double[][] out = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            out[i] = table[i] == null ? null : Arrays.copyOfRange(table[i], from, to);
        }
        return out;
    }
}
