package org.neuromsk.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a saved model says about itself ({@code model.json}): the sample shapes and feature names it
 * expects, how it was trained, and free-form properties that an estimator adds (e.g. the muscles it
 * predicts).
 *
 * @param formatVersion version of the model folder layout ({@value #FORMAT_VERSION})
 * @param createdBy the program that wrote it
 * @param djlVersion DJL version used
 * @param pytorchVersion PyTorch version used
 * @param inputShape shape of one input sample
 * @param targetShape shape of one target sample
 * @param inputNames input feature names (last axis)
 * @param targetNames target feature names (last axis)
 * @param parameterCount number of trainable parameter values
 * @param loss name of the training loss
 * @param training the training config
 * @param history losses per epoch
 * @param bestEpoch the epoch whose parameters the model holds
 * @param stopReason why training ended
 * @param parametersSha256 SHA-256 of {@code parameters.params} (hex), set when saved
 * @param properties estimator-specific key/value pairs
 */
public record ModelMetadata(int formatVersion, String createdBy, String djlVersion, String pytorchVersion,
        int[] inputShape, int[] targetShape, List<String> inputNames, List<String> targetNames, long parameterCount,
        String loss, TrainingConfig training, List<EpochLoss> history, int bestEpoch, StopReason stopReason,
        String parametersSha256, Map<String, String> properties) {

    /** Current layout version. */
    public static final int FORMAT_VERSION = 1;

    /** Copies the collections. */
    public ModelMetadata {
        inputShape = inputShape == null ? null : inputShape.clone();
        targetShape = targetShape == null ? null : targetShape.clone();
        inputNames = inputNames == null ? List.of() : List.copyOf(inputNames);
        targetNames = targetNames == null ? List.of() : List.copyOf(targetNames);
        history = history == null ? List.of() : List.copyOf(history);
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    @Override
    public int[] inputShape() {
        return inputShape == null ? null : inputShape.clone();
    }

    @Override
    public int[] targetShape() {
        return targetShape == null ? null : targetShape.clone();
    }

    /**
     * @param sha256 hex digest of the parameters file
     * @return this metadata with that digest
     */
    public ModelMetadata withParametersSha256(String sha256) {
        return new ModelMetadata(formatVersion, createdBy, djlVersion, pytorchVersion, inputShape, targetShape,
                inputNames, targetNames, parameterCount, loss, training, history, bestEpoch, stopReason, sha256,
                properties);
    }

    /**
     * @param key property name
     * @param value property value
     * @return this metadata with that property set
     */
    public ModelMetadata withProperty(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(key, value);
        return new ModelMetadata(formatVersion, createdBy, djlVersion, pytorchVersion, inputShape, targetShape,
                inputNames, targetNames, parameterCount, loss, training, history, bestEpoch, stopReason,
                parametersSha256, copy);
    }
}
