package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.List;

import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * A synthetic treadmill trial folder in the CEINMS-RT layout, every signal a closed-form function of
 * the gait phase φ = t / T (heel strike at φ = 0): knee angle −35 + 35·cos 2πφ (deg, fully extended at
 * heel strike), hip 20·cos 2πφ, ankle 10·sin 2πφ; right vertical force 600·sin(πφ/0.6) during stance
 * (φ mod 1 < 0.6), 0 in swing; EMG envelopes 0.1 + 0.4·max(0, sin(2πφ + shift)); moments 50·sin 2πφ.
 */
public final class SyntheticGait {

    /** OpenSim names of the EMG columns written. */
    public static final List<String> MUSCLES = List.of("tib_ant_r", "med_gas_r", "vas_lat_r", "rect_fem_r",
            "bifemlh_r", "semimem_r", "soleus_r");

    private SyntheticGait() {
    }

    /**
     * @param dir folder to fill
     * @param period cycle duration (s)
     * @param seconds trial length (s)
     * @param rate frames per second (Hz)
     */
    public static void write(Path dir, double period, double seconds, double rate) {
        int n = (int) Math.round(seconds * rate) + 1;
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i / rate;
        }
        double[][] q = new double[3][n];
        double[][] grf = new double[2][n];
        double[][] emg = new double[MUSCLES.size()][n];
        double[][] moments = new double[6][n];
        for (int i = 0; i < n; i++) {
            double phi = time[i] / period;
            double w = 2 * Math.PI * phi;
            q[0][i] = 20 * Math.cos(w);
            q[1][i] = -35 + 35 * Math.cos(w);
            q[2][i] = 10 * Math.sin(w);
            double frac = phi - Math.floor(phi);
            grf[0][i] = frac < 0.6 ? 600 * Math.sin(Math.PI * frac / 0.6) : 0;
            for (int m = 0; m < emg.length; m++) {
                emg[m][i] = 0.1 + 0.4 * Math.max(0, Math.sin(w + m * 0.9));
            }
            for (int k = 0; k < moments.length; k++) {
                moments[k][i] = 50 * Math.sin(w + k);
            }
        }
        StorageWriter.write(Storage.of("Coordinates", true, List.of("hip_flexion_r", "knee_angle_r", "ankle_angle_r"),
                time, q), dir.resolve(GaitTrialReader.KINEMATICS));
        StorageWriter.write(Storage.of("GRF", false, List.of("ground_force_vy", "l_ground_force_vy"), time, grf),
                dir.resolve(GaitTrialReader.GROUND_FORCES));
        StorageWriter.write(Storage.of("EMG", false, MUSCLES, time, emg), dir.resolve(GaitTrialReader.EMG));
        StorageWriter.write(Storage.of("ID", false, List.of("hip_flexion_r_moment", "hip_adduction_r_moment",
                "hip_rotation_r_moment", "knee_angle_r_moment", "ankle_angle_r_moment", "subtalar_angle_r_moment"),
                time, moments), dir.resolve(GaitTrialReader.TORQUES));
    }
}
