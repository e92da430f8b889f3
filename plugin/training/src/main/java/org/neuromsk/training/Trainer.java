package org.neuromsk.training;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.data.SampleSet;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.loss.LossFunction;
import org.neuromsk.training.loss.Losses;
import org.neuromsk.training.loss.TrainingBatch;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.Networks;
import org.neuromsk.training.norm.Normalisers;
import org.neuromsk.training.optim.AdamOptimizer;

/**
 * Trains a network with Adam on mini-batches, on the CPU, reproducibly: the same seed, data and
 * config give the same loss history bit for bit. Each epoch visits the training samples in an order
 * drawn from the seed and the epoch number, reseeds PyTorch's generator likewise (dropout), then
 * measures the validation loss; training stops after {@code maxEpochs} or when the validation loss
 * has not improved for {@code patience} epochs, and ends with the best parameters when asked.
 *
 * <p>One training runs at a time in a JVM (DJL's PyTorch gradient recording is process-wide).
 *
 * <pre>{@code
 * Trainer trainer = Trainer.builder(TrainingConfig.defaults().withSeed(7)).checkpoints(Path.of("ckpt")).build();
 * try (TrainingResult result = trainer.fit(MlpConfig.of(3, 2, Activation.TANH, 32, 32), train, validation)) {
 *     result.model().save(Path.of("model"));
 * }
 * }</pre>
 */
public final class Trainer {

    private final TrainingConfig config;
    private final LossFunction loss;
    private final Path checkpointDir;
    private final boolean quiet;
    private final Consumer<EpochLoss> listener;
    private final Consumer<Block> warmStart;
    private final Normalisers normalisers;

    private Trainer(Builder builder) {
        this.config = builder.config;
        this.loss = builder.loss;
        this.checkpointDir = builder.checkpointDir;
        this.quiet = builder.quiet;
        this.listener = builder.listener;
        this.warmStart = builder.warmStart;
        this.normalisers = builder.normalisers;
    }

    /**
     * @param config the training config
     * @return a builder (loss: mean squared error; progress bar on; no checkpoints)
     */
    public static Builder builder(TrainingConfig config) {
        return new Builder(config);
    }

    /**
     * Trains a new network from seeded random parameters.
     *
     * @param network the network to build
     * @param train training samples (normalisers are fitted on them)
     * @param validation validation samples, or null (no early stopping then)
     * @return the trained model and its history
     */
    public TrainingResult fit(NetworkConfig network, SampleSet train, SampleSet validation) {
        TorchRuntime.engine();
        network.checkShapes(train.inputShape(), train.targetShape());
        checkSameKind(train, validation);
        Normalisers norms = normalisers != null ? normalisers
                : Normalisers.fit(train, config.normaliseInputs(), config.normaliseTargets());
        NDManager manager = TorchRuntime.newManager();
        try {
            Block block = network.build();
            TorchRuntime.seed(Seeds.torch(config.seed(), 0));
            Networks.initialize(block, manager, train.inputShape());
            if (warmStart != null) {
                warmStart.accept(block);
                keepTrainable(block);
            }
            ModelMetadata metadata = metadata(train, Networks.parameterCount(block), RunState.start(config, loss.name()));
            TrainedModel model = new TrainedModel(network, block, manager, norms, metadata);
            AdamOptimizer adam = new AdamOptimizer(config.adam(), block, manager);
            return run(model, adam, RunState.start(config, loss.name()), null, train, validation);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Continues a run from its checkpoint folder with this trainer's config, which may change only
     * the stopping rules (e.g. more epochs) and the checkpoint interval.
     *
     * @param checkpoint a checkpoint folder written by an earlier run
     * @param train the same training samples as that run
     * @param validation the same validation samples, or null
     * @return the model and the whole history, earlier epochs included
     */
    public TrainingResult resume(Path checkpoint, SampleSet train, SampleSet validation) {
        TorchRuntime.engine();
        Checkpoint.Loaded loaded = Checkpoint.read(checkpoint);
        TrainedModel model = loaded.model();
        try {
            RunState state = loaded.state();
            if (!config.continues(state.config())) {
                throw new NeuroMskException(checkpoint + ": the checkpoint was trained with " + state.config()
                        + "; resuming needs the same batch size, optimizer, normalisation and seed");
            }
            if (!loss.name().equals(state.loss())) {
                throw new NeuroMskException(checkpoint + ": the checkpoint was trained with loss " + state.loss()
                        + ", not " + loss.name());
            }
            model.network().checkShapes(train.inputShape(), train.targetShape());
            checkSameKind(train, validation);
            if (!Arrays.equals(train.inputShape(), model.metadata().inputShape())
                    || !train.inputNames().equals(model.metadata().inputNames())
                    || !train.targetNames().equals(model.metadata().targetNames())) {
                throw new NeuroMskException(checkpoint + ": the training samples differ in shape or feature names"
                        + " from the checkpoint's");
            }
            AdamOptimizer adam = new AdamOptimizer(config.adam(), model.block(), model.manager());
            Checkpoint.restoreOptimizer(checkpoint, adam, state.optimizerSteps(), model);
            return run(model, adam, state.withConfig(config), loaded.best(), train, validation);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private TrainingResult run(TrainedModel model, AdamOptimizer adam, RunState start, byte[] bestSoFar,
            SampleSet train, SampleSet validation) {
        Normalisers norms = model.normalisers();
        Data trainData = new Data(norms, train);
        Data validationData = validation == null ? null : new Data(norms, validation);
        Engine engine = TorchRuntime.engine();
        RunState state = start;
        byte[] best = bestSoFar;
        StopReason reason = StopReason.MAX_EPOCHS;
        int batches = (train.size() + config.batchSize() - 1) / config.batchSize();
        long steps = Math.max(0, (long) (config.maxEpochs() - state.epochsDone()) * batches);
        try (adam; ProgressDisplay progress = quiet ? ProgressDisplay.quiet()
                : ProgressDisplay.console(steps, config.maxEpochs())) {
            if (stopsEarly(state, validationData)) {
                reason = StopReason.EARLY_STOPPING;
            }
            for (int epoch = state.epochsDone() + 1; epoch <= config.maxEpochs() && reason == StopReason.MAX_EPOCHS;
                    epoch++) {
                long began = System.nanoTime();
                TorchRuntime.seed(Seeds.torch(config.seed(), epoch));
                int[] order = Seeds.order(train.size(), config.seed(), epoch);
                double sum = 0;
                for (int from = 0; from < order.length; from += config.batchSize()) {
                    int to = Math.min(order.length, from + config.batchSize());
                    float value = trainStep(engine, model, adam, trainData, order, from, to);
                    if (!Float.isFinite(value)) {
                        throw new NeuroMskException("training diverged: loss " + value + " in epoch " + epoch
                                + " (try a lower learning rate)");
                    }
                    sum += (double) value * (to - from);
                    progress.step();
                }
                double validationLoss = validationData == null ? Double.NaN : evaluate(model, validationData);
                EpochLoss record = new EpochLoss(epoch, sum / train.size(), validationLoss,
                        (System.nanoTime() - began) / 1e9);
                state = state.after(record, adam.steps());
                if (state.lastImproved()) {
                    best = model.parameterBytes();
                }
                progress.epochDone(record);
                if (listener != null) {
                    listener.accept(record);
                }
                if (stopsEarly(state, validationData)) {
                    reason = StopReason.EARLY_STOPPING;
                }
                boolean last = epoch == config.maxEpochs() || reason == StopReason.EARLY_STOPPING;
                if (checkpointDir != null && (epoch % config.checkpointEvery() == 0 || last)) {
                    model.setMetadata(metadata(train, model.parameterCount(), state));
                    Checkpoint.write(checkpointDir, model, validationData == null ? null : best, adam, state);
                }
            }
        }
        if (validationData != null && config.restoreBest() && best != null && state.bestEpoch() != state.epochsDone()) {
            try {
                TrainedModel.decode(model.block(), model.manager(), best);
            } catch (java.io.IOException | ai.djl.MalformedModelException e) {
                throw new NeuroMskException("cannot restore the best parameters: " + e.getMessage(), e);
            }
        }
        model.setMetadata(metadata(train, model.parameterCount(), state));
        int bestEpoch = validationData == null || state.bestEpoch() == 0 ? state.epochsDone() : state.bestEpoch();
        return new TrainingResult(model, state.history(), reason, bestEpoch);
    }

    private float trainStep(Engine engine, TrainedModel model, AdamOptimizer adam, Data data, int[] order, int from,
            int to) {
        float value;
        try (NDManager scope = model.manager().newSubManager(Device.cpu())) {
            NDArray x = scope.create(Batches.gather(data.inputs, data.inputWidth, order, from, to),
                    Batches.shape(to - from, data.inputShape));
            NDArray y = scope.create(Batches.gather(data.targets, data.targetWidth, order, from, to),
                    Batches.shape(to - from, data.targetShape));
            TrainingBatch batch = new TrainingBatch(x, Arrays.copyOfRange(order, from, to), true, model.normalisers());
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray predictions = forward(model.block(), scope, x, y.getShape(), true);
                NDArray value0 = scalar(loss.compute(predictions, y, batch));
                collector.backward(value0);
                value = value0.getFloat();
            }
            adam.step();
        }
        return value;
    }

    /** @return sample-weighted mean loss over the data, in evaluation mode */
    private double evaluate(TrainedModel model, Data data) {
        double sum = 0;
        int[] order = new int[data.size];
        Arrays.setAll(order, i -> i);
        for (int from = 0; from < data.size; from += config.batchSize()) {
            int to = Math.min(data.size, from + config.batchSize());
            try (NDManager scope = model.manager().newSubManager(Device.cpu())) {
                NDArray x = scope.create(Batches.gather(data.inputs, data.inputWidth, order, from, to),
                        Batches.shape(to - from, data.inputShape));
                NDArray y = scope.create(Batches.gather(data.targets, data.targetWidth, order, from, to),
                        Batches.shape(to - from, data.targetShape));
                TrainingBatch batch = new TrainingBatch(x, Arrays.copyOfRange(order, from, to), false,
                        model.normalisers());
                NDArray predictions = forward(model.block(), scope, x, y.getShape(), false);
                sum += (double) scalar(loss.compute(predictions, y, batch)).getFloat() * (to - from);
            }
        }
        return sum / data.size;
    }

    private static NDArray forward(Block block, NDManager scope, NDArray x, Shape targetShape, boolean training) {
        NDArray out = block.forward(new ParameterStore(scope, false), new NDList(x), training).singletonOrThrow();
        if (out.getShape().equals(targetShape)) {
            return out;
        }
        if (out.size() == targetShape.size()) {
            return out.reshape(targetShape);
        }
        throw new NeuroMskException("the network gives outputs of shape " + out.getShape() + " for targets of shape "
                + targetShape);
    }

    private NDArray scalar(NDArray value) {
        if (value.size() != 1) {
            throw new NeuroMskException("loss " + loss.name() + " returned shape " + value.getShape()
                    + ", expected a scalar");
        }
        return value;
    }

    private boolean stopsEarly(RunState state, Data validation) {
        return validation != null && config.patience() > 0 && state.epochsWithoutImprovement() >= config.patience();
    }

    private ModelMetadata metadata(SampleSet train, long parameterCount, RunState state) {
        int bestEpoch = state.bestEpoch() == 0 ? state.epochsDone() : state.bestEpoch();
        StopReason reason = config.patience() > 0 && state.epochsWithoutImprovement() >= config.patience()
                && state.bestEpoch() > 0 ? StopReason.EARLY_STOPPING : StopReason.MAX_EPOCHS;
        return new ModelMetadata(ModelMetadata.FORMAT_VERSION, "NeuroMSK training core", Engine.getDjlVersion(),
                TorchRuntime.pytorchVersion(), train.inputShape(), train.targetShape(), train.inputNames(),
                train.targetNames(), parameterCount, loss.name(), state.config(), state.history(), bestEpoch, reason,
                null, java.util.Map.of());
    }

    private static void checkSameKind(SampleSet train, SampleSet validation) {
        if (validation != null && (!Arrays.equals(train.inputShape(), validation.inputShape())
                || !Arrays.equals(train.targetShape(), validation.targetShape())
                || !train.inputNames().equals(validation.inputNames())
                || !train.targetNames().equals(validation.targetNames()))) {
            throw new NeuroMskException("validation samples differ from the training samples in shape or feature names");
        }
    }

    /** Makes parameters that should train trainable again after a warm start replaced their arrays. */
    private static void keepTrainable(Block block) {
        for (Pair<String, Parameter> pair : block.getParameters()) {
            Parameter parameter = pair.getValue();
            if (parameter.requiresGradient() && !parameter.getArray().hasGradient()) {
                parameter.getArray().setRequiresGradient(true);
            }
        }
    }

    /** Normalised samples as flat arrays. */
    private static final class Data {
        final float[] inputs;
        final float[] targets;
        final int[] inputShape;
        final int[] targetShape;
        final int inputWidth;
        final int targetWidth;
        final int size;

        Data(Normalisers normalisers, SampleSet samples) {
            inputs = normalisers.inputs().apply(samples.inputs());
            targets = normalisers.targets().apply(samples.targets());
            inputShape = samples.inputShape();
            targetShape = samples.targetShape();
            inputWidth = samples.inputSize();
            targetWidth = samples.targetSize();
            size = samples.size();
        }
    }

    /** Builds a {@link Trainer}. */
    public static final class Builder {
        private final TrainingConfig config;
        private LossFunction loss = Losses.meanSquaredError();
        private Path checkpointDir;
        private boolean quiet;
        private Consumer<EpochLoss> listener;
        private Consumer<Block> warmStart;
        private Normalisers normalisers;

        private Builder(TrainingConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * @param lossFunction the objective (default: mean squared error)
         * @return this builder
         */
        public Builder loss(LossFunction lossFunction) {
            this.loss = Objects.requireNonNull(lossFunction, "loss");
            return this;
        }

        /**
         * @param dir folder replaced by a checkpoint every {@code checkpointEvery} epochs and at the end
         * @return this builder
         */
        public Builder checkpoints(Path dir) {
            this.checkpointDir = dir;
            return this;
        }

        /**
         * @param noProgressBar true to print nothing
         * @return this builder
         */
        public Builder quiet(boolean noProgressBar) {
            this.quiet = noProgressBar;
            return this;
        }

        /**
         * @param onEpoch called after every epoch with its losses
         * @return this builder
         */
        public Builder onEpoch(Consumer<EpochLoss> onEpoch) {
            this.listener = onEpoch;
            return this;
        }

        /**
         * @param initializer called by {@link #fit} after the seeded initialisation and before training,
         *     to copy in pre-trained parameters or freeze some ({@code Parameter.freeze(true)})
         * @return this builder
         */
        public Builder warmStart(Consumer<Block> initializer) {
            this.warmStart = initializer;
            return this;
        }

        /**
         * @param fixed normalisers to use instead of fitting them on the training samples (e.g. those
         *     of a pre-trained model being fine-tuned)
         * @return this builder
         */
        public Builder normalisers(Normalisers fixed) {
            this.normalisers = fixed;
            return this;
        }

        /** @return the trainer */
        public Trainer build() {
            return new Trainer(this);
        }
    }
}
