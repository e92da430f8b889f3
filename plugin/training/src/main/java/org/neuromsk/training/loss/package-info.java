/**
 * Training objectives: a {@link org.neuromsk.training.loss.LossFunction} maps predictions, targets and
 * the {@link org.neuromsk.training.loss.TrainingBatch} (inputs, sample indices, normalisers) to a
 * differentiable scalar, so that data terms and physics terms can be added together. Losses are in the
 * squared (or absolute) units of the normalised targets.
 */
package org.neuromsk.training.loss;
