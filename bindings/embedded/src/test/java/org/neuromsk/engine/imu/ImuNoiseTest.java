package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * Noise statistics and reproducibility. With n = 40 000 samples per channel: the sample mean of
 * bias + N(0, σ²) has standard error σ/√n = 0.005·σ, so it is checked to 5 standard errors; the sample
 * standard deviation has relative standard error ≈ 1/√(2n) = 0.35 %, so it is checked to 2 % (≈ 6
 * standard errors); the correlation of two independent channels has standard error 1/√n = 0.005,
 * checked below 0.03.
 */
class ImuNoiseTest {

    private static final int N = 40_000;

    private static ImuRecording zeros(List<String> names) {
        double[] t = ImuFixtures.times(N, 100);
        double[][][] acc = new double[names.size()][3][N];
        double[][][] gyr = new double[names.size()][3][N];
        return new ImuRecording(names, t, acc, gyr);
    }

    @Test
    void noiseHasTheRequestedDeviationAndBias() {
        Vec3 accBias = new Vec3(0.1, -0.2, 0.3);
        Vec3 gyrBias = new Vec3(-0.01, 0.0, 0.02);
        ImuNoise noise = new ImuNoise(0.5, 0.05, accBias, gyrBias, 42);
        ImuRecording noisy = noise.apply(zeros(List.of("a", "b")));
        for (int i = 0; i < 2; i++) {
            for (int a = 0; a < 3; a++) {
                check(noisy.accelerometer(i, a), accBias.get(a), 0.5);
                check(noisy.gyroscope(i, a), gyrBias.get(a), 0.05);
            }
            assertTrue(Math.abs(correlation(noisy.accelerometer(i, 0), noisy.accelerometer(i, 1))) < 0.03);
            assertTrue(Math.abs(correlation(noisy.accelerometer(i, 2), noisy.gyroscope(i, 2))) < 0.03);
        }
        assertTrue(Math.abs(correlation(noisy.accelerometer(0, 0), noisy.accelerometer(1, 0))) < 0.03,
                "IMUs draw independent noise");
    }

    private static void check(double[] v, double bias, double sd) {
        double mean = Arrays.stream(v).average().orElseThrow();
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        double s = Math.sqrt(var / (v.length - 1));
        assertEquals(bias, mean, 5 * sd / Math.sqrt(v.length), "mean");
        assertEquals(sd, s, 0.02 * sd, "standard deviation");
    }

    @Test
    void theSeedMakesNoiseReproducible() {
        ImuRecording clean = zeros(List.of("a", "b"));
        ImuRecording first = ImuNoise.white(0.3, 0.02, 7).apply(clean);
        ImuRecording again = ImuNoise.white(0.3, 0.02, 7).apply(clean);
        ImuRecording other = ImuNoise.white(0.3, 0.02, 8).apply(clean);
        for (int a = 0; a < 3; a++) {
            assertArrayEquals(first.accelerometer(1, a), again.accelerometer(1, a), 0);
            assertArrayEquals(first.gyroscope(1, a), again.gyroscope(1, a), 0);
            assertFalse(Arrays.equals(first.accelerometer(1, a), other.accelerometer(1, a)));
        }
        ImuRecording alone = ImuNoise.white(0.3, 0.02, 7).apply(zeros(List.of("b")));
        assertArrayEquals(first.accelerometer(1, 0), alone.accelerometer(0, 0), 0,
                "an IMU's noise does not depend on the other IMUs");
    }

    @Test
    void noNoiseLeavesTheRecordingAndBadParametersAreRefused() {
        ImuRecording clean = zeros(List.of("a"));
        assertSame(clean, ImuNoise.NONE.apply(clean));
        assertThrows(NeuroMskException.class, () -> ImuNoise.white(-1, 0, 1));
        assertThrows(NeuroMskException.class, () -> ImuNoise.white(Double.NaN, 0, 1));
        assertThrows(NeuroMskException.class, () -> new ImuNoise(0, 0, new Vec3(Double.NaN, 0, 0), Vec3.ZERO, 1));
    }

    private static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int k = 0; k < a.length; k++) {
            sab += (a[k] - ma) * (b[k] - mb);
            saa += (a[k] - ma) * (a[k] - ma);
            sbb += (b[k] - mb) * (b[k] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
