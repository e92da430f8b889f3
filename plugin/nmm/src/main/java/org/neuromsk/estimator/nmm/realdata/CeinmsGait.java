package org.neuromsk.estimator.nmm.realdata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * The CEINMS-RT lower-limb treadmill recordings ({@code ceinms-rt-lowerlimb/data/walk36}, {@code walk45}):
 * stretches of {@code ik.sto} (gait2392 coordinates, degrees), {@code id.sto} (the joint moments
 * shipped with the recording, used as given) and {@code emgFilt.sto} (nine normalised EMG
 * envelopes), all on the files' common 100 Hz base. The network's kinematic input is the right
 * knee, low-pass filtered at 6 Hz over the whole file before the stretch is cut.
 */
public final class CeinmsGait {

    /** The nine muscles with envelopes, in the files' order. */
    public static final List<String> MUSCLES = List.of("soleus_r", "med_gas_r", "lat_gas_r", "tib_ant_r",
            "semimem_r", "bifemlh_r", "vas_lat_r", "rect_fem_r", "vas_med_r");
    /** The sagittal coordinates of the right leg whose moments the physics term balances. */
    public static final List<String> COORDINATES = List.of("hip_flexion_r", "knee_angle_r", "ankle_angle_r");
    /** The coordinate the network sees. */
    public static final String KINEMATIC = "knee_angle_r";
    /** Low-pass cut-off of the knee angle the network sees (Hz). */
    public static final double CUTOFF = 6.0;

    private CeinmsGait() {
    }

    /**
     * @param root the folder {@code ceinms-rt-lowerlimb}
     * @return its gait2392 model
     */
    public static Path model(Path root) {
        return root.resolve("model").resolve("gait2392.osim");
    }

    /**
     * @param root the folder {@code ceinms-rt-lowerlimb}
     * @param trial {@code walk36} or {@code walk45}
     * @param from first time (s)
     * @param to last time (s)
     * @return the stretch as a recording named {@code trial[from–to s]}
     * @throws FileFormatException if a file lacks a column or the files' time bases differ
     */
    public static Recording read(Path root, String trial, double from, double to) {
        Path folder = root.resolve("data").resolve(trial);
        Path ikFile = folder.resolve("ik.sto");
        Path idFile = folder.resolve("id.sto");
        Path emgFile = folder.resolve("emgFilt.sto");
        Storage ik = StorageReader.read(ikFile);
        Storage id = StorageReader.read(idFile);
        Storage emg = StorageReader.read(emgFile);
        for (var pair : List.of(Map.entry(idFile, id), Map.entry(emgFile, emg))) {
            if (pair.getValue().rowCount() != ik.rowCount()
                    || Math.abs(pair.getValue().startTime() - ik.startTime()) > 1e-6) {
                throw new FileFormatException(pair.getKey(), 0, "time base differs from " + ikFile.getFileName()
                        + " (" + pair.getValue().rowCount() + " rows from " + pair.getValue().startTime() + " s, "
                        + ik.rowCount() + " from " + ik.startTime() + " s)");
            }
        }
        double step = (ik.endTime() - ik.startTime()) / (ik.rowCount() - 1);
        double[] knee = Resampling.lowPass(Resampling.column(ik, KINEMATIC, ikFile), step, CUTOFF);
        double degrees = ik.inDegrees() ? Math.PI / 180 : 1;
        Storage motion = ik.slice(from, to);
        int first = firstRow(ik.time(), from);
        int n = motion.rowCount();
        if (n < 2) {
            throw new FileFormatException(ikFile, 0, "fewer than two rows between " + from + " and " + to + " s");
        }
        double[] angle = new double[n];
        for (int i = 0; i < n; i++) {
            angle[i] = knee[first + i] * degrees;
        }
        Map<String, double[]> moments = new LinkedHashMap<>();
        Storage idPart = id.slice(from, to);
        for (String c : COORDINATES) {
            moments.put(c, Resampling.column(idPart, c + "_moment", idFile));
        }
        Map<String, double[]> signals = new LinkedHashMap<>();
        Storage emgPart = emg.slice(from, to);
        for (String m : MUSCLES) {
            signals.put(m, Resampling.column(emgPart, m, emgFile));
        }
        String name = String.format(java.util.Locale.ROOT, "%s[%.0f–%.0f s]", trial, from, to);
        return new Recording(name, motion.withName(name), KINEMATIC, angle, moments, signals);
    }

    private static int firstRow(double[] time, double from) {
        int i = 0;
        while (i < time.length && time[i] < from) {
            i++;
        }
        return i;
    }
}
