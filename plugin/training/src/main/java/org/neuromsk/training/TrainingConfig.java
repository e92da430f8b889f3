package org.neuromsk.training;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.optim.AdamConfig;

/**
 * Everything that decides a training run's numbers, saved with the model. Missing members of a JSON
 * config take the values of {@link #defaults()} (see {@link #fromJson(String)}).
 *
 * @param maxEpochs passes over the training samples at most
 * @param batchSize samples per gradient step (the last batch of an epoch may be smaller)
 * @param adam optimizer settings
 * @param patience epochs without a validation improvement after which training stops; 0 never stops early
 * @param minDelta how much lower the validation loss must get to count as an improvement
 * @param restoreBest true to end with the parameters of the best validation epoch
 * @param normaliseInputs z-score the inputs with statistics of the training samples
 * @param normaliseTargets z-score the targets likewise (losses are then in normalised units)
 * @param seed seeds parameter initialisation, dropout and the batch order
 * @param checkpointEvery write a checkpoint every this many epochs (when the trainer has a checkpoint folder)
 */
public record TrainingConfig(int maxEpochs, int batchSize, AdamConfig adam, int patience, double minDelta,
        boolean restoreBest, boolean normaliseInputs, boolean normaliseTargets, long seed, int checkpointEvery) {

    /** Checks the ranges; a missing {@code adam} becomes the default one. */
    public TrainingConfig {
        if (adam == null) {
            adam = defaults().adam();
        }
        if (maxEpochs < 1 || batchSize < 1 || patience < 0 || !(minDelta >= 0) || checkpointEvery < 1) {
            throw new NeuroMskException("training config: need maxEpochs ≥ 1, batchSize ≥ 1, patience ≥ 0, minDelta ≥ 0,"
                    + " checkpointEvery ≥ 1; got " + maxEpochs + ", " + batchSize + ", " + patience + ", " + minDelta
                    + ", " + checkpointEvery);
        }
    }

    /**
     * @return 200 epochs, batches of 64, Adam with learning rate 1e−3, patience 20, best parameters
     *     restored, inputs and targets normalised, seed 1, a checkpoint every epoch
     */
    public static TrainingConfig defaults() {
        return new TrainingConfig(200, 64, AdamConfig.of(1e-3), 20, 0, true, true, true, 1, 1);
    }

    /**
     * @param json a JSON object with any subset of the components ({@code adam} as an object)
     * @return the config, with {@link #defaults()} for what the JSON leaves out
     */
    public static TrainingConfig fromJson(String json) {
        return Json.overlay(defaults(), json, TrainingConfig.class);
    }

    /** @return this config as JSON */
    public String toJson() {
        return Json.gson().toJson(this);
    }

    /**
     * @param epochs new maximum
     * @return this config with that maximum number of epochs
     */
    public TrainingConfig withMaxEpochs(int epochs) {
        return new TrainingConfig(epochs, batchSize, adam, patience, minDelta, restoreBest, normaliseInputs,
                normaliseTargets, seed, checkpointEvery);
    }

    /**
     * @param newSeed new seed
     * @return this config with that seed
     */
    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(maxEpochs, batchSize, adam, patience, minDelta, restoreBest, normaliseInputs,
                normaliseTargets, newSeed, checkpointEvery);
    }

    /**
     * @param size new batch size
     * @return this config with that batch size
     */
    public TrainingConfig withBatchSize(int size) {
        return new TrainingConfig(maxEpochs, size, adam, patience, minDelta, restoreBest, normaliseInputs,
                normaliseTargets, seed, checkpointEvery);
    }

    /**
     * @param settings new optimizer settings
     * @return this config with those settings
     */
    public TrainingConfig withAdam(AdamConfig settings) {
        return new TrainingConfig(maxEpochs, batchSize, settings, patience, minDelta, restoreBest, normaliseInputs,
                normaliseTargets, seed, checkpointEvery);
    }

    /**
     * @param epochs new patience (0 = never stop early)
     * @param delta new minimum improvement
     * @return this config with that early-stopping rule
     */
    public TrainingConfig withEarlyStopping(int epochs, double delta) {
        return new TrainingConfig(maxEpochs, batchSize, adam, epochs, delta, restoreBest, normaliseInputs,
                normaliseTargets, seed, checkpointEvery);
    }

    /**
     * @param every epochs between checkpoints
     * @return this config with that checkpoint interval
     */
    public TrainingConfig withCheckpointEvery(int every) {
        return new TrainingConfig(maxEpochs, batchSize, adam, patience, minDelta, restoreBest, normaliseInputs,
                normaliseTargets, seed, every);
    }

    /**
     * @param other the config of a checkpoint
     * @return true if resuming that checkpoint with this config continues the same run: only the
     *     stopping rules ({@code maxEpochs}, {@code patience}, {@code minDelta}, {@code restoreBest})
     *     and the checkpoint interval may differ
     */
    public boolean continues(TrainingConfig other) {
        return batchSize == other.batchSize && adam.equals(other.adam) && normaliseInputs == other.normaliseInputs
                && normaliseTargets == other.normaliseTargets && seed == other.seed;
    }
}
