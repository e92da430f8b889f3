package org.neuromsk.engine.muscle.curve;

/**
 * Millard2012 force–velocity multiplier f_V(ṽ), ṽ = l̇_ce/(v_max·l_opt), built like OpenSim's
 * {@code createFiberForceVelocityCurve}: four Bézier corners through (−1, 0), (−0.9, yNC), (0, 1),
 * (0.9, yNE), (1, fmaxE), continued linearly with the slopes at v_max. Immutable.
 */
public final class ForceVelocityCurve extends BezierMuscleCurve<ForceVelocityParameters> {

    /**
     * @param name curve name for messages
     * @param p the properties
     * @throws org.neuromsk.error.NeuroMskException for properties OpenSim rejects
     */
    public ForceVelocityCurve(String name, ForceVelocityParameters p) {
        super(p, build(name, p));
    }

    /** @return the function OpenSim builds from {@code p}, after OpenSim's checks on {@code p} */
    private static SmoothSegmentedFunction build(String name, ForceVelocityParameters p) {
        double fmaxE = p.maxEccentricVelocityForceMultiplier();
        CurveRules.require(fmaxE > 1, name, "max_eccentric_velocity_force_multiplier must be > 1");
        CurveRules.require(p.concentricSlopeAtVmax() >= 0 && p.concentricSlopeAtVmax() < 1, name,
                "concentric_slope_at_vmax must lie in [0, 1)");
        CurveRules.require(p.concentricSlopeNearVmax() > p.concentricSlopeAtVmax() && p.concentricSlopeNearVmax() <= 1,
                name, "concentric_slope_near_vmax must lie in (concentric_slope_at_vmax, 1]");
        CurveRules.require(p.isometricSlope() > 1, name, "isometric_slope must be > 1");
        CurveRules.require(p.eccentricSlopeAtVmax() >= 0 && p.eccentricSlopeAtVmax() < fmaxE - 1, name,
                "eccentric_slope_at_vmax must lie in [0, fmaxE - 1)");
        CurveRules.require(p.eccentricSlopeNearVmax() >= p.eccentricSlopeAtVmax()
                && p.eccentricSlopeNearVmax() < fmaxE - 1, name,
                "eccentric_slope_near_vmax must lie in [eccentric_slope_at_vmax, fmaxE - 1)");
        p.checkCurviness(name);
        return new SmoothSegmentedFunction(name, p.segments(), -1, 1, 0, fmaxE, p.concentricSlopeAtVmax(),
                p.eccentricSlopeAtVmax());
    }

    /**
     * @param normFiberVelocity ṽ
     * @return {f_V, df_V/dṽ} from one solve
     */
    public double[] valueAndFirstDerivative(double normFiberVelocity) {
        return function().valueAndFirstDerivative(normFiberVelocity);
    }
}
