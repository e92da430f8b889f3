package org.neuromsk.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.forward.ForwardOutcome;
import org.neuromsk.pipeline.forward.KinematicsComparison;

/** Tables the pipeline derives: the controls it writes, simulated coordinates, reserve use. */
final class Controls {

    private Controls() {
    }

    /**
     * @param estimate the estimate
     * @param reserves the reserves in the simulated model
     * @return excitations of every muscle, then each reserve's control from the estimator (0 when the
     *     estimator has none), on the excitations' times
     */
    static Storage table(Estimate estimate, List<String> reserves) {
        Storage u = estimate.excitations();
        double[] time = u.time();
        List<String> labels = new ArrayList<>(u.labels());
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c < u.columnCount(); c++) {
            columns.add(u.column(c));
        }
        for (String r : reserves) {
            double[] v = new double[time.length];
            Storage given = estimate.reserveControls().orElse(null);
            if (given != null && given.hasColumn(r)) {
                double[] gv = given.column(r);
                for (int k = 0; k < time.length; k++) {
                    v[k] = KinematicsComparison.interpolate(given.time(), gv, time[k]);
                }
            }
            labels.add(r);
            columns.add(v);
        }
        return Storage.of("controls", false, labels, time, columns.toArray(new double[0][]));
    }

    /**
     * @param kinematics the comparison
     * @return the simulated coordinates at the input's times, degrees for rotations
     */
    static Storage simulatedCoordinates(List<KinematicsComparison.CoordinateError> kinematics) {
        double[] time = kinematics.get(0).time();
        List<String> labels = new ArrayList<>();
        double[][] columns = new double[kinematics.size()][];
        for (int i = 0; i < kinematics.size(); i++) {
            labels.add(kinematics.get(i).coordinate());
            columns[i] = kinematics.get(i).simulated();
        }
        return Storage.of("forward_coordinates", true, labels, time, columns);
    }

    /**
     * @param outcome the forward outcome
     * @param reserves the reserves
     * @param optimalForce their optimal force (N·m or N)
     * @return per coordinate, RMS and peak reserve force and the correction's RMS
     */
    static Map<String, PipelineResult.ReserveUse> reserveUse(ForwardOutcome outcome, List<String> reserves,
            double optimalForce) {
        Map<String, PipelineResult.ReserveUse> out = new LinkedHashMap<>();
        if (outcome.controls().isEmpty()) {
            return out;
        }
        Storage c = outcome.controls().get();
        for (String r : reserves) {
            double[] v = c.column(r);
            double sum = 0;
            double peak = 0;
            for (double x : v) {
                double f = x * optimalForce;
                sum += f * f;
                peak = Math.max(peak, Math.abs(f));
            }
            String coordinate = r.substring(0, r.length() - "_reserve".length());
            double correction = 0;
            if (outcome.correctionTorques().isPresent() && outcome.correctionTorques().get().hasColumn(coordinate)) {
                double[] t = outcome.correctionTorques().get().column(coordinate);
                double s = 0;
                for (double x : t) {
                    s += x * x;
                }
                correction = Math.sqrt(s / t.length);
            }
            out.put(coordinate, new PipelineResult.ReserveUse(Math.sqrt(sum / v.length), peak, correction));
        }
        return out;
    }
}
