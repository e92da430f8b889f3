package org.neuromsk.estimator.gait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.training.AtomicDirectory;
import org.neuromsk.training.Json;
import org.neuromsk.training.Predictor;
import org.neuromsk.training.TrainedModel;

/**
 * A trained gait EMG estimator: one or more member networks (whose estimates are averaged), the
 * pre-trained moment networks of the torque-based model, and {@link GaitEmgModelInfo}. Holds native
 * memory: close it.
 *
 * <p>Folder layout: {@value #INFO}, {@code member-1/}, {@code member-2/}, … (training-core model
 * folders) and, for the torque-based model, {@code member-1-pretraining/}, … (the moment networks).
 */
public final class GaitEmgModel implements AutoCloseable {

    /** The description file of a model folder. */
    public static final String INFO = "gait-emg.json";

    /** What a folder written by {@link #save(Path)} is, for messages. */
    private static final String KIND = "a gait EMG model folder";
    /** Current layout version. */
    public static final int FORMAT_VERSION = 1;

    private final GaitEmgModelInfo info;
    private final List<TrainedModel> members;
    private final List<TrainedModel> pretraining;

    GaitEmgModel(GaitEmgModelInfo info, List<TrainedModel> members, List<TrainedModel> pretraining) {
        this.info = info;
        this.members = List.copyOf(members);
        this.pretraining = List.copyOf(pretraining);
    }

    /** @return the description */
    public GaitEmgModelInfo info() {
        return info;
    }

    /** @return the member networks */
    public List<TrainedModel> members() {
        return members;
    }

    /** @return the pre-trained moment networks (torque-based model), else empty */
    public List<TrainedModel> pretraining() {
        return pretraining;
    }

    /** @return trainable parameters of one member's EMG network */
    public long parameterCount() {
        return members.get(0).parameterCount();
    }

    /**
     * @param trial a trial with the coordinates (and moments, if the model takes them as inputs)
     * @return estimated EMG {@code [muscle][frame]}, in {@link GaitEmgModelInfo#outputUnit()}
     */
    public double[][] predict(GaitTrial trial) {
        float[][] inputs = info.settings().features().features(trial);
        int muscles = info.muscles().size();
        double[][] sum = new double[muscles][inputs.length];
        for (TrainedModel member : members) {
            try (Predictor predictor = member.predictor()) {
                float[][] out = predictor.predict(inputs);
                for (int r = 0; r < out.length; r++) {
                    for (int m = 0; m < muscles; m++) {
                        sum[m][r] += out[r][m];
                    }
                }
            }
        }
        for (double[] column : sum) {
            for (int r = 0; r < column.length; r++) {
                column[r] /= members.size();
            }
        }
        return sum;
    }

    /**
     * @param trial a trial
     * @return the estimates as a table: time (s) and one column per muscle, named by its OpenSim name
     */
    public Storage predictTable(GaitTrial trial) {
        double[][] emg = predict(trial);
        return new Storage("Estimated EMG", java.util.Map.of("estimator", info.type().jsonName()),
                List.of("EMG estimated from kinematics by NeuroMSK, " + info.outputUnit()), false,
                Storage.DEFAULT_TIME_LABEL, info.opensimMuscles(), trial.time(), emg);
    }

    /**
     * Writes the model folder beside its target and moves it into place when complete; an existing
     * folder is replaced only if it is a gait EMG model folder or empty.
     *
     * @param dir the folder
     */
    public void save(Path dir) {
        AtomicDirectory.replace(dir, INFO, KIND, tmp -> {
            for (int i = 0; i < members.size(); i++) {
                members.get(i).save(tmp.resolve("member-" + (i + 1)));
            }
            for (int i = 0; i < pretraining.size(); i++) {
                pretraining.get(i).save(tmp.resolve("member-" + (i + 1) + "-pretraining"));
            }
            Json.write(tmp.resolve(INFO), info);
        });
    }

    /**
     * @param dir a folder written by {@link #save(Path)}
     * @return the model
     * @throws FileFormatException naming the missing or bad file
     */
    public static GaitEmgModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "model folder not found");
        }
        if (!Files.exists(dir.resolve(INFO))) {
            throw new FileFormatException(dir, 0, "not a gait EMG model folder (no " + INFO
                    + "; 'neuromsk train' writes one)");
        }
        GaitEmgModelInfo info = Json.read(dir.resolve(INFO), GaitEmgModelInfo.class);
        if (info.formatVersion() != FORMAT_VERSION || info.type() == null || info.settings() == null) {
            throw new FileFormatException(dir.resolve(INFO), 0, "not a gait EMG model description of format "
                    + FORMAT_VERSION);
        }
        List<TrainedModel> members = new ArrayList<>();
        List<TrainedModel> pre = new ArrayList<>();
        try {
            for (int i = 1; i <= info.members().size(); i++) {
                TrainedModel m = TrainedModel.load(dir.resolve("member-" + i));
                members.add(m);
                int[] shape = m.metadata().targetShape();
                if (shape.length != 1 || shape[0] != info.muscles().size()
                        || m.metadata().inputNames().size() != info.settings().features().inputSize()) {
                    throw new FileFormatException(dir.resolve("member-" + i), 0,
                            "network shape does not match " + INFO);
                }
                Path p = dir.resolve("member-" + i + "-pretraining");
                if (Files.isDirectory(p)) {
                    pre.add(TrainedModel.load(p));
                }
            }
        } catch (RuntimeException e) {
            members.forEach(TrainedModel::close);
            pre.forEach(TrainedModel::close);
            throw e;
        }
        return new GaitEmgModel(info, members, pre);
    }

    /**
     * Checks, before any training, that {@link #save} may write the folder.
     *
     * @param dir the model folder to be written
     * @throws NeuroMskException if it exists and is neither a gait EMG model folder nor empty
     */
    public static void checkTarget(Path dir) {
        AtomicDirectory.checkTarget(dir, INFO, KIND);
    }

    @Override
    public void close() {
        members.forEach(TrainedModel::close);
        pretraining.forEach(TrainedModel::close);
    }
}
