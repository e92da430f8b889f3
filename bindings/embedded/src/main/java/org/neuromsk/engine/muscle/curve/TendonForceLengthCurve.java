package org.neuromsk.engine.muscle.curve;

import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Millard2012 tendon force–length multiplier f_SE(l̃_T), l̃_T = l_T/l_Ts, built like OpenSim's
 * {@code createTendonForceLengthCurve}: two Bézier corners (1, 0, 0) → (xc, yc, sMid) →
 * (xToe, fToe, kIso), zero below slack length and linear with slope kIso beyond the toe. Immutable.
 */
public final class TendonForceLengthCurve extends BezierMuscleCurve<TendonForceLengthCurve.Parameters> {

    /**
     * The curve's properties (dimensionless).
     *
     * @param strainAtOneNormForce e_iso, tendon strain at F_iso (default 0.049)
     * @param stiffnessAtOneNormForce kIso, slope of the linear region
     * @param normForceAtToeEnd fToe, force where the toe ends
     * @param curviness κ ∈ [0, 1]
     */
    public record Parameters(double strainAtOneNormForce, double stiffnessAtOneNormForce, double normForceAtToeEnd,
            double curviness) {

        /** @return OpenSim's defaults: strain 0.049 with the fitted optional properties */
        public static Parameters defaults() {
            return fitted(0.049);
        }

        /**
         * The curve OpenSim uses when the three optional properties are absent: kIso = 1.375/e_iso,
         * fToe = 2/3, κ = 0.5.
         *
         * @param strainAtOneNormForce e_iso
         * @return the parameters
         */
        public static Parameters fitted(double strainAtOneNormForce) {
            return new Parameters(strainAtOneNormForce, 1.375 / strainAtOneNormForce, 2.0 / 3.0, 0.5);
        }

        /**
         * Applies OpenSim's rule for the optional properties: all three given, or none.
         *
         * @param stiffnessAtOneNormForce optional kIso, or null
         * @param normForceAtToeEnd optional fToe, or null
         * @param curviness optional κ, or null
         * @return the parameters
         * @throws NeuroMskException when only some of the optional properties are given
         */
        public static Parameters fromProperties(double strainAtOneNormForce, Double stiffnessAtOneNormForce,
                Double normForceAtToeEnd, Double curviness) {
            if (stiffnessAtOneNormForce != null && normForceAtToeEnd != null && curviness != null) {
                return new Parameters(strainAtOneNormForce, stiffnessAtOneNormForce, normForceAtToeEnd, curviness);
            }
            if (stiffnessAtOneNormForce == null && normForceAtToeEnd == null && curviness == null) {
                return fitted(strainAtOneNormForce);
            }
            throw new NeuroMskException("TendonForceLengthCurve: stiffness_at_one_norm_force, "
                    + "norm_force_at_toe_end and curviness must all be set or all be absent");
        }
    }

    /**
     * @param name curve name for messages
     * @param p the properties
     * @throws NeuroMskException for properties OpenSim rejects
     */
    public TendonForceLengthCurve(String name, Parameters p) {
        super(p, build(name, p));
    }

    /** @return the function OpenSim builds from {@code p}, after OpenSim's checks on {@code p} */
    private static SmoothSegmentedFunction build(String name, Parameters p) {
        double eIso = p.strainAtOneNormForce();
        double kIso = p.stiffnessAtOneNormForce();
        double fToe = p.normForceAtToeEnd();
        CurveRules.require(eIso > 0, name, "strain_at_one_norm_force must be > 0");
        CurveRules.require(fToe > 0 && fToe < 1, name, "norm_force_at_toe_end must lie in (0, 1)");
        CurveRules.require(kIso > 1 / eIso, name, "stiffness_at_one_norm_force must exceed 1/strain = " + 1 / eIso);
        CurveRules.require(p.curviness() >= 0 && p.curviness() <= 1, name, "curviness must lie in [0, 1]");
        double c = CurveRules.scale(p.curviness());
        double xIso = 1.0 + eIso;
        double xToe = (fToe - 1) / kIso + xIso;
        double xFoot = 1.0 + (xToe - 1.0) / 10.0;
        double yToeMid = fToe * 0.5;
        double xToeMid = (yToeMid - 1) / kIso + xIso;
        double dydxToeMid = yToeMid / (xToeMid - xFoot);
        double xToeCtrl = xFoot + 0.5 * (xToeMid - xFoot);
        double yToeCtrl = dydxToeMid * (xToeCtrl - xFoot);
        List<QuinticBezierSegment> segments = List.of(
                QuinticBezierSegment.corner(1.0, 0, 0, xToeCtrl, yToeCtrl, dydxToeMid, c),
                QuinticBezierSegment.corner(xToeCtrl, yToeCtrl, dydxToeMid, xToe, fToe, kIso, c));
        return new SmoothSegmentedFunction(name, segments, 1.0, xToe, 0, fToe, 0, kIso);
    }

    /** @return normalised tendon length where the toe region ends and the linear region begins */
    public double toeEndNormLength() {
        return function().domainEnd();
    }

    /**
     * @param normTendonLength l̃_T
     * @return {f_SE, df_SE/dl̃_T} from one solve
     */
    public double[] valueAndFirstDerivative(double normTendonLength) {
        return function().valueAndFirstDerivative(normTendonLength);
    }
}
