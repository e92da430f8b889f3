package org.neuromsk.estimator.gait;

import java.util.List;

/**
 * One estimator trained on one trial and evaluated on another.
 *
 * @param type the family
 * @param parameters trainable parameters of one member's EMG network
 * @param pretrainingParameters trainable parameters of the pre-training network (0 if none)
 * @param seconds training wall time (s)
 * @param test evaluation on the test trial
 * @param validation evaluation on the interleaved held-out cycles (early stopping) of the training trial
 * @param members how each member was trained
 * @param selection how its settings were chosen on the training trial, or null (no candidates)
 * @param transfers evaluations on trials of other subjects (see {@link ParkReproduction#alsoOn})
 */
public record ModelResult(GaitEmgType type, long parameters, long pretrainingParameters, double seconds,
        TrialEvaluation test, TrialEvaluation validation, List<MemberSummary> members,
        HyperParameterSelection.Selection selection, List<TransferEvaluation> transfers) {

    /** Copies the list. */
    public ModelResult {
        members = List.copyOf(members);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }
}
