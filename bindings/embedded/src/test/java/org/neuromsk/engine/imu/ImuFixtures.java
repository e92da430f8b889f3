package org.neuromsk.engine.imu;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Authored fixtures of the IMU tests. The rig (imu_rig.osim): a rod pinned about ground z at the
 * origin (coordinate q, hanging along −y at q = 0) and a cart sliding (coordinate s) along a ground
 * incline rotated +30° about z.
 */
final class ImuFixtures {

    /** Gravity of the authored model (m/s²), pointing along −y of ground. */
    static final double G = 9.80665;
    /** Incline of the rig's rail (rad). */
    static final double INCLINE = Math.PI / 6;

    private ImuFixtures() {
    }

    /** @return a class-path resource of this package as a file */
    static Path resource(String name) {
        URL url = ImuFixtures.class.getResource("/org/neuromsk/engine/imu/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Model rig() {
        return ModelLoader.load(resource("imu_rig.osim"));
    }

    static ImuPlacementSet rigPlacements() {
        return ImuPlacementSet.read(resource("rig_placements.json"));
    }

    /** @return sample k at k/rate (s), k = 0 .. rows−1 */
    static double[] times(int rows, double rate) {
        double[] t = new double[rows];
        for (int k = 0; k < rows; k++) {
            t[k] = k / rate;
        }
        return t;
    }

    static double[] sample(double[] t, DoubleUnaryOperator f) {
        double[] v = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            v[k] = f.applyAsDouble(t[k]);
        }
        return v;
    }

    /** Writes a motion table with StorageWriter (exact round-trip numbers) and reads it back from the file. */
    static Storage writeMotion(Path file, boolean inDegrees, List<String> labels, double[] time, double[]... columns) {
        StorageWriter.write(Storage.of("motion", inDegrees, labels, time, columns), file);
        return StorageReader.read(file);
    }
}
