package org.neuromsk.estimator.nmm.physics;

import static org.neuromsk.estimator.nmm.physics.Scalars.of;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;

/**
 * The engine's Thelen 2003 curves (org.neuromsk.engine.muscle.curve) as differentiable array
 * operations, formula for formula. Curve constants are arrays that broadcast against the argument
 * (one value per muscle along the last axis, or scalars); results keep the argument's data type.
 * Piecewise definitions are written with {@code max}/{@code min} against zero or the break point so
 * that every branch has a finite gradient.
 */
public final class TensorCurves {

    /** Exponential shape factor of the tendon toe region (engine: K_TOE). */
    static final double K_TOE = 3.0;
    /** Normalised tendon force at the end of the toe region (engine: F_TOE). */
    static final double F_TOE = 0.33;

    private TensorCurves() {
    }

    /**
     * @param normFiberLength l̃ = l_ce/l_opt
     * @param kShapeActive γ
     * @return f_AL = exp(−(l̃ − 1)²/γ)
     */
    public static NDArray activeForceLength(NDArray normFiberLength, NDArray kShapeActive) {
        NDArray d = normFiberLength.sub(of(normFiberLength, 1));
        return d.mul(d).div(kShapeActive).neg().exp();
    }

    /**
     * @param normFiberLength l̃
     * @param kShapePassive k_PE
     * @param fmaxMuscleStrain ε0_M
     * @return f_PE = (exp(k_PE·max(l̃ − 1, 0)/ε0_M) − 1)/(exp(k_PE) − 1)
     */
    public static NDArray passiveForceLength(NDArray normFiberLength, NDArray kShapePassive, NDArray fmaxMuscleStrain) {
        NDArray one = of(normFiberLength, 1);
        NDArray stretch = relu(normFiberLength.sub(one));
        return stretch.mul(kShapePassive).div(fmaxMuscleStrain).exp().sub(one).div(kShapePassive.exp().sub(one));
    }

    /**
     * @param normTendonLength l̃_T = l_T/l_Ts
     * @param fmaxTendonStrain ε0_T
     * @return f_SE: exponential toe up to ε_toe = 99·ε0·e³/(166·e³ − 67), then linear with slope
     *     k_lin = 0.67/(ε0 − ε_toe); zero when slack
     */
    public static NDArray tendonForceLength(NDArray normTendonLength, NDArray fmaxTendonStrain) {
        double e3 = Math.exp(3.0);
        NDArray one = of(normTendonLength, 1);
        NDArray toeStrain = fmaxTendonStrain.mul(of(normTendonLength, 99.0 * e3 / (166.0 * e3 - 67.0)));
        NDArray linearStiffness = of(normTendonLength, 0.67).div(fmaxTendonStrain.sub(toeStrain));
        NDArray strain = normTendonLength.sub(one);
        NDArray toeArgument = NDArrays.minimum(relu(strain), toeStrain);
        NDArray toe = toeArgument.mul(of(normTendonLength, K_TOE)).div(toeStrain).exp().sub(one)
                .mul(of(normTendonLength, F_TOE / (Math.exp(K_TOE) - 1.0)));
        NDArray linear = relu(strain.sub(toeStrain)).mul(linearStiffness);
        return toe.add(linear);
    }

    /**
     * The force–velocity multiplier ({@link ThelenForceVelocity}, the same formulas).
     *
     * @param activation a, already clamped to [a_min, 1]
     * @param normVelocity ṽ = l̇_ce/(v_max·l_opt)
     * @param af Af
     * @param flen Flen
     * @param threshold θ
     * @return f_V ≥ 0
     */
    public static NDArray forceVelocity(NDArray activation, NDArray normVelocity, NDArray af, NDArray flen,
            NDArray threshold) {
        NDArray one = of(activation, 1);
        NDArray s = activation.mul(of(activation, 0.75)).add(of(activation, 0.25));
        NDArray shortening = NDArrays.minimum(normVelocity, of(normVelocity, 0));
        NDArray lengthening = relu(normVelocity);
        NDArray concentric = relu(s.add(shortening)).div(s.sub(shortening.div(af)));
        NDArray c = one.div(af).add(one).mul(of(activation, 2)).div(flen.sub(one));
        NDArray oneMinus = one.sub(threshold);
        NDArray vLimit = s.mul(flen.mul(threshold).sub(one)).div(c.mul(flen).mul(oneMinus));
        NDArray slope = s.mul(flen.sub(one)).div(c.mul(flen).mul(flen).mul(oneMinus).mul(oneMinus));
        NDArray within = NDArrays.minimum(lengthening, vLimit);
        NDArray eccentric = c.mul(flen).mul(within).add(s).div(s.add(c.mul(within))).sub(one);
        NDArray beyond = relu(lengthening.sub(vLimit)).div(slope);
        return concentric.add(eccentric).add(beyond);
    }

    /** @return max(x, 0) with gradient 0 below zero */
    static NDArray relu(NDArray x) {
        return NDArrays.maximum(x, of(x, 0));
    }
}
