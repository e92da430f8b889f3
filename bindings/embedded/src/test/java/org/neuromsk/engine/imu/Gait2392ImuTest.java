package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

/**
 * Virtual thigh, shank and foot IMUs (right leg) on the ceinms-rt-lowerlimb gait2392 model over the
 * 3.6 km/h treadmill trial (60 s of IK at 100 Hz, degrees), coordinates low-passed at 6 Hz as is usual
 * for IK before differentiation. Checks that the signals are finite and physically plausible for
 * walking: gyroscope peaks of a few rad/s, accelerations within ±50 m/s², a nearly static foot in
 * mid-stance reading |a| ≈ g, and the sagittal gyroscope channel following the segment's sagittal
 * angle rate derived independently from the IK angles.
 */
class Gait2392ImuTest {

    private static Model model;
    private static Storage ik;
    private static ImuRecording imu;
    private static List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void synthesize() {
        Path osim = TestData.require("ceinms-rt-lowerlimb/model/gait2392.osim");
        Path motion = TestData.require("ceinms-rt-lowerlimb/data/walk36/ik.sto");
        model = ModelLoader.load(osim);
        ik = StorageReader.read(motion);
        ImuPlacementSet placements = ImuPlacementSet.read(ImuFixtures.resource("gait2392_leg_r.json"));
        long start = System.nanoTime();
        imu = new ImuSynthesizer(model, placements).synthesize(ik, motion,
                ImuSynthesizer.Settings.defaults().withLowpass(6), warnings::add);
        System.out.printf("gait2392 walk36: %d rows x %d IMUs synthesized in %.2f s%n", imu.rowCount(),
                imu.imuCount(), (System.nanoTime() - start) * 1e-9);
    }

    @Test
    void everyCoordinateIsGivenAndEveryRowIsKept() {
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(ik.rowCount(), imu.rowCount());
        assertEquals(List.of("thigh_r_imu", "shank_r_imu", "foot_r_imu"), imu.names());
    }

    @Test
    void magnitudesArePlausibleForWalking() {
        for (int i = 0; i < imu.imuCount(); i++) {
            double gyroPeak = 0;
            double accPeak = 0;
            for (int a = 0; a < 3; a++) {
                for (double v : imu.gyroscope(i, a)) {
                    gyroPeak = Math.max(gyroPeak, Math.abs(v));
                }
                for (double v : imu.accelerometer(i, a)) {
                    accPeak = Math.max(accPeak, Math.abs(v));
                }
            }
            System.out.printf("%s: gyro peak %.2f rad/s, accelerometer peak %.1f m/s^2%n", imu.names().get(i),
                    gyroPeak, accPeak);
            // Walking at 3.6 km/h: segment angular velocities peak at a few rad/s (swing-phase shank and
            // foot up to about 5-10 rad/s); anything below 1 or above 15 would mean wrong units or frames.
            assertTrue(gyroPeak > 1 && gyroPeak < 15, imu.names().get(i) + " gyro peak " + gyroPeak);
            assertTrue(accPeak > 9 && accPeak < 50, imu.names().get(i) + " accelerometer peak " + accPeak);
        }
    }

    @Test
    void footAtRestInStanceReadsGravity() {
        int foot = imu.indexOf("foot_r_imu");
        double closest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < imu.rowCount(); r++) {
            double norm = imu.accelerometerAt(foot, r).norm();
            double spin = imu.gyroscopeAt(foot, r).norm();
            if (spin < 0.2) {
                closest = Math.min(closest, Math.abs(norm - ImuFixtures.G));
            }
        }
        // With the foot flat and hardly turning (|ω| < 0.2 rad/s) the sensor is nearly at rest on a
        // treadmill belt moving at constant speed, so it reads gravity's 9.81 m/s² within a little.
        assertTrue(closest < 0.5, "closest | |a| - g | while the foot is still: " + closest);
    }

    @Test
    void sagittalGyroscopeFollowsTheSegmentAngleRate() {
        // In gait2392 the pelvis tilt, hip flexion, knee angle and ankle angle all turn about (nearly)
        // the same medio-lateral z axis, so the sagittal angle of the thigh is tilt + hip flexion, of
        // the shank tilt + hip flexion + knee angle, and of the foot that plus the ankle angle. Their
        // rates, by central differences of the IK angles (degrees -> rad), must match the gyroscope's
        // z channel (the IMUs' z axes are the segments' z axes); out-of-plane motion keeps it from
        // being exact, so a correlation above 0.95 is asked.
        double[] t = ik.time();
        double[] thigh = sum(ik, "pelvis_tilt", "hip_flexion_r");
        double[] shank = sum(ik, "pelvis_tilt", "hip_flexion_r", "knee_angle_r");
        double[] foot = sum(ik, "pelvis_tilt", "hip_flexion_r", "knee_angle_r", "ankle_angle_r");
        double[][] angles = {thigh, shank, foot};
        for (int i = 0; i < 3; i++) {
            double[] rate = centralDifference(t, angles[i]);
            double[] gyro = imu.gyroscope(i, 2);
            double r = correlation(rate, gyro, 5, t.length - 5);
            System.out.printf("%s: r(gyr_z, sagittal angle rate) = %.4f%n", imu.names().get(i), r);
            assertTrue(r > 0.95, imu.names().get(i) + " correlation " + r);
        }
    }

    private static double[] sum(Storage table, String... labels) {
        double[] out = new double[table.rowCount()];
        for (String label : labels) {
            double[] c = table.column(label);
            for (int r = 0; r < out.length; r++) {
                out[r] += Math.toRadians(c[r]);
            }
        }
        return out;
    }

    private static double[] centralDifference(double[] t, double[] y) {
        double[] d = new double[y.length];
        for (int r = 1; r < y.length - 1; r++) {
            d[r] = (y[r + 1] - y[r - 1]) / (t[r + 1] - t[r - 1]);
        }
        return d;
    }

    private static double correlation(double[] a, double[] b, int from, int to) {
        int n = to - from;
        double ma = 0;
        double mb = 0;
        for (int k = from; k < to; k++) {
            ma += a[k] / n;
            mb += b[k] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = from; k < to; k++) {
            sab += (a[k] - ma) * (b[k] - mb);
            saa += (a[k] - ma) * (a[k] - ma);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
