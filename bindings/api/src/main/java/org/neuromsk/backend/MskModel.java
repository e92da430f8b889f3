package org.neuromsk.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.storage.Storage;

/**
 * A model loaded by a backend. Everything the estimators need from musculoskeletal physics goes
 * through this interface, so that the embedded engine and OpenSim can stand in for each other.
 *
 * <p>Instances are not shared between threads. Changing parameters returns a new model
 * ({@link #withMuscleParameters(Map)}); the original is unchanged.
 */
public interface MskModel extends AutoCloseable {

    /** @return the model's name */
    String name();

    /** @return the backend that loaded it */
    String backendName();

    /** @return the coordinates in multibody-tree order (the order of OpenSim's ID output) */
    List<CoordinateInfo> coordinates();

    /** @return the muscles in force-set order */
    List<MuscleInfo> muscles();

    /**
     * @param muscle muscle name
     * @return its parameters
     * @throws org.neuromsk.error.NeuroMskException if the model has no such muscle
     */
    MuscleParameters muscleParameters(String muscle);

    /**
     * @param parameters new parameters by muscle name
     * @return a model equal to this one except for those muscles
     * @throws org.neuromsk.error.NeuroMskException if a name is not a muscle of the model
     */
    MskModel withMuscleParameters(Map<String, MuscleParameters> parameters);

    /**
     * Writes the model, with its current parameters, as an {@code .osim} OpenSim can load.
     *
     * @param file target file
     */
    void writeModel(Path file);

    /**
     * Inverse dynamics as OpenSim's InverseDynamicsTool computes it.
     *
     * @param request the motion and options
     * @return generalized forces, columns {@code <coordinate>_moment} (N·m) or {@code _force} (N)
     */
    Storage inverseDynamics(InverseDynamicsRequest request);

    /**
     * Muscle-tendon lengths, lengthening speeds and moment arms at every frame of a motion, with the
     * model assembled at each frame (dependent coordinates of coordinate couplers follow their
     * independent coordinates, as OpenSim's assembly makes them).
     *
     * @param request the motion and options
     * @return the geometry tables
     */
    MuscleGeometry muscleGeometry(MuscleGeometryRequest request);

    /**
     * @param request motion and activations
     * @return forces with fibre and tendon in equilibrium at every frame
     */
    MuscleForces muscleForces(MuscleForceRequest request);

    /**
     * @param request controls, times and options
     * @return the simulated states and the controls applied
     */
    ForwardResult forward(ForwardRequest request);

    /**
     * {@link #forward(ForwardRequest)} reporting its progress. Backends that can follow their
     * integrator report after every accepted step; this default reports only the end time, once the
     * simulation is done.
     *
     * @param request controls, times and options
     * @param progress told the simulated time reached (s): non-decreasing, the last report is
     *     {@code request.end()}
     * @return the simulated states and the controls applied
     */
    default ForwardResult forward(ForwardRequest request, ForwardProgress progress) {
        ForwardResult result = forward(request);
        progress.reached(request.end());
        return result;
    }

    /** Releases native resources, if any. */
    @Override
    void close();
}
