package org.neuromsk.engine.muscle;

/**
 * Everything a muscle model derives from activation, muscle–tendon length and speed and the fibre
 * length state (OpenSim's MuscleLengthInfo, FiberVelocityInfo and MuscleDynamicsInfo in one value).
 * Lengths (m), velocities (m/s), angles (rad), angular velocities (rad/s), forces (N); multipliers,
 * normalised lengths and the normalised fibre velocity (in v_max·l_opt) are dimensionless.
 *
 * @param activation activation used in the forces, clamped to [a_min, 1]
 * @param fiberLength l_ce after clamping to the minimum fibre length (m)
 * @param normFiberLength l_ce/l_opt
 * @param pennationAngle φ (rad)
 * @param fiberLengthAlongTendon l_ce·cos φ (m)
 * @param tendonLength l_T = l_MT − l_ce·cos φ (m)
 * @param normTendonLength l_T/l_Ts
 * @param fiberVelocity l̇_ce (m/s), the derivative of the fibre length state
 * @param normFiberVelocity l̇_ce/(v_max·l_opt)
 * @param fiberVelocityAlongTendon d(l_ce cos φ)/dt (m/s)
 * @param pennationAngularVelocity φ̇ (rad/s)
 * @param tendonVelocity l̇_T (m/s)
 * @param activeForceLengthMultiplier f_AL
 * @param passiveForceLengthMultiplier f_PE
 * @param forceVelocityMultiplier f_V
 * @param tendonForceMultiplier normalised tendon force, tendon force / F_iso
 * @param fiberForce total fibre force along the fibre (N)
 * @param fiberForceAlongTendon fibre force times cos φ (N)
 * @param activeFiberForce F_iso·a·f_AL·f_V (N)
 * @param passiveFiberForce passive fibre force, elastic plus damping (N)
 * @param fiberDampingForce damping part of the passive force, F_iso·β·ṽ (N); 0 for Thelen
 * @param tendonForce the actuation ("muscle force") (N)
 * @param fiberStateClamped true when the fibre is at its minimum length and shortening, so its
 *        velocity was set to 0 and f_V to 1
 */
public record MuscleEvaluation(double activation, double fiberLength, double normFiberLength,
        double pennationAngle, double fiberLengthAlongTendon, double tendonLength, double normTendonLength,
        double fiberVelocity, double normFiberVelocity, double fiberVelocityAlongTendon,
        double pennationAngularVelocity, double tendonVelocity, double activeForceLengthMultiplier,
        double passiveForceLengthMultiplier, double forceVelocityMultiplier, double tendonForceMultiplier,
        double fiberForce, double fiberForceAlongTendon, double activeFiberForce, double passiveFiberForce,
        double fiberDampingForce, double tendonForce, boolean fiberStateClamped) {

    /** @return tendon strain l_T/l_Ts − 1 */
    public double tendonStrain() {
        return normTendonLength - 1.0;
    }

    /** @return elastic part of the passive fibre force (N) */
    public double passiveElasticFiberForce() {
        return passiveFiberForce - fiberDampingForce;
    }
}
