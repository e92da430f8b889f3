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
 * @param validation evaluation on the held-out cycles of the training trial
 * @param members how each member was trained
 */
public record ModelResult(GaitEmgType type, long parameters, long pretrainingParameters, double seconds,
        TrialEvaluation test, TrialEvaluation validation, List<MemberSummary> members) {

    /** Copies the list. */
    public ModelResult {
        members = List.copyOf(members);
    }
}
