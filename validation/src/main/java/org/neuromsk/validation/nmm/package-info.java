/**
 * The neural musculoskeletal model's virtual-subject study with the targets, and its report
 * ({@code validation/reports/nmm.md}). Excitations are dimensionless; moment errors in percent of
 * the trial's peak inverse-dynamics moment; parameter errors in percent of the true values.
 */
package org.neuromsk.validation.nmm;
