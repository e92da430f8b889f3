package org.neuromsk.engine.imu;

import java.util.Objects;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.neuromsk.engine.imu.ImuColumns.Sensor;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * A simple sensor error model: every channel gets a constant bias plus independent zero-mean Gaussian
 * white noise of a given standard deviation, per sample. Deterministic for a seed: each (IMU name,
 * sensor) pair draws from its own Well19937c generator seeded by the seed, the IMU name and the sensor,
 * so adding or reordering IMUs leaves the noise of the others unchanged.
 *
 * @param accelerometerStd standard deviation of the accelerometer noise (m/s²), ≥ 0
 * @param gyroscopeStd standard deviation of the gyroscope noise (rad/s), ≥ 0
 * @param accelerometerBias constant accelerometer bias per sensor axis (m/s²)
 * @param gyroscopeBias constant gyroscope bias per sensor axis (rad/s)
 * @param seed random seed
 */
public record ImuNoise(double accelerometerStd, double gyroscopeStd, Vec3 accelerometerBias, Vec3 gyroscopeBias,
        long seed) {

    /** No noise and no bias. */
    public static final ImuNoise NONE = new ImuNoise(0, 0, Vec3.ZERO, Vec3.ZERO, 0);

    /**
     * @throws NeuroMskException on a negative or non-finite deviation or a non-finite bias
     */
    public ImuNoise {
        Objects.requireNonNull(accelerometerBias, "accelerometerBias");
        Objects.requireNonNull(gyroscopeBias, "gyroscopeBias");
        if (!(accelerometerStd >= 0) || !Double.isFinite(accelerometerStd)) {
            throw new NeuroMskException("accelerometer noise SD must be a finite number >= 0, got " + accelerometerStd);
        }
        if (!(gyroscopeStd >= 0) || !Double.isFinite(gyroscopeStd)) {
            throw new NeuroMskException("gyroscope noise SD must be a finite number >= 0, got " + gyroscopeStd);
        }
        if (!finite(accelerometerBias) || !finite(gyroscopeBias)) {
            throw new NeuroMskException("IMU biases must be finite, got " + accelerometerBias + " and " + gyroscopeBias);
        }
    }

    /**
     * @param accelerometerStd accelerometer noise SD (m/s²)
     * @param gyroscopeStd gyroscope noise SD (rad/s)
     * @param seed random seed
     * @return white noise without bias
     */
    public static ImuNoise white(double accelerometerStd, double gyroscopeStd, long seed) {
        return new ImuNoise(accelerometerStd, gyroscopeStd, Vec3.ZERO, Vec3.ZERO, seed);
    }

    /** @return true when this model changes nothing */
    public boolean isNone() {
        return accelerometerStd == 0 && gyroscopeStd == 0 && accelerometerBias.equals(Vec3.ZERO)
                && gyroscopeBias.equals(Vec3.ZERO);
    }

    /**
     * @param clean the signals
     * @return the signals with bias and noise added (the same object when {@link #isNone()})
     */
    public ImuRecording apply(ImuRecording clean) {
        if (isNone()) {
            return clean;
        }
        int n = clean.imuCount();
        double[][][] acc = new double[n][3][];
        double[][][] gyr = new double[n][3][];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                acc[i][a] = clean.accelerometer(i, a);
                gyr[i][a] = clean.gyroscope(i, a);
            }
            String name = clean.names().get(i);
            corrupt(acc[i], accelerometerStd, accelerometerBias, generator(name, Sensor.ACCELEROMETER));
            corrupt(gyr[i], gyroscopeStd, gyroscopeBias, generator(name, Sensor.GYROSCOPE));
        }
        return new ImuRecording(clean.names(), clean.time(), acc, gyr);
    }

    /** Adds bias and noise in place; draws sample by sample, x then y then z. */
    private static void corrupt(double[][] axes, double std, Vec3 bias, RandomGenerator random) {
        int rows = axes[0].length;
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a < 3; a++) {
                double noise = std == 0 ? 0 : std * random.nextGaussian();
                axes[a][r] += bias.get(a) + noise;
            }
        }
    }

    private RandomGenerator generator(String imu, Sensor sensor) {
        return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), imu.hashCode(), sensor.ordinal()});
    }

    private static boolean finite(Vec3 v) {
        return Double.isFinite(v.x()) && Double.isFinite(v.y()) && Double.isFinite(v.z());
    }
}
