package org.neuromsk.engine.muscle;

/**
 * Result of a fibre–tendon equilibrium solve (OpenSim's computeInitialFiberEquilibrium).
 *
 * @param fiberLength fibre length where fibre force along the tendon balances tendon force (m)
 * @param fiberVelocity fibre velocity assumed by the solve (m/s): 0 for a static solve, else the
 *        share of the muscle–tendon speed given to the fibre by the stiffness split
 * @param tendonForce tendon force at the solution (N)
 * @param solutionError fibre force along the tendon minus tendon force at the last iterate (N)
 * @param iterations Newton iterations taken
 * @param atLowerBound true when no balance exists above the minimum fibre length and the fibre was
 *        left at that minimum (OpenSim logs a warning and continues)
 */
public record FiberEquilibrium(double fiberLength, double fiberVelocity, double tendonForce, double solutionError,
        int iterations, boolean atLowerBound) {
}
