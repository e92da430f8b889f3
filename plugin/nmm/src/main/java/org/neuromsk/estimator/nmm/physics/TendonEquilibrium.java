package org.neuromsk.estimator.nmm.physics;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.neuromsk.engine.muscle.curve.ThelenActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenPassiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve;

/**
 * Hill muscles with compliant tendons in quasi-static fibre–tendon equilibrium, differentiable. At
 * each frame the tendon strain x solves
 * g(x) = f_SE(1 + x) − cos φ·(a·f_AL(l̃)·f_V(a, ṽ) + f_PE(l̃)) = 0, with l_T = l_Ts(1 + x),
 * l_ce = √(h² + (l_MT − l_T)²), h = l_opt·sin φ_opt, cos φ = (l_MT − l_T)/l_ce (the engine's
 * fixed-width pennation), the fibre's along-tendon length kept ≥ 0.05·l_opt. The fibre velocity ṽ
 * comes from the fibre lengths themselves: a first solve takes l̇_ce = l̇_MT, then l̇_ce is the
 * central difference of the solved fibre lengths over time and the equilibrium is solved again
 * ({@code passes} solves in all). This differs from the engine's Thelen2003Muscle, which integrates
 * fibre length as a state, by the lag of the fibre behind equilibrium (small at these speeds).
 *
 * <p>The solve runs in Java (doubles, safeguarded Newton). Gradients then follow from the implicit
 * function theorem by one Newton step on tensors from the solution x₀ with the slope held constant:
 * x = x₀ − g(x₀; θ, a)/g′(x₀) has the value x₀ and the derivatives dx/dθ = −(∂g/∂θ)/g′. The tendon
 * force is F_T = F_iso·f_SE(1 + x).
 */
public final class TendonEquilibrium {

    /** Lower bound of the fibre length along the tendon, in optimal fibre lengths. */
    static final double MIN_ALONG_TENDON = 0.05;
    private static final int MAX_ITERATIONS = 60;
    private static final double TOLERANCE = 1e-12;
    /** Floor of g′ (the tendon's stiffness at the start of its toe region is about 2.5). */
    private static final double MIN_SLOPE = 1e-3;

    /** The muscles' fixed properties, in model order (read by the solver's residual at every iteration). */
    private final MuscleConstants[] muscles;
    private final ThelenActiveForceLengthCurve[] activeCurves;
    private final ThelenPassiveForceLengthCurve[] passiveCurves;
    private final ThelenTendonForceLengthCurve[] tendonCurves;
    /** sin φ₀ per muscle, evaluated once. */
    private final double[] sinPennation;
    private final int passes;

    /**
     * @param muscles fixed properties, in model order
     * @param passes equilibrium solves (1: fibre speed = path speed; 2 or more: fibre speed from the
     *     previous solve's fibre lengths)
     */
    public TendonEquilibrium(List<MuscleConstants> muscles, int passes) {
        this.muscles = muscles.toArray(new MuscleConstants[0]);
        this.passes = Math.max(1, passes);
        int n = muscles.size();
        activeCurves = new ThelenActiveForceLengthCurve[n];
        passiveCurves = new ThelenPassiveForceLengthCurve[n];
        tendonCurves = new ThelenTendonForceLengthCurve[n];
        sinPennation = new double[n];
        for (int m = 0; m < n; m++) {
            MuscleConstants c = muscles.get(m);
            sinPennation[m] = Math.sin(c.pennationAngleAtOptimal());
            activeCurves[m] = new ThelenActiveForceLengthCurve(c.kShapeActive());
            passiveCurves[m] = new ThelenPassiveForceLengthCurve(c.fmaxMuscleStrain(), c.kShapePassive());
            tendonCurves[m] = new ThelenTendonForceLengthCurve(c.fmaxTendonStrain());
        }
    }

    /**
     * Equilibrium strains with their slopes and the fibre speeds used, layout {@code [batch][time][muscle]}.
     *
     * @param strain tendon strain x₀ at equilibrium
     * @param slope g′(x₀)
     * @param fiberVelocity l̇_ce (m/s) used in f_V
     */
    public record Solution(float[] strain, float[] slope, float[] fiberVelocity) {
    }

    /** @return the number of muscles */
    public int muscleCount() {
        return muscles.length;
    }

    /**
     * @param activation a, {@code [batch][time][muscle]} flattened
     * @param length l_MT (m), same layout
     * @param speed l̇_MT (m/s), same layout
     * @param batch batch size
     * @param frames frames per sequence
     * @param frameStep time between frames (s)
     * @param optimalFiberLength l_opt per muscle (m)
     * @param tendonSlackLength l_Ts per muscle (m)
     * @return the equilibrium
     */
    public Solution solve(float[] activation, float[] length, float[] speed, int batch, int frames, double frameStep,
            double[] optimalFiberLength, double[] tendonSlackLength) {
        int n = muscles.length;
        int size = batch * frames * n;
        float[] strain = new float[size];
        float[] slope = new float[size];
        float[] velocity = new float[size];
        double[] x = new double[size];
        double[] fiber = new double[size];
        for (int i = 0; i < size; i++) {
            velocity[i] = speed[i];
        }
        for (int pass = 0; pass < passes; pass++) {
            for (int b = 0; b < batch; b++) {
                for (int m = 0; m < n; m++) {
                    double previous = 0.02;
                    for (int t = 0; t < frames; t++) {
                        int i = (b * frames + t) * n + m;
                        x[i] = root(m, activation[i], length[i], velocity[i], optimalFiberLength[m],
                                tendonSlackLength[m], previous);
                        previous = x[i];
                        fiber[i] = fiberLength(m, length[i], x[i], optimalFiberLength[m], tendonSlackLength[m]);
                    }
                }
            }
            if (pass < passes - 1 && frames > 1) {
                for (int b = 0; b < batch; b++) {
                    for (int m = 0; m < n; m++) {
                        for (int t = 0; t < frames; t++) {
                            velocity[(b * frames + t) * n + m] = (float) difference(fiber, b, t, m, frames, n,
                                    frameStep);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            int m = i % n;
            strain[i] = (float) x[i];
            slope[i] = (float) derivative(m, activation[i], length[i], velocity[i], optimalFiberLength[m],
                    tendonSlackLength[m], x[i]);
        }
        return new Solution(strain, slope, velocity);
    }

    /**
     * The fibre speed at frame t from the solved fibre lengths: central difference inside, and at the
     * ends the second-order one-sided difference (−3l₀ + 4l₁ − l₂)/(2Δt) (mirrored at the last
     * frame), so the window's last frames, which the loss scores, get no first-order error (a
     * backward difference there left 1.6 % of peak moment against the generator at 0 kg).
     */
    private static double difference(double[] fiber, int b, int t, int m, int frames, int n, double step) {
        int base = b * frames;
        if (frames < 3) {
            int lo = Math.max(0, t - 1);
            int hi = Math.min(frames - 1, t + 1);
            return (fiber[(base + hi) * n + m] - fiber[(base + lo) * n + m]) / ((hi - lo) * step);
        }
        if (t == 0) {
            return (-3 * fiber[base * n + m] + 4 * fiber[(base + 1) * n + m] - fiber[(base + 2) * n + m])
                    / (2 * step);
        }
        if (t == frames - 1) {
            return (3 * fiber[(base + t) * n + m] - 4 * fiber[(base + t - 1) * n + m]
                    + fiber[(base + t - 2) * n + m]) / (2 * step);
        }
        return (fiber[(base + t + 1) * n + m] - fiber[(base + t - 1) * n + m]) / (2 * step);
    }

    /**
     * @param solution an equilibrium
     * @param maxIsometricForce F_iso per muscle (N)
     * @return F_T = F_iso·f_SE(1 + x₀) in doubles, same layout as the solution
     */
    public double[] tendonForces(Solution solution, double[] maxIsometricForce) {
        int n = muscles.length;
        float[] x = solution.strain();
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int m = i % n;
            f[i] = maxIsometricForce[m] * tendonCurves[m].value(1 + x[i]);
        }
        return f;
    }

    /**
     * The tendon force on tensors, with gradients by the implicit function theorem.
     *
     * @param activation a, {@code [batch, time, muscle]}
     * @param length l_MT (m), same shape
     * @param solution the Java solve for these values
     * @param maxIsometricForce F_iso per muscle (N), shape {@code [muscle]}
     * @param optimalFiberLength l_opt per muscle (m)
     * @param tendonSlackLength l_Ts per muscle (m)
     * @return F_T (N), {@code [batch, time, muscle]}
     */
    public NDArray tendonForce(NDArray activation, NDArray length, Solution solution, NDArray maxIsometricForce,
            NDArray optimalFiberLength, NDArray tendonSlackLength) {
        NDManager manager = activation.getManager();
        Shape shape = activation.getShape();
        NDArray x0 = manager.create(solution.strain(), shape);
        NDArray slope = manager.create(solution.slope(), shape);
        NDArray velocity = manager.create(solution.fiberVelocity(), shape);
        ConstantArrays c = new ConstantArrays(manager);
        NDArray g = residual(activation, length, velocity, x0, optimalFiberLength, tendonSlackLength, c);
        NDArray x = x0.sub(g.div(slope));
        return TensorCurves.tendonForceLength(x.add(Scalars.of(x, 1)), c.fmaxTendonStrain).mul(maxIsometricForce);
    }

    /** The residual g on tensors (the same formula as {@link #residual(int, double, double, double, double, double, double)}). */
    NDArray residual(NDArray activation, NDArray length, NDArray fiberVelocity, NDArray strain,
            NDArray optimalFiberLength, NDArray tendonSlackLength, ConstantArrays c) {
        NDArray one = Scalars.of(length, 1);
        NDArray a = ActivationTensorDynamics.clamp(activation, c.minimumActivation);
        NDArray along = NDArrays.maximum(length.sub(strain.add(one).mul(tendonSlackLength)),
                optimalFiberLength.mul(Scalars.of(length, MIN_ALONG_TENDON)));
        NDArray height = optimalFiberLength.mul(c.sinPennation);
        NDArray fiber = along.mul(along).add(height.mul(height)).sqrt();
        NDArray cos = along.div(fiber);
        NDArray norm = fiber.div(optimalFiberLength);
        NDArray normVelocity = fiberVelocity.div(optimalFiberLength.mul(c.maxContractionVelocity));
        NDArray fal = TensorCurves.activeForceLength(norm, c.kShapeActive);
        NDArray fpe = TensorCurves.passiveForceLength(norm, c.kShapePassive, c.fmaxMuscleStrain);
        NDArray fv = TensorCurves.forceVelocity(a, normVelocity, c.af, c.flen, c.fvThreshold);
        NDArray fse = TensorCurves.tendonForceLength(strain.add(one), c.fmaxTendonStrain);
        return fse.sub(cos.mul(a.mul(fal).mul(fv).add(fpe)));
    }

    /** g(x) in doubles for muscle m. */
    double residual(int m, double activation, double length, double fiberVelocity, double lopt, double lts,
            double x) {
        MuscleConstants c = muscles[m];
        double a = Math.min(1.0, Math.max(c.minimumActivation(), activation));
        double along = Math.max(length - lts * (1 + x), MIN_ALONG_TENDON * lopt);
        double h = lopt * sinPennation[m];
        double fiber = Math.sqrt(along * along + h * h);
        double cos = along / fiber;
        double norm = fiber / lopt;
        double v = fiberVelocity / (lopt * c.maxContractionVelocity());
        double fv = ThelenForceVelocity.multiplier(a, v, c.af(), c.flen(), c.fvThreshold());
        double muscle = a * activeCurves[m].value(norm) * fv + passiveCurves[m].value(norm);
        return tendonCurves[m].value(1 + x) - cos * muscle;
    }

    private double fiberLength(int m, double length, double x, double lopt, double lts) {
        double along = Math.max(length - lts * (1 + x), MIN_ALONG_TENDON * lopt);
        double h = lopt * sinPennation[m];
        return Math.sqrt(along * along + h * h);
    }

    /** g′(x) for tests (without the floor the solver applies). */
    double slopeAt(int m, double activation, double length, double fiberVelocity, double lopt, double lts, double x) {
        return derivative(m, activation, length, fiberVelocity, lopt, lts, x, false);
    }

    private double derivative(int m, double activation, double length, double fiberVelocity, double lopt, double lts,
            double x) {
        return derivative(m, activation, length, fiberVelocity, lopt, lts, x, true);
    }

    /**
     * g′(x) in doubles, analytically with the fibre velocity held: with d = ∂(l_MT − l_T)/∂x = −l_Ts
     * (0 where the fibre sits at its lower bound), ∂l_ce/∂x = cos φ·d, ∂cos φ/∂x = d·sin²φ/l_ce, and
     * g′ = f_SE′ − ∂cos φ/∂x·(a·f_AL·f_V + f_PE) − cos φ·(a·f_AL′·f_V + f_PE′)·∂l̃/∂x.
     */
    private double derivative(int m, double activation, double length, double fiberVelocity, double lopt, double lts,
            double x, boolean floored) {
        MuscleConstants c = muscles[m];
        double a = Math.min(1.0, Math.max(c.minimumActivation(), activation));
        double raw = length - lts * (1 + x);
        double min = MIN_ALONG_TENDON * lopt;
        double along = Math.max(raw, min);
        double dAlong = raw > min ? -lts : 0;
        double h = lopt * sinPennation[m];
        double fiber = Math.sqrt(along * along + h * h);
        double cos = along / fiber;
        double norm = fiber / lopt;
        double dNorm = cos * dAlong / lopt;
        double dCos = dAlong * (1 - cos * cos) / fiber;
        double v = fiberVelocity / (lopt * c.maxContractionVelocity());
        double fv = ThelenForceVelocity.multiplier(a, v, c.af(), c.flen(), c.fvThreshold());
        double muscle = a * activeCurves[m].value(norm) * fv + passiveCurves[m].value(norm);
        double dMuscle = (a * activeCurves[m].firstDerivative(norm) * fv + passiveCurves[m].firstDerivative(norm))
                * dNorm;
        double d = tendonCurves[m].firstDerivative(1 + x) - dCos * muscle - cos * dMuscle;
        return !floored || d > MIN_SLOPE ? d : MIN_SLOPE;
    }

    /**
     * Safeguarded Newton on x ≥ 0 within a bracket where g changes sign (g(0) ≤ 0 always: the
     * tendon is slack there and the fibre pulls).
     */
    private double root(int m, double a, double length, double v, double lopt, double lts, double guess) {
        double gLo = residual(m, a, length, v, lopt, lts, 0);
        if (gLo >= 0) {
            return 0;
        }
        double lo = 0;
        double hi = 0.05;
        double gHi = residual(m, a, length, v, lopt, lts, hi);
        for (int k = 0; gHi <= 0 && k < 20; k++) {
            lo = hi;
            hi *= 2;
            gHi = residual(m, a, length, v, lopt, lts, hi);
        }
        double x = guess > lo && guess < hi ? guess : 0.5 * (lo + hi);
        for (int k = 0; k < MAX_ITERATIONS; k++) {
            double g = residual(m, a, length, v, lopt, lts, x);
            if (g > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double d = derivative(m, a, length, v, lopt, lts, x);
            double next = x - g / d;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) < TOLERANCE || hi - lo < TOLERANCE) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** The fixed per-muscle properties as arrays of shape {@code [muscle]} in one manager. */
    final class ConstantArrays {
        final NDArray sinPennation;
        final NDArray maxContractionVelocity;
        final NDArray kShapeActive;
        final NDArray kShapePassive;
        final NDArray fmaxMuscleStrain;
        final NDArray fmaxTendonStrain;
        final NDArray af;
        final NDArray flen;
        final NDArray fvThreshold;
        final NDArray minimumActivation;

        ConstantArrays(NDManager manager) {
            sinPennation = array(manager, c -> Math.sin(c.pennationAngleAtOptimal()));
            maxContractionVelocity = array(manager, MuscleConstants::maxContractionVelocity);
            kShapeActive = array(manager, MuscleConstants::kShapeActive);
            kShapePassive = array(manager, MuscleConstants::kShapePassive);
            fmaxMuscleStrain = array(manager, MuscleConstants::fmaxMuscleStrain);
            fmaxTendonStrain = array(manager, MuscleConstants::fmaxTendonStrain);
            af = array(manager, MuscleConstants::af);
            flen = array(manager, MuscleConstants::flen);
            fvThreshold = array(manager, MuscleConstants::fvThreshold);
            minimumActivation = array(manager, MuscleConstants::minimumActivation);
        }

        private NDArray array(NDManager manager, java.util.function.ToDoubleFunction<MuscleConstants> property) {
            float[] values = new float[muscles.length];
            for (int m = 0; m < values.length; m++) {
                values[m] = (float) property.applyAsDouble(muscles[m]);
            }
            return manager.create(values);
        }
    }

    /**
     * @param manager where to create them
     * @return the minimum activations per muscle, shape {@code [muscle]}
     */
    public NDArray minimumActivation(NDManager manager) {
        return new ConstantArrays(manager).minimumActivation;
    }
}
