package org.neuromsk.engine.muscle.curve;

import java.util.List;

/**
 * Properties of the Millard2012 force–velocity curve f_V(ṽ), ṽ = l̇_ce/(v_max·l_opt) ∈ [−1, 1], as
 * named in an .osim file (all dimensionless). The same record parameterises the inverse curve.
 *
 * @param concentricSlopeAtVmax slope at ṽ = −1 and of the linear continuation below (default 0)
 * @param concentricSlopeNearVmax slope at ṽ = −0.9 (default 0.25)
 * @param isometricSlope slope at ṽ = 0 (default 5)
 * @param eccentricSlopeAtVmax slope at ṽ = 1 and of the linear continuation above (default 0)
 * @param eccentricSlopeNearVmax slope at ṽ = 0.9 (default 0.15)
 * @param maxEccentricVelocityForceMultiplier f_V(1) (default 1.4)
 * @param concentricCurviness curviness κ of the two concentric corners (default 0.6)
 * @param eccentricCurviness curviness κ of the two eccentric corners (default 0.9)
 */
public record ForceVelocityParameters(double concentricSlopeAtVmax, double concentricSlopeNearVmax,
        double isometricSlope, double eccentricSlopeAtVmax, double eccentricSlopeNearVmax,
        double maxEccentricVelocityForceMultiplier, double concentricCurviness, double eccentricCurviness) {

    /** Normalised velocity of the concentric "near v_max" point. */
    static final double NEAR_CONCENTRIC = -0.9;

    /** Normalised velocity of the eccentric "near v_max" point. */
    static final double NEAR_ECCENTRIC = 0.9;

    /** @return OpenSim's ForceVelocityCurve defaults 0, 0.25, 5, 0, 0.15, 1.4, 0.6, 0.9 */
    public static ForceVelocityParameters defaults() {
        return new ForceVelocityParameters(0, 0.25, 5, 0, 0.15, 1.4, 0.6, 0.9);
    }

    /** @return OpenSim's ForceVelocityInverseCurve defaults 0.1, 0.25, 5, 0.1, 0.15, 1.4, 0.6, 0.9 */
    public static ForceVelocityParameters inverseDefaults() {
        return new ForceVelocityParameters(0.1, 0.25, 5, 0.1, 0.15, 1.4, 0.6, 0.9);
    }

    /**
     * @param concentric new concentric slope at v_max
     * @param eccentric new eccentric slope at v_max
     * @return a copy with those end slopes
     */
    public ForceVelocityParameters withSlopesAtVmax(double concentric, double eccentric) {
        return new ForceVelocityParameters(concentric, concentricSlopeNearVmax, isometricSlope, eccentric,
                eccentricSlopeNearVmax, maxEccentricVelocityForceMultiplier, concentricCurviness,
                eccentricCurviness);
    }

    /** @return f_V at ṽ = −0.9: 0.05·(slope near + slope at v_max), the trapezoid from (−1, 0) */
    public double valueNearConcentricVmax() {
        double dx = NEAR_CONCENTRIC - (-1.0); // written like OpenSim so the rounding matches
        return 0.5 * concentricSlopeNearVmax * dx + 0.5 * concentricSlopeAtVmax * dx;
    }

    /** @return f_V at ṽ = 0.9: fmaxE − 0.05·(slope near + slope at v_max), the trapezoid back from (1, fmaxE) */
    public double valueNearEccentricVmax() {
        double dx = NEAR_ECCENTRIC - 1.0;
        return maxEccentricVelocityForceMultiplier + 0.5 * eccentricSlopeNearVmax * dx
                + 0.5 * eccentricSlopeAtVmax * dx;
    }

    /** The four corners (−1,0) → (−0.9, yNC) → (0, 1) → (0.9, yNE) → (1, fmaxE) of the f_V(ṽ) curve. */
    List<QuinticBezierSegment> segments() {
        double cC = CurveRules.scale(concentricCurviness);
        double cE = CurveRules.scale(eccentricCurviness);
        double yNearC = valueNearConcentricVmax();
        double yNearE = valueNearEccentricVmax();
        double fmaxE = maxEccentricVelocityForceMultiplier;
        return List.of(
                QuinticBezierSegment.corner(-1, 0, concentricSlopeAtVmax, -0.9, yNearC, concentricSlopeNearVmax, cC),
                QuinticBezierSegment.corner(-0.9, yNearC, concentricSlopeNearVmax, 0, 1, isometricSlope, cC),
                QuinticBezierSegment.corner(0, 1, isometricSlope, 0.9, yNearE, eccentricSlopeNearVmax, cE),
                QuinticBezierSegment.corner(0.9, yNearE, eccentricSlopeNearVmax, 1, fmaxE, eccentricSlopeAtVmax, cE));
    }

    void checkCurviness(String name) {
        CurveRules.require(concentricCurviness >= 0 && concentricCurviness <= 1, name,
                "concentric_curviness must lie in [0, 1]");
        CurveRules.require(eccentricCurviness >= 0 && eccentricCurviness <= 1, name,
                "eccentric_curviness must lie in [0, 1]");
    }
}
