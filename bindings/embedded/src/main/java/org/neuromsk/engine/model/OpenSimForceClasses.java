package org.neuromsk.engine.model;

import java.util.Set;

/**
 * What OpenSim 4.5 class names of ForceSet members the XML reader does not model are: muscles
 * (subclasses of {@code Muscle}) or other actuators. {@code forces_to_exclude}'s keywords
 * {@code Muscles} and {@code Actuators} go by these classes, as in OpenSim.
 */
final class OpenSimForceClasses {

    private static final Set<String> MUSCLES = Set.of("RigidTendonMuscle", "DeGrooteFregly2016Muscle",
            "Millard2012AccelerationMuscle", "Thelen2003Muscle_Deprecated", "Delp1990Muscle_Deprecated",
            "Schutte1993Muscle_Deprecated", "ContDerivMuscle_Deprecated");

    private static final Set<String> OTHER_ACTUATORS = Set.of("McKibbenActuator", "ClutchedPathSpring",
            "BodyActuator", "ActivationCoordinateActuator");

    private OpenSimForceClasses() {
    }

    /** @return whether the OpenSim class is a muscle */
    static boolean isMuscle(String className) {
        return MUSCLES.contains(className);
    }

    /** @return whether the OpenSim class is an actuator (muscles included) */
    static boolean isActuator(String className) {
        return isMuscle(className) || OTHER_ACTUATORS.contains(className);
    }
}
