package org.neuromsk.pipeline.forward;

import java.util.Optional;

import org.neuromsk.io.storage.Storage;

/**
 * The moment muscles produce about one coordinate, Σ moment arm × tendon force, at each row of a table of
 * tendon forces (N·m; N for a translational coordinate), the moment arms interpolated linearly onto the
 * forces' times. Shared by the pipeline's report (muscle torques against inverse dynamics) and
 * {@link ResidualReserves} (what the reserves must add).
 */
public final class MuscleMoments {

    private MuscleMoments() {
    }

    /**
     * @param arms moment arms about the coordinate (m), one column per muscle, on their own time base
     * @param forces tendon forces (N), one column per muscle; a muscle without a column in {@code arms}
     *     contributes nothing
     * @return the moment at each row of {@code forces}, or empty if no muscle of {@code forces} has a
     *     non-zero moment arm about the coordinate
     */
    public static Optional<double[]> about(Storage arms, Storage forces) {
        // Storage hands out copies: every array is taken once, outside the row loops
        double[] time = forces.time();
        double[] armTime = arms.time();
        double[] moment = new double[time.length];
        boolean spanned = false;
        for (String muscle : forces.labels()) {
            if (!arms.hasColumn(muscle)) {
                continue;
            }
            double[] arm = arms.column(muscle);
            double[] force = forces.column(muscle);
            for (int k = 0; k < time.length; k++) {
                double r = KinematicsComparison.interpolate(armTime, arm, time[k]);
                moment[k] += r * force[k];
                spanned |= r != 0;
            }
        }
        return spanned ? Optional.of(moment) : Optional.empty();
    }
}
