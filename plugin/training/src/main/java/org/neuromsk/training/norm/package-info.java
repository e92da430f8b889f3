/**
 * Per-feature z-score transforms fitted on training samples and saved with a model: the network sees
 * {@code (x − mean) / std}, and its outputs are mapped back to target units. Means and standard
 * deviations are in the units of their feature.
 */
package org.neuromsk.training.norm;
