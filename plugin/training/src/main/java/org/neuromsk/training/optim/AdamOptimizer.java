package org.neuromsk.training.optim;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import org.neuromsk.error.NeuroMskException;

/**
 * Adam whose moment estimates and step count can be saved and restored, so that a resumed run
 * continues exactly where it stopped. Each update is PyTorch's fused Adam kernel as DJL's own
 * {@code Adam} calls it (bias correction folded into the step size), which also clears the
 * gradient. Frozen parameters (no gradient) are skipped.
 */
public final class AdamOptimizer implements AutoCloseable {

    private final AdamConfig config;
    private final NDManager manager;
    private final List<Parameter> parameters = new ArrayList<>();
    private final List<NDArray> means = new ArrayList<>();
    private final List<NDArray> variances = new ArrayList<>();
    private long steps;

    /**
     * @param config settings
     * @param block an initialised block; its trainable parameters, in block order, are optimised
     * @param parent manager under which the moment arrays are kept
     */
    public AdamOptimizer(AdamConfig config, Block block, NDManager parent) {
        this.config = config;
        this.manager = parent.newSubManager();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            Parameter parameter = pair.getValue();
            if (parameter.requiresGradient()) {
                parameters.add(parameter);
                means.add(manager.zeros(parameter.getArray().getShape()));
                variances.add(manager.zeros(parameter.getArray().getShape()));
            }
        }
    }

    /** Applies one update to every trainable parameter from its current gradient. */
    public void step() {
        steps++;
        double coef1 = 1 - Math.pow(config.beta1(), steps);
        double coef2 = 1 - Math.pow(config.beta2(), steps);
        float lr = (float) config.learningRate();
        float lrCorrected = (float) (config.learningRate() * Math.sqrt(coef2) / coef1);
        for (int i = 0; i < parameters.size(); i++) {
            NDArray weight = parameters.get(i).getArray();
            try (NDArray gradient = weight.getGradient()) {
                weight.getNDArrayInternal().adamUpdate(
                        new NDList(weight, gradient, means.get(i), variances.get(i)), new NDList(weight), lr,
                        lrCorrected, (float) config.weightDecay(), 1f, -1f, (float) config.beta1(),
                        (float) config.beta2(), (float) config.epsilon(), true, config.decoupledWeightDecay());
            }
        }
    }

    /** @return number of updates made so far */
    public long steps() {
        return steps;
    }

    /** @return the first and second moments, parameter after parameter (m₀, v₀, m₁, v₁, …) */
    public NDList state() {
        NDList state = new NDList();
        for (int i = 0; i < parameters.size(); i++) {
            state.add(means.get(i));
            state.add(variances.get(i));
        }
        return state;
    }

    /**
     * @param state moments as returned by {@link #state()}
     * @param stepCount number of updates they correspond to
     * @throws NeuroMskException if the state does not fit these parameters
     */
    public void restore(NDList state, long stepCount) {
        if (state.size() != 2 * parameters.size()) {
            throw new NeuroMskException("optimizer state has " + state.size() + " arrays, expected " + 2 * parameters.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            NDArray m = state.get(2 * i);
            NDArray v = state.get(2 * i + 1);
            if (!m.getShape().equals(parameters.get(i).getArray().getShape()) || !v.getShape().equals(m.getShape())) {
                throw new NeuroMskException("optimizer state for " + parameters.get(i).getName() + " has shape "
                        + m.getShape() + ", expected " + parameters.get(i).getArray().getShape());
            }
            means.set(i, m.duplicate()).close();
            variances.set(i, v.duplicate()).close();
            means.get(i).attach(manager);
            variances.get(i).attach(manager);
        }
        this.steps = stepCount;
    }

    /** @return the settings */
    public AdamConfig config() {
        return config;
    }

    @Override
    public void close() {
        manager.close();
    }
}
