package org.neuromsk.training;

/** Why a training run ended. */
public enum StopReason {
    /** It ran the configured maximum number of epochs. */
    MAX_EPOCHS,
    /** The validation loss stopped improving for {@code patience} epochs. */
    EARLY_STOPPING
}
