package org.neuromsk.estimator.imu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Folder layout of an ensemble: a model folder that holds one complete model folder per member,
 * {@code member-1}, {@code member-2}, … (a single network is saved directly in the model folder).
 * The ensemble's estimate is the mean of its members' estimates, added in member order in single
 * precision and divided by the member count.
 */
public final class EnsembleMembers {

    /** Prefix of the member folders. */
    public static final String PREFIX = "member-";

    private EnsembleMembers() {
    }

    /**
     * @param dir the ensemble's folder
     * @param member member index (0 first)
     * @return the folder of that member
     */
    public static Path member(Path dir, int member) {
        return dir.resolve(PREFIX + (member + 1));
    }

    /**
     * @param dir a model folder
     * @return its member folders in order, or an empty list when it holds a single network
     */
    public static List<Path> of(Path dir) {
        List<Path> members = new ArrayList<>();
        for (int k = 0; Files.isDirectory(member(dir, k)); k++) {
            members.add(member(dir, k));
        }
        return members;
    }

    /**
     * Adds one member's estimates to a running sum (in place).
     *
     * @param sum the sum so far, {@code frames × outputs}, or null for the first member
     * @param estimates the member's estimates, same shape
     * @return the new sum
     */
    static float[][] add(float[][] sum, float[][] estimates) {
        if (sum == null) {
            float[][] copy = new float[estimates.length][];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = estimates[i].clone();
            }
            return copy;
        }
        for (int i = 0; i < sum.length; i++) {
            for (int o = 0; o < sum[i].length; o++) {
                sum[i][o] += estimates[i][o];
            }
        }
        return sum;
    }

    /**
     * @param sum summed estimates (divided in place)
     * @param members member count
     * @return the mean
     */
    static float[][] mean(float[][] sum, int members) {
        for (float[] row : sum) {
            for (int o = 0; o < row.length; o++) {
                row[o] /= members;
            }
        }
        return sum;
    }
}
