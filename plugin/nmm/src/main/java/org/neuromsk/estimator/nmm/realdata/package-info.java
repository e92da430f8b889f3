/**
 * The NMM's real-data checks: the arm26 computed-muscle-control tutorial (four CMC excitations taken
 * as measured, BRA and TRImed reconstructed) and the CEINMS-RT lower-limb gait recordings (one of nine
 * measured muscles held out in turn), each compared with muscle synergy extrapolation.
 *
 * <p>The NMM core balances one coordinate's moment per trial. Several coordinates (hip, knee and ankle
 * in gait) enter through {@link org.neuromsk.estimator.nmm.realdata.MultiCoordinateSubject}: every
 * recording becomes one trial per coordinate, with identical network inputs and excitations but that
 * coordinate's moment arms and inverse-dynamics moment, so the summed loss is the data term plus the
 * mean over coordinates of each coordinate's physics term (each relative to its own peak).
 *
 * <p>Recordings that training did not see (the gait check's walk45 stretch, the arm26 split run's
 * test part) are predicted after test-time refinement on all their coordinate copies together, and
 * the same fit's prediction without refinement is scored beside it. The copies carry no signal of a
 * hidden muscle, so neither training nor refinement can read one.
 *
 * <p>Entry points: {@link org.neuromsk.estimator.nmm.realdata.RealDataChecks} (both checks, options),
 * {@link org.neuromsk.estimator.nmm.realdata.HiddenMuscleComparison} (NMM against MSE on any such
 * subject), {@link org.neuromsk.estimator.nmm.realdata.RealDataTables} (Markdown). Results and what
 * limits them: docs/nmm.md, "Real-data checks".
 *
 * <p>Units: time (s), angles (rad; degrees only in files that say so), lengths (m), moments (N·m);
 * excitations and normalised envelopes are dimensionless.
 */
package org.neuromsk.estimator.nmm.realdata;
