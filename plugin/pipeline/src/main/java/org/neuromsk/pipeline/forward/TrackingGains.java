package org.neuromsk.pipeline.forward;

import java.util.Locale;

/**
 * Gains of the forward check's tracking correction, which drives the reserves toward the input
 * coordinates q_in with the error e = q_in − q and its rate ė = q̇_in − q̇.
 *
 * <ul>
 * <li>{@link Kind#ACCELERATION} (the default): τ = M(q)·(kp·e + kv·ė) with M the mass matrix of the
 * free coordinates, so that every coordinate, light or heavy, gets the same closed-loop behaviour
 * ë + kv·ė + kp·e ≈ 0, as the acceleration-level gains of OpenSim's CMC tracking tasks do.
 * {@code position} = kp (1/s²), {@code speed} = kv (1/s). Held over a correction interval T, the loop
 * stays well damped while √kp·T ≲ 0.2.</li>
 * <li>{@link Kind#TORQUE}: τ = K·e + D·ė, the same K and D for every coordinate.
 * {@code position} = K (N·m/rad or N/m), {@code speed} = D (N·m·s/rad or N·s/m). Gains stiff enough
 * for the pelvis are unstable on a toe held over a correction interval.</li>
 * </ul>
 *
 * @param kind how the gains act
 * @param position kp (1/s²) or K (N·m/rad or N/m)
 * @param speed kv (1/s) or D (N·m·s/rad or N·s/m)
 */
public record TrackingGains(Kind kind, double position, double speed) {

    /** How the gains act. */
    public enum Kind {
        /** Accelerations kp·e + kv·ė times the mass matrix. */
        ACCELERATION,
        /** Generalized forces K·e + D·ė. */
        TORQUE
    }

    /**
     * Default acceleration gains: kp (1/s²); with {@link #DEFAULT_KV}, critically damped at 100 rad/s.
     * Stiffer than CMC's usual 100 1/s² because the correction is feedback alone: it must hold a toe
     * (about 1e-4 kg·m²) against the small force mismatches that open-loop controls leave.
     */
    public static final double DEFAULT_KP = 10_000;
    /** Default acceleration gains: kv (1/s), 2·√kp. */
    public static final double DEFAULT_KV = 200;
    /** Torque gains' K (N·m/rad or N/m) when only D is given (the defaults until session 9). */
    public static final double DEFAULT_STIFFNESS = 200;
    /** Torque gains' D (N·m·s/rad or N·s/m) when only K is given. */
    public static final double DEFAULT_DAMPING = 20;
    /** Default correction interval (s): √kp·T = 0.2 with the default gains. */
    public static final double DEFAULT_INTERVAL = 0.002;

    /** @throws IllegalArgumentException for a negative or non-finite gain */
    public TrackingGains {
        if (!(position >= 0 && speed >= 0 && Double.isFinite(position) && Double.isFinite(speed))) {
            throw new IllegalArgumentException("tracking gains must be finite and non-negative: " + position + ", "
                    + speed);
        }
    }

    /** @return kp = 10⁴ 1/s², kv = 200 1/s */
    public static TrackingGains defaults() {
        return acceleration(DEFAULT_KP, DEFAULT_KV);
    }

    /**
     * @param kp position gain (1/s²)
     * @param kv speed gain (1/s)
     * @return acceleration-level gains
     */
    public static TrackingGains acceleration(double kp, double kv) {
        return new TrackingGains(Kind.ACCELERATION, kp, kv);
    }

    /**
     * @param stiffness K (N·m/rad or N/m)
     * @param damping D (N·m·s/rad or N·s/m)
     * @return torque-level gains
     */
    public static TrackingGains torque(double stiffness, double damping) {
        return new TrackingGains(Kind.TORQUE, stiffness, damping);
    }

    /**
     * How fast an error decays, per correction interval, for acceleration gains held over {@code interval}:
     * the spectral radius of the sampled loop ë = −kp·e_k − kv·ė_k (held), e_{k+1} = e + T·ė + T²/2·ë,
     * ė_{k+1} = ė + T·ë. Below 1 the loop is stable (with critical damping kv = 2√kp, while √kp·T &lt; 1);
     * the muscles' own dynamics are not in it, so it is a necessary condition, not a sufficient one.
     *
     * @param interval the correction interval T (s)
     * @return the largest |eigenvalue| of the one-step map (-); NaN for torque gains (they need the inertia)
     */
    public double heldLoopRadius(double interval) {
        if (kind != Kind.ACCELERATION) {
            return Double.NaN;
        }
        double t = interval;
        double a = 1 - position * t * t / 2;
        double b = t - speed * t * t / 2;
        double c = -position * t;
        double d = 1 - speed * t;
        double trace = a + d;
        double det = a * d - b * c;
        double disc = trace * trace - 4 * det;
        if (disc < 0) {
            return Math.sqrt(det); // complex pair: |λ|² = det
        }
        double root = Math.sqrt(disc);
        return Math.max(Math.abs((trace + root) / 2), Math.abs((trace - root) / 2));
    }

    /**
     * @param interval a correction interval at which {@link #heldLoopRadius} reaches 1 or more (s)
     * @return half the interval at which the loop becomes unstable (s), to 3 significant digits: a
     *     margin (with critical damping, √kp·T = 0.5)
     */
    public double stableInterval(double interval) {
        double lo = 0;
        double hi = interval;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (heldLoopRadius(mid) < 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", lo / 2));
    }

    /**
     * @return e.g. "acceleration gains kp 10000 1/s², kv 200 1/s (τ = M(q)·(kp·e + kv·ė))" or "torque gains
     *     K 200 N·m/rad, D 20 N·m·s/rad (τ = K·e + D·ė)"
     */
    public String describe() {
        return kind == Kind.ACCELERATION
                ? "acceleration gains kp " + number(position) + " 1/s², kv " + number(speed)
                        + " 1/s (τ = M(q)·(kp·e + kv·ė))"
                : "torque gains K " + number(position) + " N·m/rad, D " + number(speed)
                        + " N·m·s/rad (τ = K·e + D·ė)";
    }

    /**
     * @param v a gain or an interval
     * @return it as people write it: 10000 → "10000", 0.5 → "0.5", 1e-7 → "1e-07"
     */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+(?=e|$)", "$1")
                        .replaceAll("\\.(?=e|$)", "");
    }
}
