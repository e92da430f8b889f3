package org.neuromsk.estimator.nmm.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

import org.neuromsk.estimator.nmm.physics.BoundedVector;
import org.neuromsk.estimator.nmm.physics.ElectromechanicalDelay;
import org.neuromsk.estimator.nmm.physics.LinearisedActivation;
import org.neuromsk.estimator.nmm.physics.Scalars;
import org.neuromsk.estimator.nmm.physics.TendonEquilibrium;

/**
 * The neural musculoskeletal model: transformer encoder → excitations u = σ(·) of every muscle →
 * electromechanical delay → activation dynamics ({@link LinearisedActivation}, the tensor dynamics'
 * values and gradients at lower cost) → Hill muscles with compliant tendons in equilibrium → joint
 * moment Σ r·F_T. The personalised physical parameters and the hidden muscles'
 * synergy weights are parameters of this block (unbounded θ mapped into their bounds by
 * {@link BoundedVector}); the physical ones are frozen at their nominal values when the config does
 * not personalise.
 *
 * <p>Regularisation computed here (it needs those parameters): the prior
 * w_prior·Σ_groups Σ ((p − p₀)/(upper − lower))², and the synergy term
 * w_syn·mean_{t, h} (u_h − Σ_k W_hk·u_k)², which asks each hidden muscle to be a non-negative
 * combination of the measured muscles' excitations.
 */
public final class NmmBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    /** Name suffix of the network features that hold a muscle's envelope. */
    public static final String ENVELOPE_SUFFIX = "_envelope";
    /** Excitation a hidden muscle starts from. */
    static final double HIDDEN_BASE = 0.05;

    private final NmmNetworkConfig config;
    private final TransformerEncoder encoder;
    private final TendonEquilibrium equilibrium;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    /** A bounded parameter group and its unbounded array. */
    private record Group(BoundedVector bounds, Parameter theta) {
        NDArray value(NDManager scope, ParameterStore store, NDArray like, boolean training) {
            return bounds.value(scope, store.getValue(theta, like.getDevice(), training));
        }

        NDArray prior(NDManager scope, ParameterStore store, NDArray like, boolean training) {
            return bounds.priorPenalty(scope, store.getValue(theta, like.getDevice(), training));
        }

        double[] doubles() {
            return bounds.value(theta.getArray().toFloatArray());
        }
    }

    /**
     * Everything one evaluation computes, {@code [batch, time, muscle]} unless said otherwise.
     *
     * @param excitation u, aligned with the envelopes
     * @param delayedExcitation u shifted by the electromechanical delay: the excitation driving the muscles
     * @param activation a
     * @param tendonForce F_T (N)
     * @param moment joint moment (N·m), {@code [batch, time, 1]}
     * @param envelope u/scale
     * @param regularisation prior and synergy terms, a scalar
     */
    public record Evaluation(NDArray excitation, NDArray delayedExcitation, NDArray activation,
            NDArray tendonForce, NDArray moment, NDArray envelope, NDArray regularisation) {
    }

    /** @param config the network */
    public NmmBlock(NmmNetworkConfig config) {
        super(VERSION);
        this.config = config;
        int m = config.muscles().size();
        encoder = addChildBlock("encoder", new TransformerEncoder(m, config.modelSize(), config.heads(),
                config.layers(), config.feedForwardSize(), config.dropout()));
        equilibrium = new TendonEquilibrium(config.constants(), config.equilibriumPasses());
        for (BoundedVector b : config.physicalGroups()) {
            groups.put(b.name(), new Group(b, parameter(b, config.personalise())));
        }
        if (config.synergyWeights() != null) {
            groups.put(config.synergyWeights().name(), new Group(config.synergyWeights(),
                    parameter(config.synergyWeights(), config.learnSynergyWeights())));
        }
    }

    private Parameter parameter(BoundedVector bounds, boolean trainable) {
        float[] start = bounds.initialLogits();
        return addParameter(Parameter.builder().setName(bounds.name()).setType(Parameter.Type.OTHER)
                .optShape(new Shape(start.length))
                .optInitializer((manager, shape, dataType) -> manager.create(start).toType(dataType, false))
                .optRequiresGrad(trainable).build());
    }

    /** @return the config */
    public NmmNetworkConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        Evaluation e = evaluate(store, inputs.singletonOrThrow(), training);
        long batch = e.moment().getShape().get(0);
        long frames = e.moment().getShape().get(1);
        NDArray regularisation = e.regularisation().reshape(1, 1, 1).broadcast(new Shape(batch, frames, 1));
        return new NDList(NDArrays.concat(new NDList(e.envelope(), e.moment(), regularisation), 2));
    }

    /**
     * @param store parameter store
     * @param x inputs {@code [batch, time, inputWidth]} in raw units
     * @param training whether gradients are being recorded (dropout on)
     * @return every intermediate result
     */
    public Evaluation evaluate(ParameterStore store, NDArray x, boolean training) {
        int m = config.muscles().size();
        int features = config.networkFeatures().size();
        long batch = x.getShape().get(0);
        long frames = x.getShape().get(1);
        NDManager manager = x.getManager();
        NDArray mean = manager.create(floats(config.featureMean()));
        NDArray std = manager.create(floats(config.featureStd()));
        NDArray net = x.get(new NDIndex(":, :, 0:{}", features)).sub(mean).div(std);
        NDArray length = x.get(new NDIndex(":, :, {}:{}", features, features + m));
        NDArray speed = x.get(new NDIndex(":, :, {}:{}", features + m, features + 2 * m));
        NDArray arm = x.get(new NDIndex(":, :, {}:{}", features + 2 * m, features + 3 * m));

        NDArray scales = value("emg_scale", manager, store, x, training).mul(mask(manager, true))
                .add(mask(manager, false));
        NDArray logits = encoder.forward(store, new NDList(net), training).singletonOrThrow();
        NDArray u = Activation.sigmoid(logits.add(baseLogits(x, features, scales, manager, store, training)));

        NDArray maxForce = value("max_isometric_force", manager, store, x, training);
        NDArray optimal = value("optimal_fiber_length", manager, store, x, training);
        NDArray slack = value("tendon_slack_length", manager, store, x, training);
        NDArray tauA = value("activation_time_constant", manager, store, x, training);
        NDArray tauD = value("deactivation_time_constant", manager, store, x, training);
        NDArray delaySeconds = value("delay", manager, store, x, training);

        NDArray delayed = ElectromechanicalDelay.shift(u, delaySeconds, config.frameStep(), config.maxDelayFrames());
        NDArray activation = LinearisedActivation.simulate(delayed, tauA, tauD, minimumActivations(),
                config.frameStep(), config.activationSubsteps(), training);
        TendonEquilibrium.Solution solution = equilibrium.solve(activation.toFloatArray(), length.toFloatArray(),
                speed.toFloatArray(), (int) batch, (int) frames, config.frameStep(),
                groups.get("optimal_fiber_length").doubles(), groups.get("tendon_slack_length").doubles());
        NDArray tendonForce = equilibrium.tendonForce(activation, length, solution, maxForce, optimal, slack);
        NDArray moment = arm.mul(tendonForce).sum(new int[] {2}, true);
        NDArray envelope = u.div(scales);

        NDArray prior = null;
        for (Group g : groups.values()) {
            NDArray p = g.prior(manager, store, x, training);
            prior = prior == null ? p : prior.add(p);
        }
        NDArray regularisation = prior.mul(Scalars.of(x, config.priorWeight()));
        if (config.synergyWeights() != null && config.synergyWeight() > 0) {
            regularisation = regularisation.add(synergyPenalty(u, manager, store, x, training)
                    .mul(Scalars.of(x, config.synergyWeight())));
        }
        return new Evaluation(u, delayed, activation, tendonForce, moment, envelope, regularisation);
    }

    /**
     * The network's outputs are corrections Δ to base log-odds, u = σ(logit(p) + Δ), so that at
     * initialisation the model is EMG-driven and each physical parameter acts on the excitations
     * directly: a measured muscle's base is its envelope times its EMG-to-excitation scale,
     * p_k = s_k·e_k; a hidden muscle's base is the synergy combination p_h = Σ_k W_hk·s_k·e_k (or
     * {@value #HIDDEN_BASE} without synergy weights or envelope inputs). Bases are clamped to
     * [0.005, 0.95].
     */
    private NDArray baseLogits(NDArray x, int features, NDArray scales, NDManager manager, ParameterStore store,
            boolean training) {
        int m = config.muscles().size();
        int[] measured = indices(true);
        int[] hidden = indices(false);
        int[] featureOf = new int[measured.length];
        boolean envelopes = true;
        for (int j = 0; j < measured.length; j++) {
            featureOf[j] = config.networkFeatures().indexOf(config.muscles().get(measured[j]) + ENVELOPE_SUFFIX);
            envelopes &= featureOf[j] >= 0;
        }
        NDArray p;
        if (!envelopes || measured.length == 0) {
            float[] constant = new float[m];
            java.util.Arrays.fill(constant, (float) HIDDEN_BASE);
            p = manager.create(constant).reshape(1, 1, m).broadcast(new Shape(x.getShape().get(0),
                    x.getShape().get(1), m));
        } else {
            float[] pick = new float[features * measured.length];
            for (int j = 0; j < measured.length; j++) {
                pick[featureOf[j] * measured.length + j] = 1f;
            }
            NDArray e = x.get(new NDIndex(":, :, 0:{}", features))
                    .matMul(manager.create(pick, new Shape(features, measured.length)));
            NDArray measuredScales = scales.reshape(1, m).matMul(selection(manager, measured)).reshape(measured.length);
            NDArray driven = NDArrays.maximum(e, Scalars.of(x, 0)).mul(measuredScales);
            p = driven.matMul(selection(manager, measured).transpose());
            if (hidden.length > 0) {
                NDArray hiddenBase;
                if (config.synergyWeights() != null) {
                    NDArray w = value(config.synergyWeights().name(), manager, store, x, training)
                            .reshape(hidden.length, measured.length);
                    hiddenBase = driven.matMul(w.transpose());
                } else {
                    float[] constant = new float[hidden.length];
                    java.util.Arrays.fill(constant, (float) HIDDEN_BASE);
                    hiddenBase = driven.matMul(manager.zeros(new Shape(measured.length, hidden.length)))
                            .add(manager.create(constant));
                }
                p = p.add(hiddenBase.matMul(selection(manager, hidden).transpose()));
            }
        }
        NDArray clamped = NDArrays.minimum(NDArrays.maximum(p, Scalars.of(x, 0.005)), Scalars.of(x, 0.95));
        return clamped.div(Scalars.of(x, 1).sub(clamped)).log();
    }

    /** mean_{t, h} (u_h − Σ_k W_hk·u_k)² with W the synergy weights, rows hidden, columns measured. */
    private NDArray synergyPenalty(NDArray u, NDManager manager, ParameterStore store, NDArray x, boolean training) {
        int[] measured = indices(true);
        int[] hidden = indices(false);
        NDArray w = value(config.synergyWeights().name(), manager, store, x, training)
                .reshape(hidden.length, measured.length);
        NDArray uMeasured = u.matMul(selection(manager, measured));
        NDArray uHidden = u.matMul(selection(manager, hidden));
        NDArray combination = uMeasured.matMul(w.transpose());
        NDArray d = uHidden.sub(combination);
        return d.mul(d).mean();
    }

    /** @return the [muscles × chosen] matrix that picks the chosen muscles' columns */
    private NDArray selection(NDManager manager, int[] chosen) {
        int m = config.muscles().size();
        float[] p = new float[m * chosen.length];
        for (int j = 0; j < chosen.length; j++) {
            p[chosen[j] * chosen.length + j] = 1f;
        }
        return manager.create(p, new Shape(m, chosen.length));
    }

    private int[] indices(boolean measured) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < config.muscles().size(); i++) {
            if (config.measured().contains(config.muscles().get(i)) == measured) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private double[] minimumActivations() {
        return config.constants().stream().mapToDouble(c -> c.minimumActivation()).toArray();
    }

    private NDArray value(String group, NDManager manager, ParameterStore store, NDArray x, boolean training) {
        return groups.get(group).value(manager, store, x, training);
    }

    /**
     * @return the current values of every parameter group by name (F_iso, l_opt, l_Ts, EMG scale per
     *     muscle; τ_act, τ_deact, delay as one-value arrays; synergy weights hidden-major), in doubles
     */
    public Map<String, double[]> physicalValues() {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Group> e : groups.entrySet()) {
            out.put(e.getKey(), e.getValue().doubles());
        }
        return out;
    }

    /** @return 1 for the measured (or, with {@code measured} false, the hidden) muscles, else 0 */
    private NDArray mask(NDManager manager, boolean measured) {
        float[] mask = new float[config.muscles().size()];
        List<String> muscles = config.muscles();
        for (int i = 0; i < mask.length; i++) {
            mask[i] = config.measured().contains(muscles.get(i)) == measured ? 1f : 0f;
        }
        return manager.create(mask);
    }

    private static float[] floats(List<Double> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).floatValue();
        }
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), in.get(1), config.outputWidth())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        encoder.initialize(manager, dataType, new Shape(in.get(0), in.get(1), config.networkFeatures().size()));
    }
}
