package org.neuromsk.validation.imu;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.ImuSource;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.metrics.Agreement;

/**
 * Out-of-subject check on the Rajagopal walk (OpenSim Moco's example3DWalking: another subject, another
 * model, overground instead of treadmill): the same virtual thigh, shank and foot IMUs
 * ({@code models-osim/imu/gait2392_lowerlimb_imus.json}; the Rajagopal model has bodies of the same names
 * and frame conventions: tibia origin at the knee, y up the segment) synthesised at 100 Hz from its
 * {@code coordinates.sto}, fed to a WaveNet trained on a CEINMS-RT trial, compared per sample with its
 * EMG envelopes ({@code electromyography.sto}, normalised to their maximum). The IMU signals are physical
 * (specific force and angular velocity in the sensor frame), so the models' opposite knee-angle signs
 * need no correction. The two recordings normalise EMG differently, so only the correlation r means
 * something here: it measures whether the timing and shape of the activity carry over to a new subject.
 *
 * <p>The recording is 1.35 s, about one stride (right heel strikes at 0.267 and 1.4115 s, vertical force
 * above 20 N: stride {@value #STRIDE_SECONDS} s), shorter than two receptive fields. Each frame of one
 * stride from the first coordinate frame on is estimated with a full window of history by repeating
 * that stride before it (gait taken as periodic; the seam where the stride is joined to itself is the
 * only discontinuity the network sees).
 */
public final class RajagopalImuEmg {

    /** Shared-data folder of the walk. */
    public static final String DIR = "opensim-moco-walk/";
    /** Shared-data files read. */
    public static final List<String> INPUTS = List.of(DIR + "subject_walk_scaled.osim",
            DIR + "subject_walk_scaled_FunctionBasedPathSet.xml", DIR + "coordinates.sto", DIR + "electromyography.sto");
    /** Stride period of the right leg (s): heel strikes at 0.267 and 1.4115 s in {@code grf_walk.mot}. */
    public static final double STRIDE_SECONDS = 1.1445;
    /**
     * Mean r fixed before the first run as the level a network that reads the gait phase from the IMUs
     * should reach on another subject (reported as met or missed, not asserted).
     */
    public static final double PLANNED_MIN_R = 0.3;
    /** IMU rate (Hz): the CEINMS-RT trials' rate the networks are trained at. */
    public static final double RATE = 100;

    /**
     * CEINMS-RT muscle → Rajagopal EMG column. The walk has one gastrocnemius (given to med_gas_r, so
     * lat_gas_r has no partner), the medial hamstrings (semimem_r) and no gluteus in CEINMS-RT.
     */
    public static final Map<String, String> MUSCLES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("soleus_r", "soleus");
        m.put("med_gas_r", "gastrocnemius");
        m.put("tib_ant_r", "tibialis_anterior");
        m.put("semimem_r", "medial_hamstrings");
        m.put("bifemlh_r", "biceps_femoris");
        m.put("vas_lat_r", "vastus_lateralis");
        m.put("rect_fem_r", "rectus_femoris");
        m.put("vas_med_r", "vastus_medius");
        MUSCLES = java.util.Collections.unmodifiableMap(m);
    }

    private RajagopalImuEmg() {
    }

    /**
     * @param muscle CEINMS-RT muscle (network output)
     * @param column Rajagopal EMG column
     * @param r Pearson correlation per sample over one stride
     */
    public record MuscleR(String muscle, String column, double r) {
    }

    /**
     * @param network which network was applied (e.g. the training trial)
     * @param muscles per-muscle r
     * @param frames frames compared (one stride)
     */
    public record Outcome(String network, List<MuscleR> muscles, int frames) {

        /** @return mean r over the mapped muscles */
        public double meanR() {
            return muscles.stream().mapToDouble(MuscleR::r).average().orElse(Double.NaN);
        }
    }

    /**
     * @param network a name for the network
     * @param modelDir a saved WaveNet ({@link StreamingWaveNet#load}) with the thigh/shank/foot IMU inputs
     * @return per-muscle r on the Rajagopal walk
     */
    public static Outcome evaluate(String network, Path modelDir) {
        Path dir = SharedData.directory().resolve(DIR);
        ImuSource source = ImuEmgValidation.source(dir.resolve("subject_walk_scaled.osim"), ImuEmgValidation.placements());
        Path coordinatesFile = dir.resolve("coordinates.sto");
        Storage imu = source.imu(StorageReader.read(coordinatesFile), coordinatesFile, RATE);
        Storage emg = StorageReader.read(dir.resolve("electromyography.sto"));
        ImuEmgTrial trial = ImuEmgTrial.of("rajagopal walk", imu, emg, new ArrayList<>(MUSCLES.values()));
        StreamingWaveNet stream = StreamingWaveNet.load(modelDir);
        if (!stream.inputNames().equals(trial.imuChannels())) {
            throw new NeuroMskException("the network's inputs " + stream.inputNames() + " are not the walk's IMU channels "
                    + trial.imuChannels());
        }
        int stride = (int) Math.round(STRIDE_SECONDS * RATE);
        if (stride > trial.frames()) {
            throw new NeuroMskException("the Rajagopal walk has " + trial.frames() + " frames, less than a stride");
        }
        int copies = (stream.receptiveField() + stride - 1) / stride + 1;
        float[][] series = new float[copies * stride][];
        for (int i = 0; i < series.length; i++) {
            series[i] = trial.imu()[i % stride];
        }
        float[][] estimates = stream.run(series);
        List<MuscleR> result = new ArrayList<>();
        int m = 0;
        for (Map.Entry<String, String> e : MUSCLES.entrySet()) {
            int output = stream.outputNames().indexOf(e.getKey());
            if (output < 0) {
                throw new NeuroMskException("the network estimates no " + e.getKey() + " (has " + stream.outputNames()
                        + ")");
            }
            double[] truth = new double[stride];
            double[] estimate = new double[stride];
            for (int i = 0; i < stride; i++) {
                truth[i] = trial.envelopes()[i][m];
                estimate[i] = estimates[(copies - 1) * stride + i][output];
            }
            result.add(new MuscleR(e.getKey(), e.getValue(), Agreement.pearson(truth, estimate)));
            m++;
        }
        return new Outcome(network, result, stride);
    }

    /**
     * @param outcomes results of one or more networks (same muscles)
     * @param out where to print a Markdown table
     */
    public static void print(List<Outcome> outcomes, PrintWriter out) {
        StringBuilder header = new StringBuilder("| network |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (MuscleR m : outcomes.get(0).muscles()) {
            header.append(' ').append(m.muscle()).append(" (").append(m.column()).append(") |");
            rule.append(" --- |");
        }
        out.println(header.append(" mean |"));
        out.println(rule.append(" --- |"));
        for (Outcome o : outcomes) {
            StringBuilder row = new StringBuilder("| " + o.network() + " |");
            for (MuscleR m : o.muscles()) {
                row.append(String.format(Locale.ROOT, " %.2f |", m.r()));
            }
            out.println(row.append(String.format(Locale.ROOT, " %.2f |", o.meanR())));
        }
        out.flush();
    }
}
