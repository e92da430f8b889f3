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
 * @param momentInput whether the network also sees the inverse-dynamics moment (N·m), a function of the
 *     kinematics and the load through the model, known wherever the physics term is
 * @param activationSubsteps activation-dynamics steps per frame
 * @param equilibriumPasses fibre–tendon equilibrium solves per evaluation
 * @param envelopeCutoff cut-off of the envelope chain's zero-phase Butterworth low-pass (Hz): the data
 *     term compares the measured envelopes with the predicted excitations low-passed this way (0: off,
 *     u/s is compared directly). The default, 6 Hz, is the virtual subjects' chain
 *     ({@code SyntheticEmg.ENVELOPE_CUTOFF}, written to {@code virtual_subjects.json} as
 *     {@code envelope_chain})
 * @param envelopeOrder Butterworth order of that low-pass (the virtual subjects': 4)
 * @param envelopeEdgeSeconds end of each window left out of the data term when the low-pass is on,
 *     where the window's filter misses the signal beyond the window (s)
 * @param refineEpochs passes of test-time refinement over each new trial before it is predicted
 *     ({@link NmmFit#refine}; 0: the network predicts new trials as trained)
 * @param refineLearningRate Adam step size of that refinement
 * @param bounds parameter bounds
 * @param seed seed of initialisation and batch order
 */
public record NmmSettings(int modelSize, int heads, int layers, int feedForwardSize, double dropout,
        double windowSeconds, double strideSeconds, double warmupSeconds, int maxEpochs, int batchSize,
        double learningRate, double dataWeight, double physicsWeight, double effortWeight, double priorWeight,
        double synergyWeight, double parameterGain, boolean learnSynergyWeights, boolean personalise,
        boolean envelopeInputs, boolean momentInput, int activationSubsteps, int equilibriumPasses,
        double envelopeCutoff, int envelopeOrder, double envelopeEdgeSeconds, int refineEpochs,
        double refineLearningRate, ParameterBounds bounds, long seed) {

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
        if (refineEpochs < 0 || !(refineLearningRate > 0)) {
            throw new NeuroMskException("nmm settings: need refineEpochs ≥ 0 and refineLearningRate > 0, got "
                    + refineEpochs + " and " + refineLearningRate);
        }
        if (!(envelopeCutoff >= 0) || envelopeCutoff > 0 && (envelopeOrder < 1
                || !(envelopeEdgeSeconds >= 0 && warmupSeconds + envelopeEdgeSeconds < windowSeconds))) {
            throw new NeuroMskException("nmm settings: envelopeCutoff must be ≥ 0 (Hz, 0 = off); when on,"
                    + " envelopeOrder ≥ 1 and 0 ≤ envelopeEdgeSeconds < windowSeconds − warmupSeconds; got "
                    + envelopeCutoff + " Hz, order " + envelopeOrder + ", edge " + envelopeEdgeSeconds + " s");
        }
    }

    /** Default {@link #envelopeEdgeSeconds()} (s). */
    static final double EDGE_SECONDS = 0.12;

    /** @return the settings used unless a JSON says otherwise */
    public static NmmSettings defaults() {
        return new NmmSettings(32, 4, 2, 64, 0.0, 0.64, 0.08, 0.12, 40, 64, 6e-3, 1.0, 10.0, 0.0, 1.0, 100.0, 10.0,
                true, true, true, true, 4, 2, 6.0, 4, EDGE_SECONDS, 100, 2e-3, ParameterBounds.defaults(), 1);
    }

    /**
     * The defaults as they were when the pipeline estimator's 90 % interval calibration and the
     * real-data report were measured (docs/nmm.md): no envelope low-pass, learning rate 3e−3, no moment
     * input, no test-time refinement. Those results hold for these settings; recalibrate
     * ({@code CalibrateIntervals}) and rerun the real-data report before moving them to {@link #defaults()}.
     *
     * @return those settings
     */
    public static NmmSettings calibratedDefaults() {
        return defaults().with("{\"envelopeCutoff\": 0, \"learningRate\": 3e-3, \"momentInput\": false,"
                + " \"refineEpochs\": 0}");
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

    /** @return a copy without the envelope measurement model (for envelopes from an unknown chain) */
    public NmmSettings withoutEnvelopeLowPass() {
        return with("{\"envelopeCutoff\": 0}");
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
