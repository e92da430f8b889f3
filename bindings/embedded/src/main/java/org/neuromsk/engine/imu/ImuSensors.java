package org.neuromsk.engine.imu;

import java.util.List;
import java.util.Objects;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Rotation;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;

/**
 * Ideal (noise-free) IMUs on a model, evaluated one state at a time. For an IMU with sensor frame S
 * fixed in the body B that carries its frame:
 * <ul>
 * <li>accelerometer = {@code R_GSᵀ·(a_S − g)}: the acceleration of S's origin in Ground minus the
 *     model's gravity, expressed in S (the specific force; a sensor at rest reads −g, i.e. +9.81 m/s²
 *     upwards);</li>
 * <li>gyroscope = {@code R_GSᵀ·ω_B}: the body's angular velocity in Ground, expressed in S.</li>
 * </ul>
 * These are the outputs of OpenSim's {@code IMU} component ({@code accelerometer_signal},
 * {@code gyroscope_signal}); OpenSim versions older than opensim-core pull request 3402 (2023) gave the
 * gyroscope in Ground instead. Mutable workspace, not thread-safe: use one per thread.
 */
public final class ImuSensors {

    /** Values per IMU in {@link #measure}'s output: accelerometer x, y, z, gyroscope x, y, z. */
    public static final int CHANNELS = 6;

    private final Model model;
    private final ImuPlacementSet placements;
    private final Kinematics kinematics;
    private final Vec3 gravity;
    private final int[] bodyIndex;
    private final PhysicalFrame[] base;
    private final Vec3[] stationInBase;
    private final Rotation[] rotationBaseSensor;

    /**
     * @param model the model
     * @param placements the IMUs
     * @throws org.neuromsk.io.FileFormatException if a placement names a frame the model lacks (naming
     *     the placements file and line; a plain {@link org.neuromsk.error.NeuroMskException} for
     *     placements built in code)
     */
    public ImuSensors(Model model, ImuPlacementSet placements) {
        this.model = Objects.requireNonNull(model, "model");
        this.placements = Objects.requireNonNull(placements, "placements");
        MultibodyModel multibody = model.multibody();
        this.kinematics = new Kinematics(multibody);
        this.gravity = model.gravity();
        int n = placements.size();
        bodyIndex = new int[n];
        base = new PhysicalFrame[n];
        stationInBase = new Vec3[n];
        rotationBaseSensor = new Rotation[n];
        for (int i = 0; i < n; i++) {
            ImuPlacement p = placements.placements().get(i);
            if (!model.hasFrame(p.frame())) {
                throw placements.errorAt(i, "IMU '" + p.name() + "': model '" + model.name()
                        + "' has no body or frame '" + p.frame() + "'");
            }
            PhysicalFrame frame = model.frame(p.frame());
            Transform baseSensor = frame.transformInBase().times(p.sensorInFrame());
            bodyIndex[i] = multibody.bodyIndex(frame);
            base[i] = frame.base();
            stationInBase[i] = baseSensor.translation();
            rotationBaseSensor[i] = baseSensor.rotation();
        }
    }

    /** @return the model */
    public Model model() {
        return model;
    }

    /** @return the IMUs */
    public ImuPlacementSet placements() {
        return placements;
    }

    /** @return the IMU names in order */
    public List<String> names() {
        return placements.names();
    }

    /** @return the number of IMUs */
    public int count() {
        return placements.size();
    }

    /**
     * Realizes the state and writes every IMU's signals.
     *
     * @param q positions, tree order (rad or m)
     * @param u speeds, tree order (rad/s or m/s)
     * @param udot accelerations, tree order (rad/s² or m/s²)
     * @param out at least {@link #CHANNELS}·{@link #count()} values; IMU i gets
     *     {@code out[6i..6i+2]} = accelerometer (m/s²) and {@code out[6i+3..6i+5]} = gyroscope (rad/s),
     *     both in its sensor frame
     */
    public void measure(double[] q, double[] u, double[] udot, double[] out) {
        kinematics.realize(q, u, udot);
        for (int i = 0; i < bodyIndex.length; i++) {
            Rotation groundSensor = kinematics.bodyTransform(bodyIndex[i]).rotation().times(rotationBaseSensor[i]);
            Vec3 acceleration = kinematics.stationAcceleration(base[i], stationInBase[i]);
            Vec3 specificForce = groundSensor.applyTranspose(acceleration.minus(gravity));
            Vec3 angularVelocity = groundSensor.applyTranspose(kinematics.bodyVelocity(bodyIndex[i]).angular());
            specificForce.copyTo(out, CHANNELS * i);
            angularVelocity.copyTo(out, CHANNELS * i + 3);
        }
    }
}
