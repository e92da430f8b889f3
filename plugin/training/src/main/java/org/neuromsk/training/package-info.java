/**
 * Training core of NeuroMSK's neural estimators, on DJL with the PyTorch engine (CPU).
 *
 * <p>{@link org.neuromsk.training.Trainer} fits a {@link org.neuromsk.training.model.NetworkConfig}
 * to a {@link org.neuromsk.training.data.SampleSet} with Adam on mini-batches, z-scoring inputs and
 * targets with statistics of the training samples, stopping early on the validation loss, writing
 * checkpoints it can {@linkplain org.neuromsk.training.Trainer#resume resume} from, and giving the
 * same loss history for the same seed. The result is a {@link org.neuromsk.training.TrainedModel},
 * saved as a model folder ({@link org.neuromsk.training.ModelDirectory}) that
 * {@link org.neuromsk.training.Predictor} loads to map raw inputs to raw outputs.
 *
 * <p>Units: inputs and targets keep the units of the data they came from (e.g. rad, N·m, normalised
 * EMG); the network works on z-scores; losses are reported in the loss's units of the normalised
 * targets (dimensionless when targets are normalised); times in seconds (s).
 */
package org.neuromsk.training;
