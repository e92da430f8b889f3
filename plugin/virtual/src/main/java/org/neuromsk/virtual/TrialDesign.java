package org.neuromsk.virtual;

import java.util.SplittableRandom;

import org.neuromsk.error.NeuroMskException;

/**
 * The flexion–extension a trial aims at: a hold at the start angle, then cycles of flexion to the peak
 * angle and extension back, each a minimum-jerk (quintic) movement separated by short pauses, then a
 * final hold. The target has continuous angle, speed and acceleration; the trial's actual motion is
 * what the forward simulation makes of it.
 *
 * @param startAngle angle held at the start and between cycles (rad)
 * @param peakAngle angle reached at the top of each flexion (rad)
 * @param flexionTime duration of each flexion (s)
 * @param extensionTime duration of each extension (s)
 * @param pause rest at each end of a movement (s)
 * @param cycles number of flexion–extension cycles
 * @param holdBefore rest before the first cycle (s)
 * @param holdAfter rest after the last cycle (s)
 */
public record TrialDesign(double startAngle, double peakAngle, double flexionTime, double extensionTime,
        double pause, int cycles, double holdBefore, double holdAfter) {

    /** Stream purpose: trial designs. */
    static final long TRIAL_STREAM = 2;

    /** @throws NeuroMskException for a design that cannot be run */
    public TrialDesign {
        if (!(peakAngle > startAngle) || startAngle < 0 || peakAngle > Math.toRadians(130)) {
            throw new NeuroMskException("a trial must flex from a start angle >= 0 to a larger peak angle <= 130 deg");
        }
        if (!(flexionTime > 0) || !(extensionTime > 0) || pause < 0 || cycles < 1 || holdBefore < 0 || holdAfter < 0) {
            throw new NeuroMskException("trial durations must be positive and cycles >= 1");
        }
    }

    /**
     * Draws a design: start 10–25°, peak 100–125°, flexion and extension 0.9–1.5 s each, pauses
     * 0.05–0.2 s, two cycles, 0.4 s holds.
     *
     * @param rng the trial's random stream
     * @return the design
     */
    static TrialDesign draw(SplittableRandom rng) {
        return new TrialDesign(Math.toRadians(new Range(10, 25).draw(rng)),
                Math.toRadians(new Range(100, 125).draw(rng)), new Range(0.9, 1.5).draw(rng),
                new Range(0.9, 1.5).draw(rng), new Range(0.05, 0.2).draw(rng), 2, 0.4, 0.4);
    }

    /** @return the trial's duration (s) */
    public double duration() {
        return holdBefore + cycles * cycleTime() + holdAfter;
    }

    private double cycleTime() {
        return flexionTime + extensionTime + 2 * pause;
    }

    /**
     * @param t time (s); before 0 and after the end the target rests
     * @return {angle (rad), speed (rad/s), acceleration (rad/s²)}
     */
    public double[] target(double t) {
        double local = t - holdBefore;
        if (local <= 0 || local >= cycles * cycleTime()) {
            return new double[] {startAngle, 0, 0};
        }
        double inCycle = local - Math.floor(local / cycleTime()) * cycleTime();
        double amplitude = peakAngle - startAngle;
        if (inCycle < flexionTime) {
            return minimumJerk(startAngle, amplitude, inCycle / flexionTime, flexionTime);
        }
        inCycle -= flexionTime;
        if (inCycle < pause) {
            return new double[] {peakAngle, 0, 0};
        }
        inCycle -= pause;
        if (inCycle < extensionTime) {
            return minimumJerk(peakAngle, -amplitude, inCycle / extensionTime, extensionTime);
        }
        return new double[] {startAngle, 0, 0};
    }

    /** s(τ) = 10τ³ − 15τ⁴ + 6τ⁵ and its derivatives, scaled to an amplitude and a duration. */
    private static double[] minimumJerk(double from, double amplitude, double tau, double duration) {
        double t2 = tau * tau;
        double t3 = t2 * tau;
        double s = t3 * (10 - 15 * tau + 6 * t2);
        double ds = 30 * t2 * (1 - 2 * tau + t2);
        double dds = 60 * tau * (1 - 3 * tau + 2 * t2);
        return new double[] {from + amplitude * s, amplitude * ds / duration, amplitude * dds / (duration * duration)};
    }
}
