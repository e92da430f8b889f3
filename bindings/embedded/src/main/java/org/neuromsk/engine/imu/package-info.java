/**
 * Virtual inertial measurement units (IMUs): accelerometer and gyroscope signals of sensors fixed to a
 * model's bodies, synthesized from a motion, and reading and writing of real or synthesized IMU data.
 *
 * <p>An {@link org.neuromsk.engine.imu.ImuPlacement} puts a sensor frame S in a model frame (body,
 * Ground or offset frame) by a translation (m) and body-fixed X-Y-Z angles (rad), as OpenSim's
 * PhysicalOffsetFrame does; {@link org.neuromsk.engine.imu.ImuPlacementSet} reads them from JSON or XML
 * (DTDs and external entities refused). {@link org.neuromsk.engine.imu.ImuSensors} evaluates one state;
 * {@link org.neuromsk.engine.imu.ImuSynthesizer} a whole motion, preparing the coordinates as OpenSim's
 * InverseDynamicsTool does (optional low-pass, degrees to radians for rotational coordinates, natural
 * quintic splines for q, q̇, q̈) and adding optional seeded noise and bias
 * ({@link org.neuromsk.engine.imu.ImuNoise}).
 *
 * <p>Signals and units, both expressed in the sensor frame S:
 * <ul>
 * <li>accelerometer: specific force {@code R_GSᵀ·(a − g)} (m/s²), where a is the acceleration of S's
 *     origin in Ground and g the model's gravity; a sensor at rest reads 9.81 m/s² pointing up;</li>
 * <li>gyroscope: the carrying body's angular velocity in Ground, {@code R_GSᵀ·ω} (rad/s).</li>
 * </ul>
 * Tables name the channels {@code <imu>_acc_x|y|z} and {@code <imu>_gyr_x|y|z}
 * ({@link org.neuromsk.engine.imu.ImuColumns}); OpenSim's own pair of {@code DataType=Vec3} tables is
 * also written and read. Times are in seconds (s), rates in hertz (Hz).
 */
package org.neuromsk.engine.imu;
