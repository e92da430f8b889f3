package org.neuromsk.engine.muscle.curve;

/**
 * Thelen 2003 passive fibre force–length multiplier as OpenSim implements it (with the "−1" terms
 * that make it start at zero, absent from the paper): f_PE(l̃) = (exp(k_PE(l̃ − 1)/ε0_M) − 1)/(exp(k_PE) − 1)
 * for l̃ &gt; 1, else 0. Immutable.
 *
 * @param fmaxMuscleStrain ε0_M, passive fibre strain at F_iso (&gt; 0; default 0.6)
 * @param kShapePassive k_PE (&gt; 0; OpenSim default 5, arm26/gait2354 files 4)
 */
public record ThelenPassiveForceLengthCurve(double fmaxMuscleStrain, double kShapePassive) implements MuscleCurve {

    /** @throws org.neuromsk.error.NeuroMskException when a parameter is not positive */
    public ThelenPassiveForceLengthCurve {
        CurveRules.require(fmaxMuscleStrain > 0, "Thelen2003 passive force-length", "FmaxMuscleStrain must be > 0");
        CurveRules.require(kShapePassive > 0, "Thelen2003 passive force-length", "KshapePassive must be > 0");
    }

    @Override
    public double value(double normFiberLength) {
        if (normFiberLength > 1.0) {
            return (Math.exp(kShapePassive * (normFiberLength - 1.0) / fmaxMuscleStrain) - 1.0)
                    / (Math.exp(kShapePassive) - 1.0);
        }
        return 0;
    }

    @Override
    public double firstDerivative(double normFiberLength) {
        if (normFiberLength > 1.0) {
            double k = kShapePassive / fmaxMuscleStrain;
            return k * Math.exp(kShapePassive * (normFiberLength - 1.0) * (1.0 / fmaxMuscleStrain))
                    / (Math.exp(kShapePassive) - 1.0);
        }
        return 0;
    }

    @Override
    public double secondDerivative(double normFiberLength) {
        if (normFiberLength > 1.0) {
            double k = kShapePassive / fmaxMuscleStrain;
            return k * k * Math.exp(k * (normFiberLength - 1.0)) / (Math.exp(kShapePassive) - 1.0);
        }
        return 0;
    }
}
