package org.neuromsk.dataset;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/** Heel-strike detection from the vertical ground reaction force or from the knee angle. */
public final class GaitEvents {

    private GaitEvents() {
    }

    /**
     * Heel strikes as the times the vertical force rises through the threshold, interpolated between
     * frames. A crossing less than {@code minCycle} after the previous accepted one is ignored.
     *
     * @param time times (s), increasing
     * @param verticalForce vertical ground reaction force under the foot (N)
     * @param threshold contact threshold (N), e.g. 20
     * @param minCycle shortest time between heel strikes (s)
     * @return heel-strike times (s), increasing
     */
    public static double[] fromVerticalForce(double[] time, double[] verticalForce, double threshold, double minCycle) {
        check(time, verticalForce);
        List<Double> events = new ArrayList<>();
        for (int i = 1; i < time.length; i++) {
            double a = verticalForce[i - 1];
            double b = verticalForce[i];
            if (a < threshold && b >= threshold) {
                double t = time[i - 1] + (threshold - a) / (b - a) * (time[i] - time[i - 1]);
                accept(events, t, minCycle);
            }
        }
        return toArray(events);
    }

    /**
     * Heel strikes from the knee angle alone: in each swing (the knee flexed beyond the midpoint of
     * its range) the most flexed frame is found, and the heel strike is the first local maximum of
     * the knee angle (the knee most extended) after it. Knee flexion is negative in gait2392 and
     * Rajagopal's {@code knee_angle} is positive: pass {@code flexionNegative} accordingly. On the
     * CEINMS-RT walks these events lie within 20 ms of the force-plate heel strikes (median 10–20 ms
     * early).
     *
     * @param time times (s), increasing
     * @param kneeAngle knee angle (deg or rad)
     * @param flexionNegative true if flexion makes the angle more negative
     * @param minCycle shortest time between heel strikes (s)
     * @return heel-strike times (s), increasing
     */
    public static double[] fromKneeAngle(double[] time, double[] kneeAngle, boolean flexionNegative, double minCycle) {
        check(time, kneeAngle);
        int n = kneeAngle.length;
        double[] extension = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            extension[i] = flexionNegative ? kneeAngle[i] : -kneeAngle[i];
            lo = Math.min(lo, extension[i]);
            hi = Math.max(hi, extension[i]);
        }
        double mid = (lo + hi) / 2;
        List<Double> events = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (extension[i] >= mid) {
                i++;
                continue;
            }
            int j = i;
            int peak = i;
            while (j < n && extension[j] < mid) {
                if (extension[j] < extension[peak]) {
                    peak = j;
                }
                j++;
            }
            int m = peak;
            while (m + 1 < n && extension[m + 1] >= extension[m]) {
                m++;
            }
            if (m + 1 < n) {
                accept(events, time[m], minCycle);
            }
            i = Math.max(j, m);
        }
        return toArray(events);
    }

    private static void accept(List<Double> events, double t, double minCycle) {
        if (events.isEmpty() || t - events.get(events.size() - 1) >= minCycle) {
            events.add(t);
        }
    }

    private static double[] toArray(List<Double> events) {
        return events.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void check(double[] time, double[] values) {
        if (time.length != values.length) {
            throw new NeuroMskException(time.length + " times but " + values.length + " values");
        }
    }
}
