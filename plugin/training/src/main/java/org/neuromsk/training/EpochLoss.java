package org.neuromsk.training;

/**
 * Losses of one epoch (in the loss's units, on normalised targets when targets are normalised).
 *
 * @param epoch 1-based epoch number
 * @param trainLoss sample-weighted mean of the epoch's batch losses, in training mode
 * @param validationLoss mean loss over the validation samples after the epoch, in evaluation mode;
 *     NaN without validation samples
 * @param seconds wall time of the epoch including validation (s)
 */
public record EpochLoss(int epoch, double trainLoss, double validationLoss, double seconds) {
}
