package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neuromsk.error.NeuroMskException;

/**
 * A subject: the generic model its estimates start from, its muscles, which of them have measured
 * envelopes, its trials split into training and held-out ones, and (virtual subjects) the truth.
 *
 * @param id subject name
 * @param genericModel the generic (unpersonalised) model file
 * @param coordinate the joint coordinate whose moment the muscles balance
 * @param muscles muscle names, model order
 * @param measured names of the muscles with envelopes
 * @param training trials to personalise and train on
 * @param heldOut trials to evaluate on
 * @param truth true parameters, or null when unknown
 */
public record SubjectData(String id, Path genericModel, String coordinate, List<String> muscles,
        List<String> measured, List<TrialData> training, List<TrialData> heldOut, TrueParameters truth) {

    /** Checks names and sizes. */
    public SubjectData {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(genericModel, "genericModel");
        muscles = List.copyOf(muscles);
        measured = List.copyOf(measured);
        training = List.copyOf(training);
        heldOut = List.copyOf(heldOut);
        for (String m : measured) {
            if (!muscles.contains(m)) {
                throw new NeuroMskException("subject " + id + ": measured muscle '" + m + "' is not in the model ("
                        + String.join(", ", muscles) + ")");
            }
        }
        if (training.isEmpty()) {
            throw new NeuroMskException("subject " + id + ": no training trials");
        }
        for (TrialData t : training) {
            check(id, t, muscles, measured);
        }
        for (TrialData t : heldOut) {
            check(id, t, muscles, measured);
        }
    }

    private static void check(String id, TrialData t, List<String> muscles, List<String> measured) {
        if (t.lengths().length != muscles.size()) {
            throw new NeuroMskException("subject " + id + ", trial " + t.name() + ": geometry of " + t.lengths().length
                    + " muscles, expected " + muscles.size());
        }
        for (int m = 0; m < muscles.size(); m++) {
            boolean has = t.envelopes()[m] != null;
            if (has != measured.contains(muscles.get(m))) {
                throw new NeuroMskException("subject " + id + ", trial " + t.name() + ": muscle " + muscles.get(m)
                        + (has ? " has an envelope but is not measured" : " is measured but has no envelope"));
            }
        }
    }

    /** @return the indices of the hidden (unmeasured) muscles */
    public int[] hiddenIndices() {
        return java.util.stream.IntStream.range(0, muscles.size()).filter(i -> !measured.contains(muscles.get(i)))
                .toArray();
    }

    /**
     * The values an estimator should recover.
     *
     * @param maxIsometricForce F_iso per muscle (N)
     * @param optimalFiberLength l_opt per muscle (m)
     * @param tendonSlackLength l_Ts per muscle (m)
     * @param emgScale excitation per unit envelope, per measured muscle
     * @param activationTimeConstant τ_act (s)
     * @param deactivationTimeConstant τ_deact (s)
     * @param emgDelay lead of the EMG over the excitation (s)
     */
    public record TrueParameters(Map<String, Double> maxIsometricForce, Map<String, Double> optimalFiberLength,
            Map<String, Double> tendonSlackLength, Map<String, Double> emgScale, double activationTimeConstant,
            double deactivationTimeConstant, double emgDelay) {

        /** Freezes the maps. */
        public TrueParameters {
            maxIsometricForce = Map.copyOf(maxIsometricForce);
            optimalFiberLength = Map.copyOf(optimalFiberLength);
            tendonSlackLength = Map.copyOf(tendonSlackLength);
            emgScale = Map.copyOf(emgScale);
        }
    }
}
