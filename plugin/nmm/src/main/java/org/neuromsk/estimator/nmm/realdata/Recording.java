package org.neuromsk.estimator.nmm.realdata;

import java.util.Map;
import java.util.Objects;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * One stretch of a real recording on a uniform time base: the model's coordinates (for geometry from
 * the backend), the inverse-dynamics moments and the muscle signals (measured envelopes, or the
 * excitations taken as truth). Which muscles count as measured is decided later.
 *
 * @param name a name for messages and tables
 * @param coordinates every coordinate of the model over the frames (its own degree flag)
 * @param kinematicCoordinate the coordinate whose angle, speed and acceleration the network sees
 * @param angle that coordinate's angle, low-pass filtered (rad)
 * @param moments inverse-dynamics moment per coordinate name (N·m)
 * @param signals per muscle, its envelope or excitation (dimensionless)
 */
public record Recording(String name, Storage coordinates, String kinematicCoordinate, double[] angle,
        Map<String, double[]> moments, Map<String, double[]> signals) {

    /** Checks that every series has one value per frame. */
    public Recording {
        Objects.requireNonNull(name, "name");
        moments = Map.copyOf(moments);
        signals = Map.copyOf(signals);
        int n = coordinates.rowCount();
        if (angle.length != n) {
            throw new NeuroMskException("recording " + name + ": angle has " + angle.length + " values for " + n
                    + " frames");
        }
        for (Map.Entry<String, double[]> e : moments.entrySet()) {
            if (e.getValue().length != n) {
                throw new NeuroMskException("recording " + name + ": moment " + e.getKey() + " has "
                        + e.getValue().length + " values for " + n + " frames");
            }
        }
        for (Map.Entry<String, double[]> e : signals.entrySet()) {
            if (e.getValue().length != n) {
                throw new NeuroMskException("recording " + name + ": signal " + e.getKey() + " has "
                        + e.getValue().length + " values for " + n + " frames");
            }
        }
    }

    /** @return frame times (s) */
    public double[] time() {
        return coordinates.time();
    }

    /**
     * @param muscle a muscle name
     * @return its signal
     * @throws NeuroMskException if the recording has none
     */
    public double[] signal(String muscle) {
        double[] s = signals.get(muscle);
        if (s == null) {
            throw new NeuroMskException("recording " + name + ": no signal for muscle '" + muscle + "' (has "
                    + String.join(", ", new java.util.TreeSet<>(signals.keySet())) + ")");
        }
        return s;
    }

    /**
     * @param coordinate a coordinate name
     * @return its inverse-dynamics moment (N·m)
     * @throws NeuroMskException if the recording has none
     */
    public double[] moment(String coordinate) {
        double[] m = moments.get(coordinate);
        if (m == null) {
            throw new NeuroMskException("recording " + name + ": no inverse-dynamics moment for coordinate '"
                    + coordinate + "' (has " + String.join(", ", new java.util.TreeSet<>(moments.keySet())) + ")");
        }
        return m;
    }
}
