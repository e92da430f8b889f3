/**
 * The neural part of the neural musculoskeletal model on DJL: a transformer encoder (multi-head
 * self-attention, feed-forward and layer norm built from DJL blocks), the model block that chains it
 * with the tensor physics, its JSON-described network config (type {@code "nmm"}), the loss and the
 * envelope measurement model of its data term (the envelope chain's zero-phase Butterworth low-pass as
 * a window matrix).
 *
 * <p>Units: inputs per frame are the elbow angle (rad), angular velocity (rad/s), angular
 * acceleration (rad/s²), hand-held load (kg) and the measured envelopes (their own units), followed
 * by the musculotendon lengths (m), lengthening speeds (m/s) and moment arms (m) of every muscle.
 * Outputs per frame are the reconstructed envelopes (measured muscles in their envelope units, hidden
 * muscles as excitations in [0, 1]), the predicted joint moment (N·m) and the prior penalty.
 */
package org.neuromsk.estimator.nmm.net;
