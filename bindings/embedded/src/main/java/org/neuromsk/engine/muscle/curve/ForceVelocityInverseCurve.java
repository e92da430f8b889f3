package org.neuromsk.engine.muscle.curve;

/**
 * Inverse of the Millard2012 force–velocity curve, ṽ(f_V), built like OpenSim's
 * {@code createFiberForceVelocityInverseCurve}: the force–velocity corners with x and y exchanged,
 * domain [0, fmaxE], continued linearly with slopes 1/(slope at v_max). The end slopes must
 * therefore be positive. It is the exact inverse of a {@link ForceVelocityCurve} built from the
 * same parameters. Immutable.
 */
public final class ForceVelocityInverseCurve extends BezierMuscleCurve<ForceVelocityParameters> {

    /**
     * @param name curve name for messages
     * @param p the properties of the force–velocity curve being inverted
     * @throws org.neuromsk.error.NeuroMskException for properties OpenSim rejects
     */
    public ForceVelocityInverseCurve(String name, ForceVelocityParameters p) {
        super(p, build(name, p));
    }

    /** @return the function OpenSim builds from {@code p}, after OpenSim's checks on {@code p} */
    private static SmoothSegmentedFunction build(String name, ForceVelocityParameters p) {
        double fmaxE = p.maxEccentricVelocityForceMultiplier();
        CurveRules.require(fmaxE > 1, name, "max_eccentric_velocity_force_multiplier must be > 1");
        CurveRules.require(p.concentricSlopeAtVmax() > Precision.SIGNIFICANT_REAL && p.concentricSlopeAtVmax() < 1,
                name, "concentric_slope_at_vmax must lie in (0, 1) for an invertible curve");
        CurveRules.require(p.concentricSlopeNearVmax() > p.concentricSlopeAtVmax() && p.concentricSlopeNearVmax() < 1,
                name, "concentric_slope_near_vmax must lie in (concentric_slope_at_vmax, 1)");
        CurveRules.require(p.isometricSlope() > 1, name, "isometric_slope must be > 1");
        CurveRules.require(p.eccentricSlopeAtVmax() > Precision.SIGNIFICANT_REAL
                && p.eccentricSlopeAtVmax() < fmaxE - 1, name,
                "eccentric_slope_at_vmax must lie in (0, fmaxE - 1) for an invertible curve");
        CurveRules.require(p.eccentricSlopeNearVmax() >= p.eccentricSlopeAtVmax()
                && p.eccentricSlopeNearVmax() < fmaxE - 1, name,
                "eccentric_slope_near_vmax must lie in [eccentric_slope_at_vmax, fmaxE - 1)");
        p.checkCurviness(name);
        SmoothSegmentedFunction forward = new SmoothSegmentedFunction(name, p.segments(), -1, 1, 0, fmaxE,
                p.concentricSlopeAtVmax(), p.eccentricSlopeAtVmax());
        return forward.inverse(name);
    }
}
