package org.neuromsk.validation.ma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.engine.muscle.curve.ThelenTendonForceLengthCurve;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * Our geometric muscle-tendon lengths against the lengths implied by OpenSim's CMC result for the arm26
 * tutorial: at every CMC state, l_MT = l_ce·cos φ(l_ce) + l_T, with l_ce the fibre-length state, φ from
 * the fixed-width pennation model and l_T from the actuation (tendon) force through the inverse of the
 * Thelen tendon curve. The actuation forces are on a 1 ms grid and are interpolated linearly to the
 * state times. Frames where a tendon is slack (force ≤ 0, so l_T is not determined) are left out and
 * counted.
 */
public final class CmcConsistency {

    /** RMS difference allowed per muscle (the 0.5 mm; OpenSim 4.5.2's own lengths meet 0.04 mm). */
    public static final double TOLERANCE = 5e-4;

    /** Folder of the tutorial's CMC output inside the shared data. */
    public static final String RESULTS =
            "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/ComputedMuscleControl/Results/";
    /** The tutorial's model. */
    public static final String MODEL = "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/arm26.osim";

    /**
     * @param muscle the muscle
     * @param rms RMS difference between implied and geometric length (m)
     * @param max largest difference (m)
     * @param frames frames compared
     * @param slackFrames frames left out because the tendon force was not positive
     */
    public record MuscleResult(String muscle, double rms, double max, int frames, int slackFrames) {
        /** @return whether the RMS difference is within {@link #TOLERANCE} */
        public boolean passes() {
            return rms <= TOLERANCE;
        }
    }

    private CmcConsistency() {
    }

    /** @return one result per muscle */
    public static List<MuscleResult> run() {
        Path data = SharedData.directory();
        Model model = ModelLoader.load(data.resolve(MODEL));
        Storage states = StorageReader.read(data.resolve(RESULTS + "arm26_states.sto"));
        Storage forces = StorageReader.read(data.resolve(RESULTS + "arm26_Actuation_force.sto"));
        List<String> coordinates = model.multibody().coordinates().stream().map(c -> c.name()).toList();
        Storage q = states.select(coordinates);
        MuscleAnalysis.Result geometry = new MuscleAnalysis(model).run(q, null, w -> { });
        List<MuscleResult> out = new ArrayList<>();
        for (var e : model.muscles().entrySet()) {
            out.add(compare(e.getKey(), e.getValue(), states, forces, geometry.lengths().column(e.getKey())));
        }
        return out;
    }

    private static MuscleResult compare(String name, Muscle muscle, Storage states, Storage forces, double[] length) {
        if (!(muscle instanceof Thelen2003Muscle thelen)) {
            throw new NeuroMskException(name + " is not a Thelen2003Muscle");
        }
        ThelenTendonForceLengthCurve tendon = thelen.tendonForceLengthCurve();
        double[] fiber = states.column(name + ".fiber_length");
        double sum = 0;
        double max = 0;
        int n = 0;
        int slack = 0;
        for (int r = 0; r < states.rowCount(); r++) {
            double force = interpolate(forces, name, states.time(r));
            if (!(force > 0)) {
                slack++;
                continue;
            }
            double tendonLength = thelen.tendonSlackLength()
                    * inverse(tendon, force / thelen.maxIsometricForce());
            double lce = fiber[r];
            double implied = lce * Math.cos(thelen.pennationModel().pennationAngle(lce)) + tendonLength;
            double d = Math.abs(implied - length[r]);
            sum += d * d;
            max = Math.max(max, d);
            n++;
        }
        return new MuscleResult(name, Math.sqrt(sum / Math.max(n, 1)), max, n, slack);
    }

    /** @return normalised tendon length l_T/l_Ts where the curve equals {@code f} (f > 0), by bisection */
    static double inverse(ThelenTendonForceLengthCurve curve, double f) {
        double lo = 1;
        double hi = 1.5;
        while (curve.value(hi) < f) {
            hi = 1 + 2 * (hi - 1);
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            if (curve.value(mid) < f) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double interpolate(Storage table, String column, double t) {
        double[] time = table.time();
        double[] y = table.column(column);
        int hi = java.util.Arrays.binarySearch(time, t);
        if (hi >= 0) {
            return y[hi];
        }
        hi = -hi - 1;
        if (hi == 0 || hi >= time.length) {
            throw new NeuroMskException("state time " + t + " s is outside the actuation forces' times");
        }
        double w = (t - time[hi - 1]) / (time[hi] - time[hi - 1]);
        return y[hi - 1] + w * (y[hi] - y[hi - 1]);
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        for (MuscleResult r : run()) {
            System.out.printf(Locale.ROOT, "%-10s RMS %.4f mm  max %.4f mm  frames %d  slack %d  %s%n", r.muscle(),
                    1e3 * r.rms(), 1e3 * r.max(), r.frames(), r.slackFrames(), r.passes() ? "PASS" : "FAIL");
        }
    }
}
