package org.neuromsk.training.norm;

import org.neuromsk.training.data.SampleSet;

/**
 * The input and target transforms of one model, fitted on its training samples and saved with it.
 * The network sees z-scored inputs and predicts z-scored targets; {@link #targets()} turns its
 * output back into target units.
 *
 * @param inputs transform of the input features
 * @param targets transform of the target features
 */
public record Normalisers(ZScore inputs, ZScore targets) {

    /**
     * @param training the training samples
     * @param normaliseInputs false to leave inputs as they are
     * @param normaliseTargets false to leave targets as they are
     * @return transforms fitted per feature (last axis) on the training samples
     */
    public static Normalisers fit(SampleSet training, boolean normaliseInputs, boolean normaliseTargets) {
        int inFeatures = training.inputNames().size();
        int outFeatures = training.targetNames().size();
        ZScore in = normaliseInputs ? ZScore.fit(training.inputs(), inFeatures) : ZScore.identity(inFeatures);
        ZScore out = normaliseTargets ? ZScore.fit(training.targets(), outFeatures) : ZScore.identity(outFeatures);
        return new Normalisers(in, out);
    }
}
