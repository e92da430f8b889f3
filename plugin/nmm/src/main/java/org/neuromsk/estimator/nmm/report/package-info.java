/**
 * The Markdown report of an NMM study with its PNG figures (XChart): summary and target tables,
 * heat maps of hidden-muscle errors per subject × load, estimated and true excitations, joint
 * moments, parameter recovery. Excitations are dimensionless, moments (N·m), errors in excitation
 * units or percent as labelled.
 */
package org.neuromsk.estimator.nmm.report;
