/**
 * Network descriptions that build DJL blocks: JSON-serialisable records identified by a
 * {@code "type"} name ({@link org.neuromsk.training.model.NetworkTypes}), starting with the
 * multilayer perceptron ({@link org.neuromsk.training.model.MlpConfig}), and parameter counting.
 * Sizes are counts of values; networks are unitless maps between z-scored inputs and targets.
 */
package org.neuromsk.training.model;
