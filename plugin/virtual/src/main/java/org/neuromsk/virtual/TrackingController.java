package org.neuromsk.virtual;

import java.util.Objects;

import org.neuromsk.engine.muscle.MuscleEvaluation;
import org.neuromsk.error.NeuroMskException;

/**
 * Chooses each muscle's next excitation node from the simulated state, so that the elbow follows a
 * {@link TrialDesign} with the subject's own way of sharing the work:
 * <ol>
 * <li>desired torque τ = τ_ff + K_p·(θ* − θ) + K_d·(θ̇* − θ̇): τ_ff is the inverse dynamics of the
 *     target a lead time ahead (covering activation and force build-up); the gains give the tracking
 *     error a natural frequency ω and damping ζ, scaled by the current inertia I (K_p = I·ω²,
 *     K_d = 2ζω·I);</li>
 * <li>every muscle keeps its co-contraction baseline b_m(t) ({@link SubjectTruth#baselineActivation}),
 *     slowly modulated by default by one co-activation command common to all muscles;</li>
 * <li>the rest of the torque, τ − Σ r_m·(b_m·A_m + P_m), comes from the flexors when positive and the
 *     extensors when negative, each muscle adding w_m·D to its baseline, w_m its drive weight and D
 *     the common drive; A_m = F_iso·f_AL·f_V·cos φ is the active force along the tendon per unit
 *     activation at the current fibre state and P_m the passive force;</li>
 * <li>the excitation moves towards the resulting activation through a first-order smoothing with
 *     time constant τ_u, and stays within [0.01, 1].</li>
 * </ol>
 * The result is not what static optimisation would choose: antagonists stay active and agonists
 * share the drive by the subject's weights, not by strength. Not thread-safe.
 */
final class TrackingController {

    /**
     * Controller settings.
     *
     * @param lead how far ahead the feed-forward looks (s)
     * @param naturalFrequency ω of the tracking error (rad/s)
     * @param damping ζ of the tracking error (-)
     * @param smoothing τ_u of the excitation smoothing (s)
     */
    record Gains(double lead, double naturalFrequency, double damping, double smoothing) {

        /** @throws NeuroMskException for negative values */
        Gains {
            if (lead < 0 || !(naturalFrequency > 0) || !(damping > 0) || smoothing < 0) {
                throw new NeuroMskException("invalid controller gains " + lead + ", " + naturalFrequency + ", "
                        + damping + ", " + smoothing);
            }
        }

        /** @return lead 40 ms, ω = 18 rad/s, ζ = 1, τ_u = 10 ms */
        static Gains defaults() {
            return new Gains(0.040, 18, 1.0, 0.010);
        }
    }

    /** Lowest excitation (the muscles' minimum activation and min_control). */
    static final double MIN_EXCITATION = 0.01;

    private final ElbowMechanics mechanics;
    private final SubjectTruth subject;
    private final double loadMass;
    private final TrialDesign design;
    private final Gains gains;
    private final boolean[] flexor;
    private final double[] driveWeight;
    private final double[] maxIsometricForce;

    TrackingController(ElbowMechanics mechanics, SubjectTruth subject, double loadMass, TrialDesign design,
            Gains gains) {
        this.mechanics = Objects.requireNonNull(mechanics, "mechanics");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.loadMass = loadMass;
        this.design = Objects.requireNonNull(design, "design");
        this.gains = Objects.requireNonNull(gains, "gains");
        int n = ElbowMuscles.ALL.size();
        flexor = new boolean[n];
        driveWeight = new double[n];
        maxIsometricForce = new double[n];
        for (int m = 0; m < n; m++) {
            flexor[m] = ElbowMuscles.isFlexor(ElbowMuscles.ALL.get(m));
            driveWeight[m] = subject.muscles().get(m).driveWeight();
            maxIsometricForce[m] = subject.muscles().get(m).maxIsometricForce();
        }
    }

    /**
     * The activations the sharing rule asks for at a state (steps 1–3, no smoothing).
     *
     * @param time the time the activations are for (s)
     * @param angle elbow angle (rad)
     * @param speed elbow speed (rad/s)
     * @param activation current activations
     * @param fiberLength current fibre lengths (m)
     * @param feedbackTime the time whose target the feedback compares with (s)
     * @return target activations, in [0.01, 1]
     */
    double[] targetActivations(double time, double angle, double speed, double[] activation, double[] fiberLength,
            double feedbackTime) {
        ElbowMechanics.Snapshot s = mechanics.evaluate(angle, speed, activation, fiberLength);
        double[] ahead = design.target(time + gains.lead());
        double[] now = design.target(feedbackTime);
        double inertia = mechanics.inertia(angle);
        double w = gains.naturalFrequency();
        double torque = mechanics.requiredTorque(ahead[0], ahead[1], ahead[2])
                + inertia * w * w * (now[0] - angle) + 2 * gains.damping() * w * inertia * (now[1] - speed);
        int n = activation.length;
        double[] base = new double[n];
        double[] capacity = new double[n];
        double baseTorque = 0;
        for (int m = 0; m < n; m++) {
            MuscleEvaluation e = s.muscle()[m];
            double cos = Math.cos(e.pennationAngle());
            capacity[m] = maxIsometricForce[m] * e.activeForceLengthMultiplier() * e.forceVelocityMultiplier() * cos;
            base[m] = subject.baselineActivation(m, time, loadMass);
            baseTorque += s.momentArm()[m] * (base[m] * capacity[m] + e.passiveFiberForce() * cos);
        }
        double remaining = torque - baseTorque;
        boolean flexing = remaining > 0;
        double perDrive = 0;
        for (int m = 0; m < n; m++) {
            if (flexor[m] == flexing) {
                perDrive += s.momentArm()[m] * driveWeight[m] * capacity[m];
            }
        }
        double drive = perDrive == 0 ? 0 : Math.max(0, remaining / perDrive);
        double[] target = new double[n];
        for (int m = 0; m < n; m++) {
            double a = base[m] + (flexor[m] == flexing ? driveWeight[m] * drive : 0);
            target[m] = Math.min(1, Math.max(MIN_EXCITATION, a));
        }
        return target;
    }

    /**
     * @param time the current node's time (s)
     * @param step time to the next node (s)
     * @param angle elbow angle (rad)
     * @param speed elbow speed (rad/s)
     * @param activation current activations
     * @param fiberLength current fibre lengths (m)
     * @param excitation the current node's excitations
     * @return the next node's excitations
     */
    double[] nextExcitation(double time, double step, double angle, double speed, double[] activation,
            double[] fiberLength, double[] excitation) {
        double[] target = targetActivations(time + step, angle, speed, activation, fiberLength, time);
        double alpha = step / (gains.smoothing() + step);
        double[] next = new double[target.length];
        for (int m = 0; m < next.length; m++) {
            next[m] = Math.min(1, Math.max(MIN_EXCITATION, excitation[m] + alpha * (target[m] - excitation[m])));
        }
        return next;
    }
}
