package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import org.neuromsk.engine.model.Model;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * Virtual IMUs over a motion: the coordinates are prepared as OpenSim's InverseDynamicsTool prepares
 * them (optional low-pass, degrees to radians for rotational coordinates only, natural quintic splines
 * for q, q̇, q̈), the model is realized at every output time and {@link ImuSensors} gives each IMU's
 * accelerometer (m/s²) and gyroscope (rad/s) in its sensor frame; then the optional {@link ImuNoise}
 * is added. Bound to one model and set of IMUs; not thread-safe.
 */
public final class ImuSynthesizer {

    /**
     * Options of a run.
     *
     * @param lowpassCutoff low-pass cut-off for the coordinates (Hz); negative: no filtering
     * @param sampleRate output rate (Hz) on a uniform grid from the motion's first time; 0: the motion's
     *     own times
     * @param noise bias and noise to add ({@link ImuNoise#NONE} for ideal sensors)
     */
    public record Settings(double lowpassCutoff, double sampleRate, ImuNoise noise) {

        /**
         * @throws NeuroMskException on a NaN cut-off or a negative or non-finite rate
         */
        public Settings {
            Objects.requireNonNull(noise, "noise");
            if (Double.isNaN(lowpassCutoff)) {
                throw new NeuroMskException("low-pass cut-off is NaN");
            }
            if (!(sampleRate >= 0) || !Double.isFinite(sampleRate)) {
                throw new NeuroMskException("IMU sample rate must be >= 0 Hz (0: the motion's times), got "
                        + sampleRate);
            }
        }

        /** @return no filtering, the motion's times, ideal sensors */
        public static Settings defaults() {
            return new Settings(-1, 0, ImuNoise.NONE);
        }

        /** @return these settings with another low-pass cut-off (Hz; negative: none) */
        public Settings withLowpass(double cutoff) {
            return new Settings(cutoff, sampleRate, noise);
        }

        /** @return these settings with another output rate (Hz; 0: the motion's times) */
        public Settings withSampleRate(double rate) {
            return new Settings(lowpassCutoff, rate, noise);
        }

        /** @return these settings with another noise model */
        public Settings withNoise(ImuNoise model) {
            return new Settings(lowpassCutoff, sampleRate, model);
        }
    }

    private final ImuSensors sensors;

    /**
     * @param model the model
     * @param placements the IMUs
     * @throws org.neuromsk.io.FileFormatException if a placement names a frame the model lacks
     */
    public ImuSynthesizer(Model model, ImuPlacementSet placements) {
        this.sensors = new ImuSensors(model, placements);
    }

    /** @return the state-level sensors this synthesizer uses */
    public ImuSensors sensors() {
        return sensors;
    }

    /**
     * @param coordinates the motion: columns named by coordinate or state path; rotational coordinates
     *     in degrees when the table says so
     * @param coordinatesFile where it came from, for messages (may be null)
     * @param settings filter, output rate and noise
     * @param warnings receives one-line notes (coordinates held at their default value)
     * @return the IMU signals at the motion's times or on the requested grid
     * @throws NeuroMskException if a column names no coordinate or a signal is not finite
     */
    public ImuRecording synthesize(Storage coordinates, Path coordinatesFile, Settings settings,
            Consumer<String> warnings) {
        if (coordinates.rowCount() < 3) {
            throw new NeuroMskException((coordinatesFile == null ? "motion" : coordinatesFile.toString())
                    + ": at least 3 rows are needed for the coordinate splines, found " + coordinates.rowCount());
        }
        MotionSplines motion = new MotionSplines(sensors.model().multibody(), coordinates, coordinatesFile,
                settings.lowpassCutoff(), warnings);
        double[] times = settings.sampleRate() > 0
                ? uniformGrid(coordinates.startTime(), coordinates.endTime(), settings.sampleRate())
                : coordinates.time();
        int n = motion.coordinateCount();
        double[] q = new double[n];
        double[] u = new double[n];
        double[] udot = new double[n];
        int imus = sensors.count();
        double[] sample = new double[ImuSensors.CHANNELS * imus];
        double[][][] acc = new double[imus][3][times.length];
        double[][][] gyr = new double[imus][3][times.length];
        for (int r = 0; r < times.length; r++) {
            motion.evaluate(times[r], q, u, udot);
            sensors.measure(q, u, udot, sample);
            for (int i = 0; i < imus; i++) {
                for (int a = 0; a < 3; a++) {
                    acc[i][a][r] = sample[ImuSensors.CHANNELS * i + a];
                    gyr[i][a][r] = sample[ImuSensors.CHANNELS * i + 3 + a];
                }
            }
        }
        ImuRecording clean;
        try {
            clean = new ImuRecording(sensors.names(), times, acc, gyr);
        } catch (NeuroMskException e) {
            throw new NeuroMskException((coordinatesFile == null ? "motion" : coordinatesFile.toString()) + ": "
                    + e.getMessage(), e);
        }
        return settings.noise().apply(clean);
    }

    /**
     * @param first first time (s)
     * @param last last time (s)
     * @param rate samples per second (Hz)
     * @return first + k/rate for k = 0, 1, … while not after {@code last} (a rounding tolerance of 1e-9
     *     of a step keeps the last sample when the span is a whole number of steps)
     */
    static double[] uniformGrid(double first, double last, double rate) {
        int count = (int) Math.floor((last - first) * rate + 1e-9) + 1;
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = first + k / rate;
        }
        return t;
    }
}
