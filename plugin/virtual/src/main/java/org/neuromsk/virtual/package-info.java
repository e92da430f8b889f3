/**
 * Virtual subjects on the NeuroMSK elbow model ({@code models-osim/elbow.osim}): data sets whose truth
 * is known, for testing muscle-activity estimators.
 *
 * <p>{@link org.neuromsk.virtual.SubjectSampler} draws a subject from a seed: scaled maximum isometric
 * forces, optimal fibre and tendon slack lengths, activation time constants, a co-contraction pattern
 * (a baseline activation per muscle, slowly modulated by one command shared by all muscles, or in
 * {@link org.neuromsk.virtual.CoContractionMode#PER_MUSCLE} mode by a phase per muscle) and, per
 * muscle, an EMG-to-excitation scale and a common EMG lead time ({@link
 * org.neuromsk.virtual.SubjectTruth}). {@link org.neuromsk.virtual.SubjectModel} writes those values
 * into a copy of the elbow document with the load mass of the trial. {@link
 * org.neuromsk.virtual.TrialSimulation} runs the embedded forward simulation interval by interval while
 * {@link org.neuromsk.virtual.TrackingController} chooses the next excitation node from the simulated
 * state (feed-forward inverse dynamics of a target flexion–extension plus feedback, shared among the
 * muscles with the subject's co-contraction): the kinematics written are the simulation's own.
 * {@link org.neuromsk.virtual.SyntheticEmg} turns excitations into raw EMG and, through the EMG chain
 * of {@code org.neuromsk.emg}, into envelopes of the surface muscles only. {@link
 * org.neuromsk.virtual.TrialChecks} measures replay error, inverse dynamics against Σ moment arm ×
 * tendon force and the distance to static optimisation. {@link org.neuromsk.virtual.VirtualSubjects}
 * generates and writes everything.
 *
 * <p>Units: time (s), angles in files in degrees and in code in radians (rad), lengths (m), forces (N),
 * torques (N·m), masses (kg); excitations, activations and normalised envelopes are dimensionless (-).
 * Everything is deterministic given the seed.
 */
package org.neuromsk.virtual;
