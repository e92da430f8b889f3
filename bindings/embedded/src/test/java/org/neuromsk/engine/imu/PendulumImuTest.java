package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.imu.ImuFixtures.G;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.io.storage.Storage;

/**
 * A pendulum's IMUs against closed form.
 *
 * <p><b>Derivation.</b> The rod turns about ground z by q, so its frame is R_GB = Rz(q) and a station
 * at (0, −r, 0) in the rod is at p = r·(sin q, −cos q, 0) in ground. Differentiating twice,
 * a = r·q̈·(cos q, sin q, 0) + r·q̇²·(−sin q, cos q, 0). The two brackets are the rod's own x and y
 * axes in ground (columns of Rz(q)), so in the rod frame a_B = (r·q̈, r·q̇², 0): tangential r·q̈ along
 * x, centripetal r·q̇² along +y (towards the pin). Gravity is g = (0, −G, 0) in ground; −g in the rod
 * frame is Rz(q)ᵀ·(0, G, 0) = (G·sin q, G·cos q, 0). So an IMU aligned with the rod reads
 * <pre>
 *   accelerometer = a_B − g_B = (r·q̈ + G·sin q,  r·q̇² + G·cos q,  0)      (m/s²)
 *   gyroscope     = (0, 0, q̇)                                             (rad/s)
 * </pre>
 * (at rest hanging down: (0, G, 0), the +9.81 m/s² "up" reading of a real sensor).
 *
 * <p>rod_imu_turned sits at the same point with body-fixed XYZ angles (π/2, 0, π/2):
 * R = Rx(π/2)·Rz(π/2) = [[0, −1, 0], [0, 0, −1], [1, 0, 0]], whose columns (the sensor axes in the rod)
 * are x_S = z_B, y_S = −x_B, z_S = −y_B. A vector v_B reads (v_z, −v_x, −v_y) in S.
 *
 * <p>mount_imu is on the offset frame rod_mount (origin (0, −0.3, 0) in the rod, turned +90° about z,
 * so its x axis is the rod's y and its y axis the rod's −x) at (0.1, 0, 0) in that frame, i.e. at
 * (0, −0.3, 0) + 0.1·y_B = (0, −0.2, 0) in the rod: r = 0.2, and v_B reads (v_y, −v_x, v_z).
 */
class PendulumImuTest {

    private static final double R_ROD = 0.5;
    private static final double R_MOUNT = 0.2;

    @TempDir
    Path dir;

    /** Accelerometer in the rod frame for a station r below the pin (see the class comment). */
    static Vec3 rodAccelerometer(double r, double q, double qd, double qdd) {
        return new Vec3(r * qdd + G * Math.sin(q), r * qd * qd + G * Math.cos(q), 0);
    }

    @Test
    void singleStatesMatchClosedFormToRounding() {
        Model model = ImuFixtures.rig();
        ImuSensors sensors = new ImuSensors(model, ImuFixtures.rigPlacements());
        int iq = model.multibody().coordinateIndex("q");
        double[][] states = {{0, 0, 0}, {0.7, 0, 0}, {-1.2, 2.5, -4}, {2.9, -3.1, 7.5}};
        double[] out = new double[6 * sensors.count()];
        for (double[] s : states) {
            double[] q = new double[2];
            double[] u = new double[2];
            double[] udot = new double[2];
            q[iq] = s[0];
            u[iq] = s[1];
            udot[iq] = s[2];
            sensors.measure(q, u, udot, out);
            Vec3 f = rodAccelerometer(R_ROD, s[0], s[1], s[2]);
            assertVec(f, out, 0, 1e-12, "rod_imu acc");
            assertVec(new Vec3(0, 0, s[1]), out, 3, 1e-12, "rod_imu gyro");
            assertVec(new Vec3(f.z(), -f.x(), -f.y()), out, 6, 1e-12, "rod_imu_turned acc");
            assertVec(new Vec3(s[1], 0, 0), out, 9, 1e-12, "rod_imu_turned gyro");
            Vec3 m = rodAccelerometer(R_MOUNT, s[0], s[1], s[2]);
            assertVec(new Vec3(m.y(), -m.x(), m.z()), out, 12, 1e-12, "mount_imu acc");
            assertVec(new Vec3(0, 0, s[1]), out, 15, 1e-12, "mount_imu gyro");
        }
    }

    /**
     * Turning the sensor by a general angle α about its x axis (body-fixed (α, 0, 0)) turns both
     * signals: Rx(α)ᵀ·v = (v_x, cos α·v_y + sin α·v_z, −sin α·v_y + cos α·v_z), so the rod's
     * accelerometer (f_x, f_y, 0) reads (f_x, cos α·f_y, −sin α·f_y) and its gyroscope (0, 0, q̇) reads
     * (0, sin α·q̇, cos α·q̇).
     */
    @Test
    void turningTheSensorTurnsBothSignals() {
        double alpha = 0.4;
        Model model = ImuFixtures.rig();
        ImuSensors sensors = new ImuSensors(model, ImuPlacementSet.of(List.of(
                new ImuPlacement("tilted", "rod", new Vec3(0, -R_ROD, 0), new Vec3(alpha, 0, 0)))));
        int iq = model.multibody().coordinateIndex("q");
        double[] q = new double[2];
        double[] u = new double[2];
        double[] udot = new double[2];
        q[iq] = -0.9;
        u[iq] = 1.7;
        udot[iq] = 3.2;
        double[] out = new double[6];
        sensors.measure(q, u, udot, out);
        Vec3 f = rodAccelerometer(R_ROD, q[iq], u[iq], udot[iq]);
        double c = Math.cos(alpha);
        double s = Math.sin(alpha);
        assertVec(new Vec3(f.x(), c * f.y(), -s * f.y()), out, 0, 1e-12, "accelerometer");
        assertVec(new Vec3(0, s * u[iq], c * u[iq]), out, 3, 1e-12, "gyroscope");
    }

    /**
     * The whole pipeline on q(t) = A·sin(ωt) sampled at 1 kHz for 2 s: q̇ = Aω·cos ωt, q̈ = −Aω²·sin ωt.
     *
     * <p><b>Tolerance.</b> q̇ and q̈ come from a natural quintic interpolating spline. In the interior its
     * error in q̈ is O(h⁴·|q⁽⁶⁾|) = (1e-3)⁴·0.6·(2π)⁶ ≈ 4e-8 rad/s², so r·q̈ is off by < 2e-8 m/s² and
     * r·q̇² by far less; rounding in the spline solve, amplified by about 1/h², adds ~1e-9. Near the ends
     * the natural end conditions are wrong for a sine, but that error decays by a factor ≈ 0.43 per knot,
     * so it is gone 50 samples in. Rows in [0.05 s, 1.95 s] are therefore checked to 1e-6 m/s² and
     * 1e-6 rad/s.
     */
    @Test
    void swingingPendulumThroughSplinesMatchesClosedForm() {
        double a = 0.6;
        double w = 2 * Math.PI;
        double[] t = ImuFixtures.times(2001, 1000);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("swing.sto"), false, List.of("q", "s"), t,
                ImuFixtures.sample(t, x -> a * Math.sin(w * x)), new double[t.length]);
        List<String> warnings = new ArrayList<>();
        ImuRecording rec = new ImuSynthesizer(ImuFixtures.rig(), ImuFixtures.rigPlacements())
                .synthesize(motion, null, ImuSynthesizer.Settings.defaults(), warnings::add);
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(2001, rec.rowCount());
        double accError = 0;
        double gyroError = 0;
        int checked = 0;
        for (int k = 0; k < rec.rowCount(); k++) {
            double x = rec.time(k);
            if (x < 0.05 || x > 1.95) {
                continue;
            }
            checked++;
            double q = a * Math.sin(w * x);
            double qd = a * w * Math.cos(w * x);
            double qdd = -a * w * w * Math.sin(w * x);
            Vec3 f = rodAccelerometer(R_ROD, q, qd, qdd);
            Vec3 m = rodAccelerometer(R_MOUNT, q, qd, qdd);
            accError = Math.max(accError, distance(f, rec.accelerometerAt(0, k)));
            accError = Math.max(accError, distance(new Vec3(f.z(), -f.x(), -f.y()), rec.accelerometerAt(1, k)));
            accError = Math.max(accError, distance(new Vec3(m.y(), -m.x(), m.z()), rec.accelerometerAt(2, k)));
            gyroError = Math.max(gyroError, distance(new Vec3(0, 0, qd), rec.gyroscopeAt(0, k)));
            gyroError = Math.max(gyroError, distance(new Vec3(qd, 0, 0), rec.gyroscopeAt(1, k)));
            gyroError = Math.max(gyroError, distance(new Vec3(0, 0, qd), rec.gyroscopeAt(2, k)));
        }
        System.out.printf("pendulum via splines: max accelerometer error %.3g m/s^2, gyroscope %.3g rad/s%n",
                accError, gyroError);
        assertEquals(1901, checked);
        assertTrue(accError < 1e-6, "accelerometer error " + accError);
        assertTrue(gyroError < 1e-6, "gyroscope error " + gyroError);
    }

    static double distance(Vec3 expected, Vec3 actual) {
        return expected.minus(actual).norm();
    }

    static void assertVec(Vec3 expected, double[] out, int offset, double tol, String what) {
        for (int k = 0; k < 3; k++) {
            assertEquals(expected.get(k), out[offset + k], tol, what + " component " + k);
        }
    }
}
