package org.neuromsk.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * Reads a trial and joins its tables on the kinematics time base. A trial folder laid out like the
 * CEINMS-RT recordings holds {@value #KINEMATICS} (inverse kinematics), {@value #TORQUES} (inverse
 * dynamics), {@value #EMG} (EMG envelopes) and {@value #GROUND_FORCES} (ground reaction forces);
 * {@link #folder(Path)} starts from those names, and each can be replaced or left out.
 *
 * <pre>{@code
 * GaitTrial trial = GaitTrialReader.folder(dir).muscles(mapping.opensimNames()).read();
 * }</pre>
 *
 * <p>Every table other than the kinematics must cover the kinematics' time span; a table sampled at
 * other times is linearly interpolated onto the kinematics times. Problems are reported on one line
 * naming the file: a missing file or column, NaN values, a time base that does not match.
 */
public final class GaitTrialReader {

    /** Inverse kinematics file of a trial folder. */
    public static final String KINEMATICS = "ik.sto";
    /** Inverse dynamics file of a trial folder. */
    public static final String TORQUES = "id.sto";
    /** EMG envelope file of a trial folder. */
    public static final String EMG = "emgFilt.sto";
    /** Ground reaction force file of a trial folder. */
    public static final String GROUND_FORCES = "XLD.mot";

    private String name;
    private Path kinematics;
    private TorqueSource torques;
    private Path emg;
    private Path groundForces;
    private List<String> muscles;
    private MskModel geometryModel;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private GaitTrialReader() {
    }

    /**
     * @param dir a trial folder
     * @return a reader of the standard files in it (name: the folder's name; tag {@code trial} likewise):
     *     the kinematics and the EMG must exist, the moments and ground reaction forces are read when present
     */
    public static GaitTrialReader folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "trial folder not found");
        }
        GaitTrialReader reader = new GaitTrialReader();
        String folderName = dir.toAbsolutePath().normalize().getFileName().toString();
        reader.name = folderName;
        reader.tags.put("trial", folderName);
        reader.kinematics = dir.resolve(KINEMATICS);
        reader.torques = Files.exists(dir.resolve(TORQUES)) ? TorqueSource.file(dir.resolve(TORQUES)) : null;
        reader.emg = dir.resolve(EMG);
        reader.groundForces = Files.exists(dir.resolve(GROUND_FORCES)) ? dir.resolve(GROUND_FORCES) : null;
        return reader;
    }

    /**
     * @param kinematicsFile the coordinates (.sto/.mot)
     * @return a reader of that file alone (add the others with the setters)
     */
    public static GaitTrialReader kinematics(Path kinematicsFile) {
        GaitTrialReader reader = new GaitTrialReader();
        reader.kinematics = kinematicsFile;
        String file = kinematicsFile.getFileName().toString();
        reader.name = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        reader.tags.put("trial", reader.name);
        return reader;
    }

    /**
     * @param trialName the trial's name
     * @return this reader
     */
    public GaitTrialReader name(String trialName) {
        this.name = trialName;
        this.tags.put("trial", trialName);
        return this;
    }

    /**
     * @param source joint moments from a file or computed; null for none
     * @return this reader
     */
    public GaitTrialReader torques(TorqueSource source) {
        this.torques = source;
        return this;
    }

    /**
     * @param file EMG envelopes (.sto/.mot), columns named by OpenSim muscle; null for none
     * @return this reader
     */
    public GaitTrialReader emg(Path file) {
        this.emg = file;
        return this;
    }

    /**
     * @param file ground reaction forces (.mot); null for none
     * @return this reader
     */
    public GaitTrialReader groundForces(Path file) {
        this.groundForces = file;
        return this;
    }

    /**
     * @param opensimMuscles the EMG columns to keep (each must be present); null keeps all
     * @return this reader
     */
    public GaitTrialReader muscles(List<String> opensimMuscles) {
        this.muscles = opensimMuscles == null ? null : List.copyOf(opensimMuscles);
        return this;
    }

    /**
     * @param model a model whose backend computes muscle-tendon lengths and moment arms over the motion
     * @return this reader
     */
    public GaitTrialReader muscleGeometry(MskModel model) {
        this.geometryModel = model;
        return this;
    }

    /**
     * @param key tag name (e.g. {@code speed}, {@code subject})
     * @param value its value
     * @return this reader
     */
    public GaitTrialReader tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    /**
     * @return the joined trial
     * @throws FileFormatException naming the file at fault
     */
    public GaitTrial read() {
        Storage q = StorageReader.read(kinematics);
        if (q.rowCount() < 2) {
            throw new FileFormatException(kinematics, 0, "needs at least 2 frames, has " + q.rowCount());
        }
        double[] time = q.time();
        Storage tau = null;
        String tauSource = null;
        Path tauFile = null;
        if (torques != null) {
            tauFile = torques.file();
            tau = TimeBase.align(torques.torques(q, kinematics), tauFile != null ? tauFile : kinematics, time, kinematics);
            tauSource = torques.describe();
        }
        Storage envelopes = null;
        if (emg != null) {
            Storage raw = StorageReader.read(emg);
            if (muscles != null) {
                List<String> kept = new ArrayList<>();
                for (String m : muscles) {
                    if (Columns.find(raw, m) < 0) {
                        throw new FileFormatException(emg, 0, "no EMG column for muscle '" + m + "' (columns: "
                                + Columns.preview(raw.labels()) + ")");
                    }
                    kept.add(m);
                }
                raw = Columns.select(raw, emg, kept, kept);
            }
            envelopes = TimeBase.align(raw, emg, time, kinematics);
        }
        Storage grf = groundForces == null ? null
                : TimeBase.align(StorageReader.read(groundForces), groundForces, time, kinematics);
        MuscleGeometry geometry = geometryModel == null ? null : geometry(q);
        return new GaitTrial(name, tags, q, kinematics, tau, tauSource, tauFile, envelopes, emg, grf, groundForces,
                geometry);
    }

    private MuscleGeometry geometry(Storage q) {
        return geometryModel.muscleGeometry(new MuscleGeometryRequest(q, kinematics, -1,
                org.neuromsk.backend.TimeRange.ALL));
    }
}
