/**
 * Inverse dynamics of the embedded engine against OpenSim 4.5.2's InverseDynamicsTool.
 *
 * <p>Cases: the arm26 tutorial (filtered and unfiltered), gait10dof18musc walking with ground
 * reactions, and the Rajagopal walk (coupled knee coordinates). Tolerance per column: RMS error ≤
 * 0.5 % of the column's peak |value| or ≤ 0.05 N·m (N), whichever is larger, over the whole
 * reference time range; no frames are excluded.
 */
package org.neuromsk.validation.id;
