package org.neuromsk.estimator.gait;

import java.util.List;

import org.neuromsk.training.EpochLoss;

/**
 * How one member network of an estimator was trained.
 *
 * @param seed its seed
 * @param parameters trainable parameters of the EMG network
 * @param epochs epochs run in the EMG stage
 * @param bestEpoch the epoch whose parameters were kept
 * @param bestValidationLoss validation loss of that epoch (normalised units)
 * @param seconds wall time of both stages (s)
 * @param history EMG-stage losses per epoch
 * @param pretrainingParameters trainable parameters of the pre-training network (0 if none)
 * @param pretrainingEpochs epochs of the pre-training stage (0 if none)
 * @param pretrainingHistory pre-training losses per epoch (empty if none)
 */
public record MemberSummary(long seed, long parameters, int epochs, int bestEpoch, double bestValidationLoss,
        double seconds, List<EpochLoss> history, long pretrainingParameters, int pretrainingEpochs,
        List<EpochLoss> pretrainingHistory) {

    /** Copies the lists. */
    public MemberSummary {
        history = history == null ? List.of() : List.copyOf(history);
        pretrainingHistory = pretrainingHistory == null ? List.of() : List.copyOf(pretrainingHistory);
    }
}
