package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;

/** Degrees, low-pass filtering, output rate, missing and unknown columns. */
class SynthesisOptionsTest {

    private static final double A = 0.6;
    private static final double W = 2 * Math.PI;
    private static final double B = 0.2;
    private static final double W2 = 3 * Math.PI;

    @TempDir
    Path dir;

    private ImuRecording run(Storage motion, ImuSynthesizer.Settings settings, List<String> warnings) {
        return new ImuSynthesizer(ImuFixtures.rig(), ImuFixtures.rigPlacements()).synthesize(motion, null, settings,
                warnings::add);
    }

    /**
     * With inDegrees=yes only rotational coordinates are converted: q written in degrees must give the
     * radian run's signals (the splines are linear in the data, so only rounding differs), while the
     * slider's s, in metres in both files, must not be scaled by π/180 (that would shrink the cart's
     * accelerometer x from s̈ + G/2 towards G/2, errors of metres per second squared).
     */
    @Test
    void degreesApplyToRotationalCoordinatesOnly() {
        double[] t = ImuFixtures.times(401, 200);
        double[] qRad = ImuFixtures.sample(t, x -> A * Math.sin(W * x));
        double[] qDeg = ImuFixtures.sample(t, x -> Math.toDegrees(A * Math.sin(W * x)));
        double[] s = ImuFixtures.sample(t, x -> B * Math.sin(W2 * x));
        ImuRecording rad = run(ImuFixtures.writeMotion(dir.resolve("rad.sto"), false, List.of("q", "s"), t, qRad, s),
                ImuSynthesizer.Settings.defaults(), new ArrayList<>());
        ImuRecording deg = run(ImuFixtures.writeMotion(dir.resolve("deg.mot"), true, List.of("q", "s"), t, qDeg, s),
                ImuSynthesizer.Settings.defaults(), new ArrayList<>());
        for (int i = 0; i < rad.imuCount(); i++) {
            for (int a = 0; a < 3; a++) {
                assertArrayEquals(rad.accelerometer(i, a), deg.accelerometer(i, a), 1e-9);
                assertArrayEquals(rad.gyroscope(i, a), deg.gyroscope(i, a), 1e-9);
            }
        }
    }

    /**
     * A 40 Hz ripple of 1e-3 rad on the 1 Hz swing adds r·1e-3·(2π·40)² ≈ 32 m/s² to the rod IMU's
     * tangential reading (r = 0.5 m). OpenSim's 6 Hz third-order Butterworth, run forwards and
     * backwards, passes |H|² = 1/(1 + (40/6)⁶) ≈ 1.1e-5 of it (≈ 4e-4 m/s²) and 1 − 2e-5 of the swing
     * (≈ 2.5e-4 m/s² of its 12 m/s² tangential peak); away from the padded ends the filtered result
     * must match the clean closed form to 0.01 m/s², while the unfiltered one is off by more than 20.
     */
    @Test
    void lowpassRemovesRippleAsTheInverseDynamicsToolDoes() {
        double[] t = ImuFixtures.times(2001, 1000);
        double[] q = ImuFixtures.sample(t, x -> A * Math.sin(W * x) + 1e-3 * Math.sin(2 * Math.PI * 40 * x));
        Storage motion = ImuFixtures.writeMotion(dir.resolve("ripple.sto"), false, List.of("q", "s"), t, q,
                new double[t.length]);
        ImuRecording raw = run(motion, ImuSynthesizer.Settings.defaults(), new ArrayList<>());
        ImuRecording filtered = run(motion, ImuSynthesizer.Settings.defaults().withLowpass(6), new ArrayList<>());
        assertArrayEquals(motion.time(), filtered.time(), 0, "outputs stay at the motion's times");
        double rawError = 0;
        double filteredError = 0;
        for (int k = 0; k < t.length; k++) {
            double x = t[k];
            if (x < 0.3 || x > 1.7) {
                continue;
            }
            Vec3 clean = PendulumImuTest.rodAccelerometer(0.5, A * Math.sin(W * x), A * W * Math.cos(W * x),
                    -A * W * W * Math.sin(W * x));
            rawError = Math.max(rawError, PendulumImuTest.distance(clean, raw.accelerometerAt(0, k)));
            filteredError = Math.max(filteredError, PendulumImuTest.distance(clean, filtered.accelerometerAt(0, k)));
        }
        System.out.printf("ripple: unfiltered error %.3g m/s^2, 6 Hz low-pass error %.3g m/s^2%n", rawError,
                filteredError);
        assertTrue(rawError > 20, "unfiltered " + rawError);
        assertTrue(filteredError < 0.01, "filtered " + filteredError);
    }

    /** A 250 Hz grid over 0..2 s has 501 samples at k/250 s, each matching the closed form. */
    @Test
    void sampleRateGivesAUniformGridFromTheFirstTime() {
        double[] t = ImuFixtures.times(2001, 1000);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("swing.sto"), false, List.of("q", "s"), t,
                ImuFixtures.sample(t, x -> A * Math.sin(W * x)), new double[t.length]);
        ImuRecording rec = run(motion, ImuSynthesizer.Settings.defaults().withSampleRate(250), new ArrayList<>());
        assertEquals(501, rec.rowCount());
        for (int k = 0; k < rec.rowCount(); k++) {
            assertEquals(k / 250.0, rec.time(k), 1e-15);
            double x = rec.time(k);
            if (x >= 0.05 && x <= 1.95) {
                assertEquals(A * W * Math.cos(W * x), rec.gyroscopeAt(0, k).z(), 1e-6);
            }
        }
    }

    /** State-path labels are accepted; a coordinate left out is held at its default with a warning. */
    @Test
    void statePathsAndMissingCoordinates() {
        double[] t = ImuFixtures.times(20, 100);
        Storage motion = ImuFixtures.writeMotion(dir.resolve("paths.sto"), false,
                List.of("/jointset/pin/q/value", "/jointset/pin/q/speed"), t, ImuFixtures.sample(t, x -> 0.3),
                new double[t.length]);
        List<String> warnings = new ArrayList<>();
        ImuRecording rec = run(motion, ImuSynthesizer.Settings.defaults(), warnings);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("held at their default values: s"), warnings.get(0));
        assertEquals(ImuFixtures.G * Math.sin(0.3), rec.accelerometerAt(0, 5).x(), 1e-9);
    }

    /** Storage tables may hold NaN in memory; such coordinates are refused, naming the motion and column. */
    @Test
    void nanCoordinatesAreRefused() {
        double[] t = ImuFixtures.times(20, 100);
        double[] q = new double[20];
        q[7] = Double.NaN;
        Storage motion = Storage.of("motion", false, List.of("q", "s"), t, new double[][] {q, new double[20]});
        Path file = dir.resolve("nan.sto");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new ImuSynthesizer(ImuFixtures.rig(),
                ImuFixtures.rigPlacements()).synthesize(motion, file, ImuSynthesizer.Settings.defaults(), w -> { }));
        assertEquals(file + ": column 'q' is NaN at t = 0.07 s", e.getMessage());
    }

    @Test
    void unknownColumnsAreReportedWithTheFile() {
        double[] t = ImuFixtures.times(20, 100);
        Path file = dir.resolve("other_model.sto");
        Storage motion = ImuFixtures.writeMotion(file, false, List.of("q", "knee_angle_r"), t, new double[20],
                new double[20]);
        FileFormatException e = assertThrows(FileFormatException.class, () -> new ImuSynthesizer(ImuFixtures.rig(),
                ImuFixtures.rigPlacements()).synthesize(motion, file, ImuSynthesizer.Settings.defaults(), w -> { }));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("knee_angle_r"), e.getMessage());
    }
}
