/**
 * The physics-integrated neural musculoskeletal model (NMM) for deep-muscle EMG: per subject, a
 * transformer encoder maps windows of elbow kinematics, load and measured surface envelopes to the
 * excitations of every muscle, and differentiable musculoskeletal physics (activation dynamics,
 * electromechanical delay, Hill muscles with compliant tendons, moment arms from the backend) ties
 * them to the inverse-dynamics moment while the subject's muscle parameters are personalised. Entry
 * points: {@link org.neuromsk.estimator.nmm.NmmFit} (train one subject),
 * {@link org.neuromsk.estimator.nmm.NmmStudy} (NMM, ablations and baselines over subjects) and
 * {@link org.neuromsk.estimator.nmm.NmmExperiment} (the {@code "nmm"} experiment of {@code neuromsk train}).
 *
 * <p>Units: time (s), angles (rad; degrees only in files that say so), lengths (m), speeds (m/s),
 * forces (N), moments (N·m), masses (kg); excitations, activations and normalised envelopes are
 * dimensionless.
 */
package org.neuromsk.estimator.nmm;
