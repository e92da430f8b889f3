package org.neuromsk.engine.muscle.curve;

/**
 * Thelen 2003 active force–length multiplier f_AL(l̃) = exp(−(l̃ − 1)²/γ), l̃ = l_ce/l_opt, with γ
 * the {@code KshapeActive} property. Immutable.
 *
 * @param kShapeActive γ (&gt; 0; OpenSim default 0.45, arm26/gait2354 files 0.5)
 */
public record ThelenActiveForceLengthCurve(double kShapeActive) implements MuscleCurve {

    /** @throws org.neuromsk.error.NeuroMskException when γ ≤ 0 */
    public ThelenActiveForceLengthCurve {
        CurveRules.require(kShapeActive > 0, "Thelen2003 active force-length", "KshapeActive must be > 0");
    }

    @Override
    public double value(double normFiberLength) {
        double d = normFiberLength - 1.0;
        return Math.exp(-d * d / kShapeActive);
    }

    @Override
    public double firstDerivative(double normFiberLength) {
        double d = normFiberLength - 1.0;
        return -2.0 * d / kShapeActive * Math.exp(-d * d / kShapeActive);
    }

    @Override
    public double secondDerivative(double normFiberLength) {
        double d = normFiberLength - 1.0;
        double g = kShapeActive;
        return (4.0 * d * d / (g * g) - 2.0 / g) * Math.exp(-d * d / g);
    }
}
