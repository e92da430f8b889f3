package org.neuromsk.estimator.gait;

import java.util.List;

/**
 * What a gait EMG model folder says about itself ({@value GaitEmgModel#INFO}).
 *
 * @param formatVersion layout version ({@value GaitEmgModel#FORMAT_VERSION})
 * @param type the estimator family
 * @param settings its hyper-parameters
 * @param muscles our muscle names, in output order
 * @param opensimMuscles the OpenSim names of the same muscles (EMG file columns)
 * @param trainingTrials names of the trials it was trained on
 * @param torquesSource where the training moments came from (torque-based model), or null
 * @param members how each member network was trained
 * @param outputUnit the unit of the estimates
 */
public record GaitEmgModelInfo(int formatVersion, GaitEmgType type, GaitEmgSettings settings, List<String> muscles,
        List<String> opensimMuscles, List<String> trainingTrials, String torquesSource, List<MemberSummary> members,
        String outputUnit) {

    /** Copies the lists. */
    public GaitEmgModelInfo {
        muscles = List.copyOf(muscles);
        opensimMuscles = List.copyOf(opensimMuscles);
        trainingTrials = List.copyOf(trainingTrials);
        members = List.copyOf(members);
    }
}
