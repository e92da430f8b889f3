package org.neuromsk.training;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit} or {@link Trainer#resume}. Closing it closes the model.
 *
 * @param model the trained model (close it when done)
 * @param history losses of every epoch from the first, including epochs before a resume
 * @param stopReason why training ended
 * @param bestEpoch epoch with the lowest validation loss (the last epoch without validation)
 */
public record TrainingResult(TrainedModel model, List<EpochLoss> history, StopReason stopReason, int bestEpoch)
        implements AutoCloseable {

    /** Copies the history. */
    public TrainingResult {
        history = List.copyOf(history);
    }

    /** @return training loss per epoch */
    public double[] trainLosses() {
        return history.stream().mapToDouble(EpochLoss::trainLoss).toArray();
    }

    /** @return validation loss per epoch (NaN without validation) */
    public double[] validationLosses() {
        return history.stream().mapToDouble(EpochLoss::validationLoss).toArray();
    }

    /** @return the validation loss of the best epoch (NaN without validation) */
    public double bestValidationLoss() {
        return history.get(bestEpoch - 1).validationLoss();
    }

    /** @return epochs run */
    public int epochs() {
        return history.size();
    }

    @Override
    public void close() {
        model.close();
    }
}
