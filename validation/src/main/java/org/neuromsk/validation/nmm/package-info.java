/**
 * The neural musculoskeletal model's virtual-subject study with the targets, and its report
 * ({@code validation/reports/nmm.md}); {@link org.neuromsk.validation.nmm.NmmTuning} compares
 * settings on the training trials only (a second split; the held-out trials are never read).
 * Excitations are dimensionless; moment errors in percent of the trial's peak inverse-dynamics
 * moment; parameter errors in percent of the true values.
 */
package org.neuromsk.validation.nmm;
