package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/**
 * How to cut a trial into gait cycles: from the vertical ground reaction force under the chosen foot
 * (heel strike = the force rising through a threshold) or from its knee angle, then
 * {@link CycleRules}.
 *
 * @param source force plates, kinematics, or force plates when the trial has them ({@code AUTO})
 * @param side the foot whose cycles to use
 * @param threshold contact threshold of the vertical force (N)
 * @param rules which cycles to accept
 */
public record Segmentation(Source source, Side side, double threshold, CycleRules rules) {

    /** Where heel strikes come from. */
    public enum Source {
        /** The vertical ground reaction force. */
        FORCE,
        /** The knee angle. */
        KINEMATICS,
        /** The force when the trial has ground reaction forces, else the knee angle. */
        AUTO
    }

    /** The foot. */
    public enum Side {
        /** Right foot: force columns without prefix ({@code ground_force_vy}) or with {@code r}; {@code knee_angle_r}. */
        RIGHT("r"),
        /** Left foot: force columns with an {@code l_} prefix or {@code _l_} infix; {@code knee_angle_l}. */
        LEFT("l");

        private final String suffix;

        Side(String suffix) {
            this.suffix = suffix;
        }

        /** @return {@code r} or {@code l} */
        public String suffix() {
            return suffix;
        }

        /** @return candidate labels of this foot's vertical force, most common first */
        List<String> verticalForceLabels() {
            return this == RIGHT
                    ? List.of("ground_force_vy", "r_ground_force_vy", "ground_force_r_vy", "R_ground_force_vy")
                    : List.of("l_ground_force_vy", "ground_force_l_vy", "L_ground_force_vy");
        }
    }

    /** Checks the fields. */
    public Segmentation {
        if (source == null || side == null || rules == null || !(threshold > 0)) {
            throw new NeuroMskException("segmentation needs a source, a side, rules and a positive force threshold");
        }
    }

    /** @return right foot, force plates when present, 20 N, {@link CycleRules#walking()} */
    public static Segmentation defaults() {
        return new Segmentation(Source.AUTO, Side.RIGHT, 20, CycleRules.walking());
    }

    /**
     * @param trial a trial
     * @return its accepted cycles
     * @throws FileFormatException naming the force or kinematics file if the needed column is missing
     */
    public GaitCycles segment(GaitTrial trial) {
        boolean useForce = source == Source.FORCE || (source == Source.AUTO && trial.groundForces().isPresent());
        double[] time = trial.time();
        if (useForce) {
            Storage grf = trial.groundForces().orElseThrow(() -> new NeuroMskException("trial " + trial.name()
                    + " has no ground reaction forces to find heel strikes in"));
            double[] fy = verticalForce(grf, trial.groundForcesFile());
            double[] events = GaitEvents.fromVerticalForce(time, fy, threshold, rules.minDuration());
            return GaitCycles.fromHeelStrikes(events, rules, String.format(Locale.ROOT,
                    "%s vertical ground reaction force rising through %s N", side.name().toLowerCase(Locale.ROOT),
                    trim(threshold)));
        }
        String knee = "knee_angle_" + side.suffix();
        double[] angle = trial.anglesDegrees(List.of(knee))[0];
        boolean flexionNegative = kneeFlexesNegative(angle);
        double[] events = GaitEvents.fromKneeAngle(time, angle, flexionNegative, rules.minDuration());
        return GaitCycles.fromHeelStrikes(events, rules, "most extended " + knee + " after each swing");
    }

    private double[] verticalForce(Storage grf, Path file) {
        for (String label : side.verticalForceLabels()) {
            int c = grf.indexOf(label);
            if (c >= 0) {
                return grf.column(c);
            }
        }
        throw new FileFormatException(file, 0, "no vertical force column for the " + side.name().toLowerCase(Locale.ROOT)
                + " foot (looked for " + String.join(", ", side.verticalForceLabels()) + ")");
    }

    /**
     * gait2392 flexes the knee negative (to about −70° in swing), Rajagopal's model positive: the sign
     * of the angle's largest excursion tells which.
     */
    static boolean kneeFlexesNegative(double[] angle) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double a : angle) {
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        return Math.abs(min) > Math.abs(max);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
