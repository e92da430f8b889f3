package org.neuromsk.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;

import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.optim.AdamOptimizer;

/**
 * A checkpoint folder: a complete model folder (holding the best parameters so far, so it can be
 * used for prediction as it is) plus what resuming needs: the latest parameters, Adam's moments and
 * the run state.
 */
final class Checkpoint {

    /** Parameters after the last completed epoch. */
    static final String LAST_PARAMETERS = "resume-last.params";
    /** Adam's moment estimates (DJL NDList encoding). */
    static final String OPTIMIZER = "resume-optimizer.ndlist";
    /** The {@link RunState}. */
    static final String STATE = "resume-state.json";

    private Checkpoint() {
    }

    /**
     * @param dir the checkpoint folder, replaced atomically
     * @param model the model with its latest parameters and up-to-date metadata
     * @param best encoded best parameters, or null to save the latest as the model's
     * @param adam the optimizer
     * @param state the run state
     */
    static void write(Path dir, TrainedModel model, byte[] best, AdamOptimizer adam, RunState state) {
        byte[] last = model.parameterBytes();
        byte[] moments = adam.state().encode();
        AtomicDirectory.replace(dir, ModelDirectory.METADATA, folder -> {
            ModelDirectory.writeFiles(folder, model, best != null ? best : last);
            Files.write(folder.resolve(LAST_PARAMETERS), last);
            Files.write(folder.resolve(OPTIMIZER), moments);
            Files.writeString(folder.resolve(STATE), Json.gson().toJson(state) + "\n");
        });
    }

    /** What {@link #read} returns: the model with its latest parameters, the best ones, the state. */
    record Loaded(TrainedModel model, byte[] best, RunState state) {
    }

    /**
     * @param dir a checkpoint folder
     * @return the model holding the latest parameters, the best parameters (or null), and the state
     */
    static Loaded read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "checkpoint folder not found");
        }
        RunState state = Json.read(dir.resolve(STATE), RunState.class);
        if (state.config() == null || state.history() == null || state.epochsDone() != state.history().size()) {
            throw new FileFormatException(dir.resolve(STATE), 0, "incomplete run state");
        }
        TrainedModel model = ModelDirectory.load(dir);
        try {
            byte[] best = state.bestEpoch() > 0 ? WholeFile.bytes(dir.resolve(ModelDirectory.PARAMETERS)) : null;
            Path lastFile = dir.resolve(LAST_PARAMETERS);
            try {
                TrainedModel.decode(model.block(), model.manager(), WholeFile.bytes(lastFile));
            } catch (IOException | MalformedModelException | RuntimeException e) {
                throw new FileFormatException(lastFile, 0, "cannot read parameters: " + TorchRuntime.oneLine(e), e);
            }
            return new Loaded(model, best, state);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * @param dir the checkpoint folder
     * @param adam optimizer over the checkpoint's model
     * @param steps updates the moments correspond to
     */
    static void restoreOptimizer(Path dir, AdamOptimizer adam, long steps, TrainedModel model) {
        Path file = dir.resolve(OPTIMIZER);
        try {
            NDList moments = NDList.decode(model.manager(), WholeFile.bytes(file));
            adam.restore(moments, steps);
            moments.close();
        } catch (RuntimeException e) {
            throw new FileFormatException(file, 0, "cannot read optimizer state: " + TorchRuntime.oneLine(e), e);
        }
    }
}
