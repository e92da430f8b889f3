package org.neuromsk.engine.multibody;

import java.util.Arrays;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * Loads applied to a {@link MultibodyModel} for one evaluation, besides gravity: forces at body
 * stations, free torques on bodies and mobility (generalized) forces. Fill it, pass it to
 * {@link InverseDynamics#solve}, {@link #clear()} it and reuse it; adding does not allocate once
 * the internal arrays have grown to the number of forces used. Loads on Ground are accepted and
 * have no effect. Mutable and not thread-safe.
 */
public final class AppliedForces {

    private final MultibodyModel model;
    private final double[] bodyTorques;
    private final double[] mobilityForces;
    private int[] stationBody = new int[4];
    private double[] stations = new double[12];
    private double[] forces = new double[12];
    private int stationCount;

    /**
     * @param model the model the loads act on
     */
    public AppliedForces(MultibodyModel model) {
        this.model = model;
        bodyTorques = new double[3 * (model.numBodies() + 1)];
        mobilityForces = new double[model.numCoordinates()];
    }

    /** Removes every load. */
    public void clear() {
        stationCount = 0;
        Arrays.fill(bodyTorques, 0);
        Arrays.fill(mobilityForces, 0);
    }

    /**
     * @param frame the frame (body, offset frame or Ground) the point is fixed in
     * @param station the point of application in that frame (m)
     * @param forceInGround the force, expressed in Ground (N)
     */
    public void addForceAtStation(PhysicalFrame frame, Vec3 station, Vec3 forceInGround) {
        Vec3 s = frame.transformInBase().apply(station);
        addForceAtStation(model.bodyIndex(frame), s.x(), s.y(), s.z(), forceInGround.x(), forceInGround.y(),
                forceInGround.z());
    }

    /**
     * @param bodyIndex 0 (Ground) .. numBodies
     * @param sx station x in the body frame (m)
     * @param sy station y (m)
     * @param sz station z (m)
     * @param fx force x in Ground (N)
     * @param fy force y (N)
     * @param fz force z (N)
     */
    public void addForceAtStation(int bodyIndex, double sx, double sy, double sz, double fx, double fy, double fz) {
        checkBody(bodyIndex);
        if (stationCount == stationBody.length) {
            int n = 2 * stationCount;
            stationBody = Arrays.copyOf(stationBody, n);
            stations = Arrays.copyOf(stations, 3 * n);
            forces = Arrays.copyOf(forces, 3 * n);
        }
        int k = stationCount++;
        stationBody[k] = bodyIndex;
        stations[3 * k] = sx;
        stations[3 * k + 1] = sy;
        stations[3 * k + 2] = sz;
        forces[3 * k] = fx;
        forces[3 * k + 1] = fy;
        forces[3 * k + 2] = fz;
    }

    /**
     * @param frame any frame of the body the torque acts on
     * @param torqueInGround the free torque, expressed in Ground (N·m)
     */
    public void addTorque(PhysicalFrame frame, Vec3 torqueInGround) {
        addTorque(model.bodyIndex(frame), torqueInGround.x(), torqueInGround.y(), torqueInGround.z());
    }

    /**
     * @param bodyIndex 0 (Ground) .. numBodies
     * @param tx torque x in Ground (N·m)
     * @param ty torque y (N·m)
     * @param tz torque z (N·m)
     */
    public void addTorque(int bodyIndex, double tx, double ty, double tz) {
        checkBody(bodyIndex);
        bodyTorques[3 * bodyIndex] += tx;
        bodyTorques[3 * bodyIndex + 1] += ty;
        bodyTorques[3 * bodyIndex + 2] += tz;
    }

    /**
     * @param coordinateIndex index in tree order
     * @param force generalized force (N·m for rotational, N for translational coordinates)
     */
    public void addMobilityForce(int coordinateIndex, double force) {
        mobilityForces[coordinateIndex] += force;
    }

    MultibodyModel model() {
        return model;
    }

    int stationCount() {
        return stationCount;
    }

    int stationBody(int k) {
        return stationBody[k];
    }

    double[] stations() {
        return stations;
    }

    double[] forces() {
        return forces;
    }

    double[] bodyTorques() {
        return bodyTorques;
    }

    double mobilityForce(int i) {
        return mobilityForces[i];
    }

    private void checkBody(int bodyIndex) {
        if (bodyIndex < 0 || bodyIndex > model.numBodies()) {
            throw new NeuroMskException("body index " + bodyIndex + " is outside 0.." + model.numBodies());
        }
    }
}
