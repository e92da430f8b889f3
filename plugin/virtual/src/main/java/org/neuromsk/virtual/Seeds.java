package org.neuromsk.virtual;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the generator seed and a path of integers (subject, load,
 * trial, purpose), so that adding subjects, loads or trials leaves the others unchanged.
 */
final class Seeds {

    private Seeds() {
    }

    /**
     * @param seed the generator seed
     * @param path indices naming the stream
     * @return a random source for that stream
     */
    static SplittableRandom stream(long seed, long... path) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : path) {
            h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
