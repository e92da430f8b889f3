package org.neuromsk.training;

import java.util.SplittableRandom;

/**
 * Derives every random stream of a run from its one seed and the epoch number, so that a run
 * resumed at epoch k draws exactly what the uninterrupted run drew from epoch k on.
 */
final class Seeds {

    private Seeds() {
    }

    /**
     * @param seed the run's seed
     * @param epoch 0 for parameter initialisation, else the epoch
     * @return seed for PyTorch's generator (dropout, initialisation)
     */
    static int torch(long seed, int epoch) {
        return (int) (mix(seed, 2L * epoch) >>> 33);
    }

    /**
     * @param size number of samples
     * @param seed the run's seed
     * @param epoch the epoch
     * @return the order in which the epoch visits the samples (Fisher–Yates shuffle)
     */
    static int[] order(int size, long seed, int epoch) {
        SplittableRandom random = new SplittableRandom(mix(seed, 2L * epoch + 1));
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** SplitMix64 finaliser of {@code seed + γ·(stream + 1)}: well-spread, distinct per stream. */
    static long mix(long seed, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
