/**
 * Reports of estimator evaluations: tables in the layout of Park &amp; Park's Table 1 (plain text,
 * Markdown, HTML) and PNG plots of ensemble averages ± one standard deviation over the gait cycle
 * (0–100 %), measured against each estimator.
 *
 * <p>Values are ensemble R² (-) unless a column says otherwise; plotted EMG is in the scaled unit of
 * the evaluation (fraction of the trial's mean-cycle range, -).
 */
package org.neuromsk.report;
