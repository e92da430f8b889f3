/**
 * In-memory samples for training: {@link org.neuromsk.training.data.SampleSet} (flat float arrays
 * with a per-sample shape whose last axis holds named features), sliding
 * {@linkplain org.neuromsk.training.data.Windows windows} over time series, and seeded
 * train/validation {@linkplain org.neuromsk.training.data.Split splits}. Values keep the units of
 * their source (rad, N·m, …); time is in frames.
 */
package org.neuromsk.training.data;
