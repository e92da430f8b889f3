package org.neuromsk.estimator.nmm;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;

/**
 * Everything that decides an NMM fit besides the data; read from JSON over {@link #defaults()}.
 *
 * @param modelSize transformer width
 * @param heads attention heads
 * @param layers encoder layers
 * @param feedForwardSize feed-forward width
 * @param dropout dropout rate
 * @param windowSeconds training window length (s)
 * @param strideSeconds step between training windows (s)
 * @param warmupSeconds start of each window left out of the loss while activation settles (s)
 * @param maxEpochs training epochs
 * @param batchSize windows per step
 * @param learningRate Adam step size
 * @param dataWeight weight of the measured-envelope term
 * @param physicsWeight weight of the moment term (0: the ablation without physics)
 * @param effortWeight weight of the hidden muscles' mean squared excitation
 * @param priorWeight weight of the pull of physical parameters towards the generic values
 * @param synergyWeight weight of the synergy term (hidden muscles as non-negative combinations of the
 *     measured ones; 0 for none)
 * @param parameterGain how many times faster than network weights the physical parameters move
 * @param learnSynergyWeights whether the synergy weights are learned (else kept at their start)
 * @param personalise false: the ablation with every physical parameter fixed at its generic value
 * @param envelopeInputs whether the network sees the measured envelopes
 * @param activationSubsteps activation-dynamics steps per frame
 * @param equilibriumPasses fibre–tendon equilibrium solves per evaluation
 * @param bounds parameter bounds
 * @param seed seed of initialisation and batch order
 */
public record NmmSettings(int modelSize, int heads, int layers, int feedForwardSize, double dropout,
        double windowSeconds, double strideSeconds, double warmupSeconds, int maxEpochs, int batchSize,
        double learningRate, double dataWeight, double physicsWeight, double effortWeight, double priorWeight,
        double synergyWeight, double parameterGain, boolean learnSynergyWeights, boolean personalise, boolean envelopeInputs, int activationSubsteps, int equilibriumPasses,
        ParameterBounds bounds, long seed) {

    /** Checks ranges. */
    public NmmSettings {
        if (bounds == null) {
            bounds = ParameterBounds.defaults();
        }
        if (!(windowSeconds > 0 && strideSeconds > 0 && warmupSeconds >= 0 && warmupSeconds < windowSeconds)
                || maxEpochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new NeuroMskException("nmm settings: need window > warm-up ≥ 0, stride > 0, maxEpochs ≥ 1,"
                    + " batchSize ≥ 1, learningRate > 0");
        }
    }

    /** @return the settings used unless a JSON says otherwise */
    public static NmmSettings defaults() {
        return new NmmSettings(32, 4, 2, 64, 0.0, 0.64, 0.08, 0.12, 40, 64, 3e-3, 1.0, 10.0, 0.0, 1.0, 100.0, 10.0,
                true, true, true, 4, 2, ParameterBounds.defaults(), 1);
    }

    /**
     * @param json a JSON object with any subset of the components
     * @return the settings, defaults for what the JSON leaves out
     */
    public static NmmSettings fromJson(String json) {
        return Json.overlay(defaults(), json, NmmSettings.class);
    }

    /** @return this as JSON */
    public String toJson() {
        return Json.gson().toJson(this);
    }

    /**
     * @param json a JSON object with the components to change
     * @return these settings with those components replaced
     */
    public NmmSettings with(String json) {
        return Json.overlay(this, json, NmmSettings.class);
    }

    /** @param newSeed the seed @return a copy with it */
    public NmmSettings withSeed(long newSeed) {
        return with("{\"seed\": " + newSeed + "}");
    }

    /** @param epochs the epoch count @return a copy with it */
    public NmmSettings withMaxEpochs(int epochs) {
        return with("{\"maxEpochs\": " + epochs + "}");
    }

    /** @return the ablation without the physics term (nothing left to personalise against) */
    public NmmSettings withoutPhysics() {
        return with("{\"physicsWeight\": 0, \"personalise\": false}");
    }

    /** @return the ablation with physical parameters fixed at the generic model's values */
    public NmmSettings withoutPersonalisation() {
        return with("{\"personalise\": false}");
    }
}
