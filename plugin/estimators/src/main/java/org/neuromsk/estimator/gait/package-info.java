/**
 * EMG of leg muscles estimated from gait kinematics: Park &amp; Park's (2025) baseline MLP and
 * torque-based MLP (pre-trained on joint moments, then given one more hidden layer and fine-tuned on
 * EMG), and a temporal-context MLP of ours, all trained with the DJL training core. Candidate settings
 * are chosen by blocked cross-validation on the training trial
 * ({@link org.neuromsk.estimator.gait.HyperParameterSelection});
 * {@link org.neuromsk.estimator.gait.TransferEvaluation} applies a model to another subject's walk.
 *
 * <p>Units: joint angles (deg), angular velocities (deg/s), joint moments (N·m), window offsets (s).
 * Estimated EMG is in the unit of the scaled training targets: with
 * {@link org.neuromsk.dataset.EmgScaling#CYCLE_RANGE} a fraction of the trial's mean-cycle range (-).
 */
package org.neuromsk.estimator.gait;
