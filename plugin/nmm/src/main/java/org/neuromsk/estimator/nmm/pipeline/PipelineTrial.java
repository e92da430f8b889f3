package org.neuromsk.estimator.nmm.pipeline;

import java.util.List;
import java.util.Map;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.forward.ResidualReserves;
import org.neuromsk.signal.FiniteDifference;

/**
 * Turns a pipeline's input (a motion, EMG envelopes, the model) into the NMM's {@link TrialData}: a
 * uniform frame grid at the NMM's rate from the motion's first to its last time, the joint angle
 * (rad) and its central differences on the motion's own samples, the inverse-dynamics moment and the
 * muscle geometry from the backend, the envelopes linear between their samples. Keeps the inverse
 * dynamics of every coordinate and the moment arms about them, for the reserves of the coordinates the
 * NMM does not balance.
 *
 * @param data the NMM's trial
 * @param coordinates the model's coordinates
 * @param inverseDynamics generalised forces of every coordinate (N·m or N), muscles excluded, on the
 *     motion's times
 * @param momentArms per coordinate, the muscles' moment arms (m) on {@code data}'s frames
 */
record PipelineTrial(TrialData data, List<String> coordinates, Storage inverseDynamics,
        Map<String, Storage> momentArms) {

    /**
     * What the reserves of the coordinates other than the NMM's must add to the muscles' moments to
     * reproduce the inverse dynamics ({@link ResidualReserves#fromForces}). The NMM's own coordinate gets
     * no column, so that its motion is driven by the estimated excitations alone.
     *
     * @param coordinate the NMM's coordinate
     * @param muscles the muscles of {@code tendonForce}, in its row order
     * @param tendonForce tendon force (N) per muscle on {@code data}'s frames
     * @param optimalForce the reserves' optimal force (N·m or N per unit control)
     * @return one {@code <coordinate>_reserve} column per other coordinate of the inverse dynamics
     */
    Storage otherReserves(String coordinate, List<String> muscles, double[][] tendonForce, double optimalForce) {
        Storage forces = Storage.of("muscle_forces", false, muscles, data.time(), tendonForce);
        List<String> others = coordinates.stream().filter(c -> !c.equals(coordinate)).toList();
        return ResidualReserves.fromForces(inverseDynamics, momentArms, forces, others, optimalForce);
    }

    /**
     * @param input the pipeline's input
     * @param model the model, loaded by a backend
     * @param coordinate the joint coordinate
     * @param muscles the model's muscles
     * @param measured muscles with an envelope column
     * @param frameRate the NMM's frame rate (Hz)
     * @param loadMass hand-held load fed to the network (kg)
     * @return the trial (no truth), with the inverse dynamics and moment arms of every coordinate
     */
    static PipelineTrial of(EstimatorInput input, MskModel model, String coordinate, List<String> muscles,
            List<String> measured, double frameRate, double loadMass) {
        Storage motion = input.motion();
        String label = motion.hasColumn(coordinate) ? coordinate : null;
        for (String l : motion.labels()) {
            if (label == null && (l.endsWith("/" + coordinate + "/value") || l.equals(coordinate + "/value"))) {
                label = l;
            }
        }
        if (label == null) {
            throw new NeuroMskException(input.motionFile() + ": no column for coordinate " + coordinate);
        }
        double[] fileTime = motion.time();
        double[] angle = motion.column(label).clone();
        if (motion.inDegrees()) {
            for (int i = 0; i < angle.length; i++) {
                angle[i] = Math.toRadians(angle[i]);
            }
        }
        double[] fileSpeed = FiniteDifference.derivative(fileTime, angle);
        double[] fileAcceleration = FiniteDifference.derivative(fileTime, fileSpeed);
        double[] time = grid(fileTime[0], fileTime[fileTime.length - 1], frameRate);
        Storage id = model.inverseDynamics(new InverseDynamicsRequest(motion, input.motionFile(),
                input.externalLoads(), -1, TimeRange.ALL, List.of("Muscles")));
        String momentLabel = coordinate + "_moment";
        if (!id.hasColumn(momentLabel)) {
            throw new NeuroMskException(model.name() + ": inverse dynamics has no " + momentLabel);
        }
        Storage gridMotion = resample(motion, time);
        MuscleGeometry geometry = model.muscleGeometry(new MuscleGeometryRequest(gridMotion, input.motionFile(), -1,
                TimeRange.ALL));
        Storage arms = geometry.momentArms().get(coordinate);
        if (arms == null) {
            throw new NeuroMskException(model.name() + ": no moment arms about " + coordinate);
        }
        int m = muscles.size();
        double[][] envelopes = new double[m][];
        double[][] lengths = new double[m][];
        double[][] speeds = new double[m][];
        double[][] momentArms = new double[m][];
        Storage emg = input.emg().orElseThrow(() -> new NeuroMskException("the NMM needs EMG envelopes (pipeline "
                + "key \"emg\")"));
        for (int i = 0; i < m; i++) {
            String muscle = muscles.get(i);
            if (measured.contains(muscle)) {
                envelopes[i] = at(emg.time(), emg.column(muscle), time);
            }
            lengths[i] = at(geometry.lengths().time(), geometry.lengths().column(muscle), time);
            speeds[i] = at(geometry.lengtheningSpeeds().time(), geometry.lengtheningSpeeds().column(muscle), time);
            momentArms[i] = at(arms.time(), arms.column(muscle), time);
        }
        TrialData data = new TrialData(input.motionFile().getFileName().toString(), loadMass, time,
                at(fileTime, angle, time), at(fileTime, fileSpeed, time), at(fileTime, fileAcceleration, time),
                at(id.time(), id.column(momentLabel), time), envelopes, lengths, speeds, momentArms, null, null,
                input.model());
        // the geometry was computed on the NMM's frames (gridMotion)
        return new PipelineTrial(data, model.coordinates().stream().map(CoordinateInfo::name).toList(), id,
                geometry.momentArms());
    }

    /** Frames t0 + k/rate up to t1 (s). */
    static double[] grid(double t0, double t1, double rate) {
        int n = (int) Math.floor((t1 - t0) * rate + 1e-6) + 1;
        if (n < 2) {
            throw new NeuroMskException("the motion is shorter than two NMM frames (" + (t1 - t0) + " s)");
        }
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = t0 + k / rate;
        }
        return t;
    }


    /** Linear interpolation of (t, x) at the given times, held beyond the ends. */
    static double[] at(double[] t, double[] x, double[] times) {
        double[] out = new double[times.length];
        int j = 0;
        for (int k = 0; k < times.length; k++) {
            double s = times[k];
            while (j < t.length - 2 && t[j + 1] < s) {
                j++;
            }
            if (s <= t[0]) {
                out[k] = x[0];
            } else if (s >= t[t.length - 1]) {
                out[k] = x[t.length - 1];
            } else {
                double w = (s - t[j]) / (t[j + 1] - t[j]);
                out[k] = x[j] + w * (x[j + 1] - x[j]);
            }
        }
        return out;
    }

    private static Storage resample(Storage motion, double[] time) {
        double[][] columns = new double[motion.columnCount()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = at(motion.time(), motion.column(c), time);
        }
        return Storage.of(motion.name(), motion.inDegrees(), motion.labels(), time, columns);
    }
}
