package org.neuromsk.estimator.nmm;

import java.util.List;
import java.util.Objects;

import org.neuromsk.error.NeuroMskException;

/**
 * One trial of a subject, on a uniform time base: what the NMM sees (kinematics, load, measured
 * envelopes, the inverse-dynamics moment, the muscles' geometry from the backend) and, for virtual
 * subjects, the true excitations and activations. Muscle arrays are {@code [muscle][frame]} in the
 * subject's muscle order; envelope rows of hidden muscles are null.
 *
 * @param name trial name
 * @param loadMass hand-held load (kg)
 * @param time frame times (s), uniform
 * @param angle joint angle (rad)
 * @param speed angular velocity (rad/s)
 * @param acceleration angular acceleration (rad/s²)
 * @param moment inverse-dynamics moment (N·m)
 * @param envelopes measured envelopes (null rows for hidden muscles)
 * @param lengths musculotendon lengths (m)
 * @param lengtheningSpeeds musculotendon lengthening speeds (m/s)
 * @param momentArms moment arms about the joint (m)
 * @param trueExcitation true excitations, or null when unknown
 * @param trueActivation true activations, or null when unknown
 * @param model the generic model holding the trial's load (for static optimisation), or null
 */
public record TrialData(String name, double loadMass, double[] time, double[] angle, double[] speed,
        double[] acceleration, double[] moment, double[][] envelopes, double[][] lengths,
        double[][] lengtheningSpeeds, double[][] momentArms, double[][] trueExcitation, double[][] trueActivation,
        java.nio.file.Path model) {

    /** Checks that every series has one value per frame. */
    public TrialData {
        Objects.requireNonNull(name, "name");
        int n = time.length;
        if (n < 2) {
            throw new NeuroMskException("trial " + name + ": needs at least two frames");
        }
        for (double[] series : List.of(angle, speed, acceleration, moment)) {
            if (series.length != n) {
                throw new NeuroMskException("trial " + name + ": a kinematic or moment series has " + series.length
                        + " values for " + n + " frames");
            }
        }
        int muscles = lengths.length;
        for (double[][] table : new double[][][] {envelopes, lengtheningSpeeds, momentArms}) {
            checkTable(name, table, muscles, n, true);
        }
        checkTable(name, lengths, muscles, n, false);
        if (trueExcitation != null) {
            checkTable(name, trueExcitation, muscles, n, false);
        }
        if (trueActivation != null) {
            checkTable(name, trueActivation, muscles, n, false);
        }
    }

    private static void checkTable(String name, double[][] table, int muscles, int frames, boolean nullRows) {
        if (table.length != muscles) {
            throw new NeuroMskException("trial " + name + ": " + table.length + " muscle rows, expected " + muscles);
        }
        for (double[] row : table) {
            if (row == null ? !nullRows : row.length != frames) {
                throw new NeuroMskException("trial " + name + ": a muscle series does not have " + frames + " frames");
            }
        }
    }

    /** @return number of frames */
    public int frames() {
        return time.length;
    }

    /** @return time between frames (s) */
    public double frameStep() {
        return (time[time.length - 1] - time[0]) / (time.length - 1);
    }

    /** @return the largest absolute inverse-dynamics moment (N·m) */
    public double peakMoment() {
        double peak = 0;
        for (double v : moment) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }
}
