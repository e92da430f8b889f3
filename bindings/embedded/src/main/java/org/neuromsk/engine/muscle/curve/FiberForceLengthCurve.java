package org.neuromsk.engine.muscle.curve;

import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Millard2012 passive (parallel elastic) fibre force–length multiplier f_PE(l̃), l̃ = l_ce/l_opt,
 * built like OpenSim's {@code createFiberForceLengthCurve}: two Bézier corners
 * (1+e0, 0, 0) → (xLow, yLow, kLow) → (1+e1, 1, kIso), zero to the left and linear with slope kIso
 * to the right. Immutable.
 */
public final class FiberForceLengthCurve extends BezierMuscleCurve<FiberForceLengthCurve.Parameters> {

    /**
     * The curve's properties (dimensionless).
     *
     * @param strainAtZeroForce e0 (default 0)
     * @param strainAtOneNormForce e1 (default 0.7)
     * @param stiffnessAtLowForce kLow, slope at the end of the foot region
     * @param stiffnessAtOneNormForce kIso, slope at e1 and beyond
     * @param curviness κ ∈ [0, 1]
     */
    public record Parameters(double strainAtZeroForce, double strainAtOneNormForce, double stiffnessAtLowForce,
            double stiffnessAtOneNormForce, double curviness) {

        /** @return OpenSim's defaults: strains 0 and 0.7 with the fitted optional properties */
        public static Parameters defaults() {
            return fitted(0.0, 0.7);
        }

        /**
         * The curve OpenSim uses when the three optional properties are absent: kLow = 0.2,
         * kIso = 2/(e1 − e0), κ = 0.75.
         *
         * @param strainAtZeroForce e0
         * @param strainAtOneNormForce e1
         * @return the parameters
         */
        public static Parameters fitted(double strainAtZeroForce, double strainAtOneNormForce) {
            return new Parameters(strainAtZeroForce, strainAtOneNormForce, 0.2,
                    2.0 / (strainAtOneNormForce - strainAtZeroForce), 0.75);
        }

        /**
         * Applies OpenSim's rule for the optional properties: all three given, or none (then
         * {@link #fitted}).
         *
         * @param stiffnessAtLowForce optional kLow, or null
         * @param stiffnessAtOneNormForce optional kIso, or null
         * @param curviness optional κ, or null
         * @return the parameters
         * @throws NeuroMskException when only some of the optional properties are given
         */
        public static Parameters fromProperties(double strainAtZeroForce, double strainAtOneNormForce,
                Double stiffnessAtLowForce, Double stiffnessAtOneNormForce, Double curviness) {
            if (stiffnessAtLowForce != null && stiffnessAtOneNormForce != null && curviness != null) {
                return new Parameters(strainAtZeroForce, strainAtOneNormForce, stiffnessAtLowForce,
                        stiffnessAtOneNormForce, curviness);
            }
            if (stiffnessAtLowForce == null && stiffnessAtOneNormForce == null && curviness == null) {
                return fitted(strainAtZeroForce, strainAtOneNormForce);
            }
            throw new NeuroMskException("FiberForceLengthCurve: stiffness_at_low_force, "
                    + "stiffness_at_one_norm_force and curviness must all be set or all be absent");
        }
    }

    /**
     * @param name curve name for messages
     * @param p the properties
     * @throws NeuroMskException for properties OpenSim rejects
     */
    public FiberForceLengthCurve(String name, Parameters p) {
        super(p, build(name, p));
    }

    /** @return the function OpenSim builds from {@code p}, after OpenSim's checks on {@code p} */
    private static SmoothSegmentedFunction build(String name, Parameters p) {
        double eZero = p.strainAtZeroForce();
        double eIso = p.strainAtOneNormForce();
        double kLow = p.stiffnessAtLowForce();
        double kIso = p.stiffnessAtOneNormForce();
        CurveRules.require(eIso > eZero, name, "strain_at_one_norm_force must exceed strain_at_zero_force");
        CurveRules.require(kIso > 1.0 / (eIso - eZero), name,
                "stiffness_at_one_norm_force must exceed 1/(e1 - e0) = " + 1.0 / (eIso - eZero));
        CurveRules.require(kLow > 0.0 && kLow < 1 / (eIso - eZero), name,
                "stiffness_at_low_force must lie in (0, 1/(e1 - e0))");
        CurveRules.require(p.curviness() >= 0 && p.curviness() <= 1, name, "curviness must lie in [0, 1]");
        double c = CurveRules.scale(p.curviness());
        double xZero = 1 + eZero;
        double xIso = 1 + eIso;
        double deltaX = Math.min(0.1 * (1.0 / kIso), 0.1 * (xIso - xZero));
        double xLow = xZero + deltaX;
        double xFoot = xZero + 0.5 * (xLow - xZero);
        double yLow = kLow * (xLow - xFoot);
        List<QuinticBezierSegment> segments = List.of(
                QuinticBezierSegment.corner(xZero, 0, 0, xLow, yLow, kLow, c),
                QuinticBezierSegment.corner(xLow, yLow, kLow, xIso, 1, kIso, c));
        return new SmoothSegmentedFunction(name, segments, xZero, xIso, 0, 1, 0, kIso);
    }
}
