package org.neuromsk.virtual;

import java.util.List;
import java.util.Map;

import org.neuromsk.io.storage.Storage;

/** A simulated trial's tables as they are written. */
final class TrialTables {

    private TrialTables() {
    }

    /** @return the elbow angle in degrees, column {@value ElbowMuscles#COORDINATE} */
    static Storage coordinates(SimulatedTrial trial) {
        double[] degrees = new double[trial.sampleCount()];
        for (int k = 0; k < degrees.length; k++) {
            degrees[k] = Math.toDegrees(trial.angle()[k]);
        }
        return new Storage("Coordinates", Map.of(), List.of("Elbow angle of a virtual subject's trial: the forward "
                + "simulation's own kinematics."), true, Storage.DEFAULT_TIME_LABEL, List.of(ElbowMuscles.COORDINATE),
                trial.time(), new double[][] {degrees});
    }

    /** @return the excitation nodes, one column per muscle (a controls table OpenSim's ForwardTool reads) */
    static Storage excitations(SimulatedTrial trial) {
        return perMuscle("Excitations", "True excitations (controls), linear between rows.", trial,
                trial.excitation());
    }

    /** @return the activations, one column per muscle */
    static Storage activations(SimulatedTrial trial) {
        return perMuscle("Activations", "True activations.", trial, trial.activation());
    }

    /** @return the tendon forces (N), one column per muscle */
    static Storage muscleForces(SimulatedTrial trial) {
        return perMuscle("MuscleForces", "True tendon forces (N).", trial, trial.tendonForce());
    }

    private static Storage perMuscle(String name, String text, SimulatedTrial trial, double[][] values) {
        return new Storage(name, Map.of(), List.of(text), false, Storage.DEFAULT_TIME_LABEL, ElbowMuscles.ALL,
                trial.time(), values);
    }
}
