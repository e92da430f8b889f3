package org.neuromsk.estimator.nmm.net;

import java.util.List;

import ai.djl.nn.Block;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.physics.BoundedVector;
import org.neuromsk.estimator.nmm.physics.MuscleConstants;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.NetworkTypes;

/**
 * The neural musculoskeletal model of one subject, as the training core saves it ({@code network.json},
 * type {@value #TYPE}): the transformer's size, the input layout, the feature normalisation, the
 * muscles' fixed properties and the bounded personalised parameters with their nominal values.
 *
 * <p>Input per frame: {@code networkFeatures} (normalised with {@code featureMean}/{@code featureStd}
 * inside the block), then l_MT, l̇_MT and the moment arm of every muscle (m, m/s, m). Output per frame:
 * the envelope of every muscle (excitation/scale; hidden muscles have scale 1), the joint moment
 * (N·m) and the prior penalty. The training core must run with input and target normalisation off.
 *
 * @param muscles muscle names, model order
 * @param measured names of the muscles with a measured envelope
 * @param networkFeatures names of the per-frame network inputs
 * @param featureMean their means (for z-scoring)
 * @param featureStd their standard deviations
 * @param frameStep time between frames (s)
 * @param modelSize transformer width d
 * @param heads attention heads
 * @param layers encoder layers
 * @param feedForwardSize feed-forward width
 * @param dropout dropout rate
 * @param constants the muscles' fixed properties, model order
 * @param maxIsometricForce F_iso (N) per muscle
 * @param optimalFiberLength l_opt (m) per muscle
 * @param tendonSlackLength l_Ts (m) per muscle
 * @param emgScale EMG-to-excitation scale per muscle (hidden muscles: unused, stays nominal)
 * @param activationTimeConstant τ_act (s), one value
 * @param deactivationTimeConstant τ_deact (s), one value
 * @param delay electromechanical delay (s), one value
 * @param synergyWeights W, hidden-major (one row per hidden muscle, one column per measured muscle in
 *     model order); null for no synergy term
 * @param personalise false to keep every physical parameter at its nominal value
 * @param priorWeight weight of the pull towards the nominal values
 * @param synergyWeight weight of the synergy term
 * @param learnSynergyWeights false to keep the synergy weights at their starting values
 * @param activationSubsteps integration steps per frame of the activation dynamics
 * @param equilibriumPasses fibre–tendon equilibrium solves per evaluation
 */
public record NmmNetworkConfig(List<String> muscles, List<String> measured, List<String> networkFeatures,
        List<Double> featureMean, List<Double> featureStd, double frameStep, int modelSize, int heads, int layers,
        int feedForwardSize, double dropout, List<MuscleConstants> constants, BoundedVector maxIsometricForce,
        BoundedVector optimalFiberLength, BoundedVector tendonSlackLength, BoundedVector emgScale,
        BoundedVector activationTimeConstant, BoundedVector deactivationTimeConstant, BoundedVector delay,
        BoundedVector synergyWeights, boolean personalise, double priorWeight, double synergyWeight,
        boolean learnSynergyWeights, int activationSubsteps, int equilibriumPasses)
        implements NetworkConfig {

    /** JSON type name. */
    public static final String TYPE = "nmm";

    static {
        NetworkTypes.register(TYPE, NmmNetworkConfig.class);
    }

    /** Checks sizes and copies the lists. */
    public NmmNetworkConfig {
        muscles = List.copyOf(muscles);
        measured = List.copyOf(measured);
        networkFeatures = List.copyOf(networkFeatures);
        featureMean = List.copyOf(featureMean);
        featureStd = List.copyOf(featureStd);
        constants = List.copyOf(constants);
        int m = muscles.size();
        if (m == 0) {
            throw new NeuroMskException("nmm: no muscles");
        }
        for (String name : measured) {
            if (!muscles.contains(name)) {
                throw new NeuroMskException("nmm: measured muscle '" + name + "' is not one of " + muscles);
            }
        }
        if (featureMean.size() != networkFeatures.size() || featureStd.size() != networkFeatures.size()) {
            throw new NeuroMskException("nmm: " + networkFeatures.size() + " features but " + featureMean.size()
                    + " means and " + featureStd.size() + " standard deviations");
        }
        for (double s : featureStd) {
            if (!(s > 0)) {
                throw new NeuroMskException("nmm: feature standard deviations must be > 0, got " + featureStd);
            }
        }
        if (constants.size() != m) {
            throw new NeuroMskException("nmm: " + constants.size() + " muscle constant sets for " + m + " muscles");
        }
        for (int i = 0; i < m; i++) {
            if (!constants.get(i).name().equals(muscles.get(i))) {
                throw new NeuroMskException("nmm: constants of muscle " + i + " are for '" + constants.get(i).name()
                        + "', not '" + muscles.get(i) + "'");
            }
        }
        for (BoundedVector v : List.of(maxIsometricForce, optimalFiberLength, tendonSlackLength, emgScale)) {
            if (v.size() != m) {
                throw new NeuroMskException("nmm: parameter group " + v.name() + " has " + v.size() + " entries for "
                        + m + " muscles");
            }
        }
        for (BoundedVector v : List.of(activationTimeConstant, deactivationTimeConstant, delay)) {
            if (v.size() != 1) {
                throw new NeuroMskException("nmm: parameter " + v.name() + " must have one value");
            }
        }
        if (synergyWeights != null) {
            int hidden = m - (int) muscles.stream().filter(measured::contains).count();
            int expected = hidden * (m - hidden);
            if (synergyWeights.size() != expected) {
                throw new NeuroMskException("nmm: " + synergyWeights.size() + " synergy weights, expected " + expected
                        + " (hidden × measured muscles)");
            }
        }
        if (!(synergyWeight >= 0)) {
            throw new NeuroMskException("nmm: synergyWeight must be ≥ 0, got " + synergyWeight);
        }
        if (delay.lower().get(0) < 0) {
            throw new NeuroMskException("nmm: delay bounds must not be negative, got " + delay.lower().get(0));
        }
        if (!(frameStep > 0) || modelSize < 2 || modelSize % 2 != 0 || heads < 1 || modelSize % heads != 0
                || layers < 1 || feedForwardSize < 1 || !(dropout >= 0 && dropout < 1) || !(priorWeight >= 0)
                || activationSubsteps < 1 || equilibriumPasses < 1) {
            throw new NeuroMskException("nmm: need frameStep > 0, an even modelSize divisible by heads, layers ≥ 1,"
                    + " feedForwardSize ≥ 1, dropout in [0, 1), priorWeight ≥ 0, activationSubsteps ≥ 1,"
                    + " equilibriumPasses ≥ 1");
        }
    }

    /** Makes sure the type is registered before a saved model is read. */
    public static void register() {
        NetworkTypes.register(TYPE, NmmNetworkConfig.class);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Block build() {
        return new NmmBlock(this);
    }

    /**
     * @return this network with every physical parameter and synergy weight kept at the values it is
     *     given (for refining only the transformer on a new trial of an already personalised subject)
     */
    public NmmNetworkConfig frozen() {
        return new NmmNetworkConfig(muscles, measured, networkFeatures, featureMean, featureStd, frameStep, modelSize,
                heads, layers, feedForwardSize, dropout, constants, maxIsometricForce, optimalFiberLength,
                tendonSlackLength, emgScale, activationTimeConstant, deactivationTimeConstant, delay, synergyWeights,
                false, priorWeight, synergyWeight, false, activationSubsteps, equilibriumPasses);
    }

    /** @return the physical parameter groups, in a fixed order */
    public List<BoundedVector> physicalGroups() {
        return List.of(maxIsometricForce, optimalFiberLength, tendonSlackLength, emgScale, activationTimeConstant,
                deactivationTimeConstant, delay);
    }

    /** @return values per input frame */
    public int inputWidth() {
        return networkFeatures.size() + 3 * muscles.size();
    }

    /** @return values per output frame: envelopes, moment, prior */
    public int outputWidth() {
        return muscles.size() + 2;
    }

    /** @return the largest whole-frame shift the delay can need */
    public int maxDelayFrames() {
        return (int) Math.ceil(delay.upper().get(0) / frameStep);
    }

    @Override
    public void checkShapes(int[] inputShape, int[] targetShape) {
        if (inputShape.length != 2 || inputShape[1] != inputWidth()) {
            throw new NeuroMskException("nmm expects inputs of shape [frames, " + inputWidth() + "], got "
                    + java.util.Arrays.toString(inputShape));
        }
        if (targetShape.length != 2 || targetShape[0] != inputShape[0] || targetShape[1] != outputWidth()) {
            throw new NeuroMskException("nmm gives outputs of shape [" + inputShape[0] + ", " + outputWidth()
                    + "], the targets have shape " + java.util.Arrays.toString(targetShape));
        }
    }
}
