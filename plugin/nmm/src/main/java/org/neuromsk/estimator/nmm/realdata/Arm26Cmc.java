package org.neuromsk.estimator.nmm.realdata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * The arm26 computed-muscle-control tutorial of opensim-models
 * ({@code Tutorials/Computed_Muscle_Control/OutputReference}) as one recording: CMC's controls of the
 * six muscles (the excitations; four are taken as measured, BRA and TRImed are the truth), the
 * filtered inverse dynamics of both coordinates, and the IK coordinates low-pass filtered at 6 Hz as
 * the tutorial's ID and CMC setups do, all resampled linearly onto a uniform grid inside the span
 * of the CMC controls (0.03–0.99 s).
 */
public final class Arm26Cmc {

    /** Elbow coordinate. */
    public static final String ELBOW = "r_elbow_flex";
    /** Shoulder coordinate. */
    public static final String SHOULDER = "r_shoulder_elev";
    /** The model's muscles, in model order. */
    public static final List<String> MUSCLES = List.of("TRIlong", "TRIlat", "TRImed", "BIClong", "BICshort", "BRA");
    /** The four muscles whose CMC excitations stand in for measured EMG. */
    public static final List<String> MEASURED = List.of("TRIlong", "TRIlat", "BIClong", "BICshort");
    /** The muscles to reconstruct. */
    public static final List<String> HIDDEN = List.of("BRA", "TRImed");
    /** Low-pass cut-off of the tutorial's ID and CMC setups (Hz). */
    public static final double CUTOFF = 6.0;

    private Arm26Cmc() {
    }

    /**
     * @param tutorial the folder {@code Tutorials/Computed_Muscle_Control}
     * @return the model the tutorial ran (arm26.osim of OutputReference)
     */
    public static Path model(Path tutorial) {
        return tutorial.resolve("OutputReference").resolve("arm26.osim");
    }

    /**
     * @param tutorial the folder {@code Tutorials/Computed_Muscle_Control}
     * @param rate frames per second of the recording (Hz)
     * @param from first time (s), ≥ 0.03
     * @param to last time (s), ≤ 0.99
     * @param name the recording's name
     * @return the recording (kinematic coordinate: the elbow)
     */
    public static Recording read(Path tutorial, double rate, double from, double to, String name) {
        Path root = tutorial.resolve("OutputReference");
        Path ikFile = root.resolve("InverseKinematics").resolve("arm26_InverseKinematics.mot");
        Path idFile = root.resolve("InverseDynamics").resolve("FilteredResults").resolve("arm26_InverseDynamics.sto");
        Path cmcFile = root.resolve("ComputedMuscleControl").resolve("Results").resolve("arm26_controls.sto");
        Storage ik = StorageReader.read(ikFile);
        Storage id = StorageReader.read(idFile);
        Storage cmc = StorageReader.read(cmcFile);
        double[] time = Resampling.grid(from, to, rate);
        double ikStep = (ik.endTime() - ik.startTime()) / (ik.rowCount() - 1);
        double toRadians = ik.inDegrees() ? Math.PI / 180 : 1;
        List<String> coordinates = List.of(SHOULDER, ELBOW);
        double[][] q = new double[coordinates.size()][];
        for (int c = 0; c < q.length; c++) {
            double[] filtered = Resampling.lowPass(Resampling.column(ik, coordinates.get(c), ikFile), ikStep, CUTOFF);
            q[c] = Resampling.linear(ik.time(), filtered, ikFile, time);
            for (int i = 0; i < time.length; i++) {
                q[c][i] *= toRadians;
            }
        }
        Map<String, double[]> moments = new LinkedHashMap<>();
        for (String c : coordinates) {
            moments.put(c, Resampling.linear(id, c + "_moment", idFile, time));
        }
        Map<String, double[]> signals = new LinkedHashMap<>();
        for (String m : MUSCLES) {
            signals.put(m, Resampling.linear(cmc, m, cmcFile, time));
        }
        Storage motion = Storage.of(name, false, coordinates, time, q);
        return new Recording(name, motion, ELBOW, q[1], moments, signals);
    }
}
