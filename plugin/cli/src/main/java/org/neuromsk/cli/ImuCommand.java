package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neuromsk.engine.imu.ImuNoise;
import org.neuromsk.engine.imu.ImuPlacementSet;
import org.neuromsk.engine.imu.ImuRecording;
import org.neuromsk.engine.imu.ImuRecordingWriter;
import org.neuromsk.engine.imu.ImuSynthesizer;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk imu}: inertial measurement units; {@code neuromsk imu synthesize} makes virtual ones. */
@Command(name = "imu", mixinStandardHelpOptions = true,
        description = "Inertial measurement units (accelerometer + gyroscope).",
        subcommands = ImuCommand.Synthesize.class)
final class ImuCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a sub-command, print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code neuromsk imu synthesize}: virtual IMU signals from a motion, on the embedded engine. */
    @Command(name = "synthesize", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Virtual IMU signals from a motion: for each IMU of the placements file, the "
                    + "accelerometer (specific force a - g, m/s^2; 9.81 upwards at rest) and the gyroscope "
                    + "(angular velocity, rad/s), both in the sensor frame.",
                "Coordinates are prepared as OpenSim's InverseDynamicsTool does (optional low-pass, degrees to "
                    + "radians for rotational coordinates, quintic splines for speeds and accelerations).",
                "Output columns: <imu>_acc_x|y|z and <imu>_gyr_x|y|z (.sto, or .csv when --out ends in .csv).",
                "Placements (JSON): [{\"name\": \"shank_r_imu\", \"frame\": \"tibia_r\", "
                    + "\"translation\": [0, -0.2, 0.05], \"orientation\": [0, 0, 0]}] with translation in m and "
                    + "body-fixed XYZ angles in rad; XML: <IMUPlacements><IMU name=\"...\"><frame>, "
                    + "<translation>, <orientation></IMU></IMUPlacements>."})
    static final class Synthesize implements Callable<Integer> {

        @Option(names = "--model", required = true, paramLabel = "M.osim", description = "the OpenSim model")
        private Path model;

        @Option(names = "--coordinates", required = true, paramLabel = "Q.sto",
                description = "coordinates over time (.mot/.sto; degrees when its header says inDegrees=yes)")
        private Path coordinates;

        @Option(names = "--placements", required = true, paramLabel = "P.json|P.xml",
                description = "IMU placements: name, frame, translation (m), orientation (body-fixed XYZ, rad)")
        private Path placements;

        @Option(names = "--out", required = true, paramLabel = "IMU.sto", description = "output table (.sto or .csv)")
        private Path out;

        @Option(names = "--opensim-prefix", paramLabel = "PREFIX",
                description = "also write OpenSim's Vec3 layout: PREFIX_linear_accelerations.sto and "
                        + "PREFIX_angular_velocity.sto")
        private String opensimPrefix;

        @Option(names = "--lowpass", paramLabel = "HZ", defaultValue = "-1",
                description = "low-pass cut-off for the coordinates (Hz); negative: no filtering (default)")
        private double lowpass;

        @Option(names = "--rate", paramLabel = "HZ", defaultValue = "0",
                description = "output sampling rate (Hz) from the motion's first time; 0: the motion's own times "
                        + "(default)")
        private double rate;

        @Option(names = "--noise-accel", paramLabel = "SD", defaultValue = "0",
                description = "white-noise standard deviation of the accelerometer per sample (m/s^2)")
        private double noiseAccel;

        @Option(names = "--noise-gyro", paramLabel = "SD", defaultValue = "0",
                description = "white-noise standard deviation of the gyroscope per sample (rad/s)")
        private double noiseGyro;

        @Option(names = "--bias-accel", paramLabel = "B|X,Y,Z", split = ",", hideParamSyntax = true,
                description = "constant accelerometer bias (m/s^2): one value for all axes or x,y,z")
        private List<Double> biasAccel;

        @Option(names = "--bias-gyro", paramLabel = "B|X,Y,Z", split = ",", hideParamSyntax = true,
                description = "constant gyroscope bias (rad/s): one value for all axes or x,y,z")
        private List<Double> biasGyro;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
                description = "random seed of the noise (default ${DEFAULT-VALUE}); the same seed gives the same "
                        + "noise")
        private long seed;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            ImuNoise noise = new ImuNoise(noiseAccel, noiseGyro, bias(biasAccel, "--bias-accel"),
                    bias(biasGyro, "--bias-gyro"), seed);
            ImuSynthesizer.Settings settings = new ImuSynthesizer.Settings(lowpass, rate, noise);
            Model m = ModelLoader.load(model);
            ImuPlacementSet set = ImuPlacementSet.read(placements);
            Storage motion = StorageReader.read(coordinates);
            ImuRecording result = new ImuSynthesizer(m, set).synthesize(motion, coordinates, settings,
                    note -> err.println("warning: " + note));
            boolean outExisted = Files.exists(out);
            ImuRecordingWriter.write(result, out);
            Path acc = null;
            Path gyr = null;
            if (opensimPrefix != null) {
                acc = Path.of(opensimPrefix + ImuRecordingWriter.OPENSIM_ACCELERATIONS_SUFFIX);
                gyr = Path.of(opensimPrefix + ImuRecordingWriter.OPENSIM_ANGULAR_VELOCITY_SUFFIX);
                boolean accExisted = Files.exists(acc);
                try {
                    ImuRecordingWriter.writeOpenSimVec3(result, acc, gyr);
                } catch (RuntimeException e) {
                    // a failed run leaves no output it created: remove the tables written before the failure
                    if (!outExisted) {
                        AtomicFiles.deleteTreeQuietly(out);
                    }
                    if (!accExisted) {
                        AtomicFiles.deleteTreeQuietly(acc);
                    }
                    throw e;
                }
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("wrote %s: %d rows x %d IMUs (6 channels each), %.4g to %.4g s%n", out, result.rowCount(),
                    result.imuCount(), result.time(0), result.time(result.rowCount() - 1));
            if (acc != null) {
                o.printf("wrote %s and %s (OpenSim Vec3 tables)%n", acc, gyr);
            }
            for (int i = 0; i < result.imuCount(); i++) {
                o.printf("  %s: peak |accelerometer| %.3g m/s^2, peak |gyroscope| %.3g rad/s%n",
                        result.names().get(i), peak(result, i, true), peak(result, i, false));
            }
            return 0;
        }

        private Vec3 bias(List<Double> values, String option) {
            if (values == null || values.isEmpty()) {
                return Vec3.ZERO;
            }
            if (values.size() == 1) {
                double b = values.get(0);
                return new Vec3(b, b, b);
            }
            if (values.size() == 3) {
                return new Vec3(values.get(0), values.get(1), values.get(2));
            }
            throw new CommandLine.ParameterException(spec.commandLine(), option + " takes 1 or 3 values, got "
                    + values.size());
        }

        private static double peak(ImuRecording r, int imu, boolean accelerometer) {
            double max = 0;
            for (int k = 0; k < r.rowCount(); k++) {
                Vec3 v = accelerometer ? r.accelerometerAt(imu, k) : r.gyroscopeAt(imu, k);
                max = Math.max(max, v.norm());
            }
            return max;
        }
    }
}
