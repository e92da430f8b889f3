package org.neuromsk.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a training run stands after some epochs; saved in checkpoints so that a resumed run makes
 * the same decisions as the uninterrupted one.
 *
 * @param config the run's training config
 * @param loss name of the loss
 * @param epochsDone epochs completed
 * @param history losses of those epochs
 * @param bestEpoch epoch with the lowest validation loss so far (0 before any)
 * @param bestValidationLoss that loss (+∞ before any)
 * @param epochsWithoutImprovement epochs since the validation loss last improved by more than minDelta
 * @param optimizerSteps Adam updates made
 */
record RunState(TrainingConfig config, String loss, int epochsDone, List<EpochLoss> history, int bestEpoch,
        double bestValidationLoss, int epochsWithoutImprovement, long optimizerSteps) {

    RunState {
        history = List.copyOf(history);
    }

    static RunState start(TrainingConfig config, String loss) {
        return new RunState(config, loss, 0, List.of(), 0, Double.POSITIVE_INFINITY, 0, 0);
    }

    /**
     * @param epoch the finished epoch's losses
     * @param steps Adam updates made so far
     * @return the state after it; an epoch improves if its validation loss is below best − minDelta
     */
    RunState after(EpochLoss epoch, long steps) {
        List<EpochLoss> longer = new ArrayList<>(history);
        longer.add(epoch);
        double validation = epoch.validationLoss();
        boolean improved = !Double.isNaN(validation) && validation < bestValidationLoss - config.minDelta();
        return new RunState(config, loss, epoch.epoch(), longer, improved ? epoch.epoch() : bestEpoch,
                improved ? validation : bestValidationLoss, improved ? 0 : epochsWithoutImprovement + 1, steps);
    }

    /** @return true if the last epoch set a new best */
    boolean lastImproved() {
        return bestEpoch == epochsDone && epochsDone > 0;
    }

    /**
     * @param rules the config whose stopping rules apply (may differ from the checkpoint's)
     * @return this state under those rules
     */
    RunState withConfig(TrainingConfig rules) {
        return new RunState(rules, loss, epochsDone, history, bestEpoch, bestValidationLoss, epochsWithoutImprovement,
                optimizerSteps);
    }
}
