package org.neuromsk.estimator.nmm.physics;

import static org.neuromsk.estimator.nmm.physics.Scalars.of;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;

/**
 * First-order activation dynamics of the engine's Thelen 2003 muscle on tensors: with
 * a_c = clamp(a, a_min, 1), τ = τ_act·(0.5 + 1.5·a_c) while the excitation exceeds a_c, else
 * τ_deact/(0.5 + 1.5·a_c), and ȧ = (u − a_c)/τ. Each frame interval is split into {@code substeps}
 * steps of length h; the excitation is linear between frames (as OpenSim's controls are) and held at
 * its value at the middle of each step. A step solves the equation exactly
 * with τ frozen, a ← a_c + (u − a_c)(1 − exp(−h/τ)), which is stable for any h/τ (explicit Euler is
 * not once h exceeds τ); τ is taken at the midpoint activation of a first half step, which makes the
 * step second-order accurate. The activation starts at the first frame's excitation (steady state)
 * and is kept within [a_min, 1].
 */
public final class ActivationTensorDynamics {

    private ActivationTensorDynamics() {
    }

    /**
     * @param excitation u, shape {@code [batch, time, muscle]}
     * @param activationTimeConstant τ_act (s), a one-value array
     * @param deactivationTimeConstant τ_deact (s), a one-value array
     * @param minimumActivation a_min per muscle, shape {@code [muscle]} (or one value)
     * @param frameStep time between frames (s)
     * @param substeps integration steps per frame interval (≥ 1)
     * @return activation a at every frame, same shape as the excitation
     */
    public static NDArray simulate(NDArray excitation, NDArray activationTimeConstant, NDArray deactivationTimeConstant,
            NDArray minimumActivation, double frameStep, int substeps) {
        long frames = excitation.getShape().get(1);
        Steps steps = new Steps(excitation, activationTimeConstant, deactivationTimeConstant, minimumActivation,
                frameStep / substeps);
        NDArray a = steps.clamp(excitation.get(new NDIndex(":, 0:1, :")));
        List<NDArray> out = new ArrayList<>((int) frames);
        for (long t = 0; t < frames; t++) {
            out.add(a);
            if (t == frames - 1) {
                break;
            }
            NDArray u0 = excitation.get(new NDIndex(":, {}:{}, :", t, t + 1));
            NDArray change = excitation.get(new NDIndex(":, {}:{}, :", t + 1, t + 2)).sub(u0);
            for (int k = 0; k < substeps; k++) {
                NDArray u = u0.add(change.mul(of(excitation, (k + 0.5) / substeps)));
                a = steps.step(a, u);
            }
        }
        return NDArrays.concat(new NDList(out), 1);
    }

    /**
     * @param a activation
     * @param minimumActivation a_min
     * @return clamp(a, a_min, 1)
     */
    public static NDArray clamp(NDArray a, NDArray minimumActivation) {
        return NDArrays.minimum(NDArrays.maximum(a, minimumActivation), of(a, 1));
    }

    /** The constants of one integration, created once. */
    private static final class Steps {
        private final NDArray tauAct;
        private final NDArray tauDeact;
        private final NDArray minimumActivation;
        private final NDArray one;
        private final NDArray half;
        private final NDArray oneAndHalf;
        private final NDArray negativeStep;
        private final NDArray negativeHalfStep;

        Steps(NDArray like, NDArray tauAct, NDArray tauDeact, NDArray minimumActivation, double h) {
            this.tauAct = tauAct;
            this.tauDeact = tauDeact;
            this.minimumActivation = minimumActivation;
            one = of(like, 1);
            half = of(like, 0.5);
            oneAndHalf = of(like, 1.5);
            negativeStep = of(like, -h);
            negativeHalfStep = of(like, -0.5 * h);
        }

        NDArray clamp(NDArray a) {
            return NDArrays.minimum(NDArrays.maximum(a, minimumActivation), one);
        }

        /** A half step with τ(a) gives the midpoint, whose τ makes the full step. */
        NDArray step(NDArray a, NDArray u) {
            NDArray ac = clamp(a);
            NDArray mid = relax(ac, u, timeConstant(ac, u), negativeHalfStep);
            return relax(ac, u, timeConstant(clamp(mid), u), negativeStep);
        }

        /** τ(a, u): τ_act·(0.5 + 1.5a) when u &gt; a, else τ_deact/(0.5 + 1.5a). */
        private NDArray timeConstant(NDArray a, NDArray u) {
            NDArray factor = a.mul(oneAndHalf).add(half);
            return NDArrays.where(u.gt(a), factor.mul(tauAct), tauDeact.div(factor));
        }

        /** a + (u − a)(1 − exp(−h/τ)). */
        private NDArray relax(NDArray a, NDArray u, NDArray tau, NDArray minusH) {
            NDArray gain = one.sub(minusH.div(tau).exp());
            return a.add(u.sub(a).mul(gain));
        }
    }
}
