package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromsk.engine.imu.ImuFixtures.G;
import static org.neuromsk.engine.imu.ImuFixtures.INCLINE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.io.storage.Storage;

/** Bodies at rest read gravity only; a translating slider reads its own acceleration. */
class StaticAndSliderImuTest {

    @TempDir
    Path dir;

    /**
     * At rest the acceleration is zero, so every sensor reads −g expressed in its frame: a vector of
     * length G whatever the orientation, and a zero gyroscope. Hand-checked directions:
     * <ul>
     * <li>rod at q = 0.7 (rod frame Rz(q)): −g = (0, G, 0) in ground reads Rz(q)ᵀ·(0, G, 0) =
     *     (G·sin q, G·cos q, 0) in the rod;</li>
     * <li>a sensor on the rod turned by body-fixed (π/2, 0, 0): its axes in the rod are x_S = x_B,
     *     y_S = (0, cos 90°, sin 90°) = z_B, z_S = (0, −sin 90°, cos 90°) = −y_B, so it reads
     *     (G·sin q, 0, −G·cos q);</li>
     * <li>the cart on the 30° incline keeps the incline's axes, Rz(30°): it reads (G·sin 30°, G·cos 30°, 0)
     *     = (G/2, G·√3/2, 0).</li>
     * </ul>
     */
    @Test
    void restingSensorsReadGravityInAnyOrientation() {
        Model model = ImuFixtures.rig();
        Random random = new Random(20240611L);
        List<ImuPlacement> placements = new ArrayList<>();
        placements.add(new ImuPlacement("rod_x90", "rod", new Vec3(0, -0.4, 0.02), new Vec3(Math.PI / 2, 0, 0)));
        placements.add(ImuPlacement.atOrigin("cart_imu", "cart"));
        for (int k = 0; k < 20; k++) {
            String frame = k % 3 == 0 ? "cart" : k % 3 == 1 ? "rod" : "rod_mount";
            placements.add(new ImuPlacement("random_" + k, frame,
                    new Vec3(random.nextDouble() - 0.5, random.nextDouble() - 0.5, random.nextDouble() - 0.5),
                    new Vec3(6 * random.nextDouble() - 3, 3 * random.nextDouble() - 1.5, 6 * random.nextDouble() - 3)));
        }
        ImuSensors sensors = new ImuSensors(model, ImuPlacementSet.of(placements));
        int iq = model.multibody().coordinateIndex("q");
        int is = model.multibody().coordinateIndex("s");
        double q0 = 0.7;
        double[] q = new double[2];
        q[iq] = q0;
        q[is] = -0.35;
        double[] out = new double[6 * sensors.count()];
        sensors.measure(q, new double[2], new double[2], out);
        PendulumImuTest.assertVec(new Vec3(G * Math.sin(q0), 0, -G * Math.cos(q0)), out, 0, 1e-12, "rod_x90");
        PendulumImuTest.assertVec(new Vec3(G / 2, G * Math.sqrt(3) / 2, 0), out, 6, 1e-12, "cart_imu");
        for (int i = 0; i < sensors.count(); i++) {
            Vec3 acc = new Vec3(out[6 * i], out[6 * i + 1], out[6 * i + 2]);
            Vec3 gyro = new Vec3(out[6 * i + 3], out[6 * i + 4], out[6 * i + 5]);
            assertEquals(G, acc.norm(), 1e-12, sensors.names().get(i) + " |a|");
            assertEquals(0, gyro.norm(), 0, sensors.names().get(i) + " |ω|");
        }
    }

    /** A constant motion through the whole pipeline: the splines give exactly zero q̇, q̈ for constant data. */
    @Test
    void constantMotionReadsGravityOnlyAtEveryRow() {
        double[] t = ImuFixtures.times(50, 100);
        double[] q = new double[t.length];
        java.util.Arrays.fill(q, 40);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("still.mot"), true, List.of("q", "s"), t, q,
                new double[t.length]);
        ImuRecording rec = new ImuSynthesizer(ImuFixtures.rig(), ImuFixtures.rigPlacements())
                .synthesize(motion, null, ImuSynthesizer.Settings.defaults(), w -> { });
        double q0 = Math.toRadians(40);
        for (int k = 0; k < rec.rowCount(); k++) {
            Vec3 rod = rec.accelerometerAt(0, k);
            assertEquals(G * Math.sin(q0), rod.x(), 1e-9);
            assertEquals(G * Math.cos(q0), rod.y(), 1e-9);
            for (int i = 0; i < rec.imuCount(); i++) {
                assertEquals(G, rec.accelerometerAt(i, k).norm(), 1e-9);
                assertEquals(0, rec.gyroscopeAt(i, k).norm(), 1e-9);
            }
        }
    }

    /**
     * The cart slides along the incline axis x_I = (cos 30°, sin 30°, 0) and keeps the incline's axes,
     * so with s(t) = B·sin(Ωt) its acceleration is s̈·x_I and in its own frame (0 offset matters not:
     * it does not turn) it reads s̈ along x plus −g = (G/2, G·√3/2, 0):
     * accelerometer = (s̈ + G/2, G·√3/2, 0), gyroscope = 0. Same spline tolerance argument as the
     * pendulum's (interior rows, 1e-6).
     */
    @Test
    void slidingCartReadsItsAcceleration() {
        double b = 0.2;
        double w = 3 * Math.PI;
        double[] t = ImuFixtures.times(2001, 1000);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("slide.sto"), false, List.of("q", "s"), t,
                new double[t.length], ImuFixtures.sample(t, x -> b * Math.sin(w * x)));
        ImuRecording rec = new ImuSynthesizer(ImuFixtures.rig(), ImuFixtures.rigPlacements())
                .synthesize(motion, null, ImuSynthesizer.Settings.defaults(), x -> { });
        int cart = rec.indexOf("cart_imu");
        double error = 0;
        for (int k = 0; k < rec.rowCount(); k++) {
            double x = rec.time(k);
            if (x < 0.05 || x > 1.95) {
                continue;
            }
            double sdd = -b * w * w * Math.sin(w * x);
            Vec3 expected = new Vec3(sdd + G * Math.sin(INCLINE), G * Math.cos(INCLINE), 0);
            error = Math.max(error, PendulumImuTest.distance(expected, rec.accelerometerAt(cart, k)));
            assertEquals(0, rec.gyroscopeAt(cart, k).norm(), 1e-12);
        }
        System.out.printf("slider via splines: max accelerometer error %.3g m/s^2%n", error);
        assertTrue(error < 1e-6, "error " + error);
    }
}
