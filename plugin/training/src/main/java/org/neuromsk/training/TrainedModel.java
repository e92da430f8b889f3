package org.neuromsk.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.Networks;
import org.neuromsk.training.norm.Normalisers;

/**
 * A network with its parameters, normalisers and metadata, living in its own native memory; close
 * it to free that. Save it with {@link #save(Path)}, load it with {@link #load(Path)}, predict with
 * {@link #predictor()}.
 */
public final class TrainedModel implements AutoCloseable {

    private final NetworkConfig network;
    private final Block block;
    private final NDManager manager;
    private final Normalisers normalisers;
    private ModelMetadata metadata;

    TrainedModel(NetworkConfig network, Block block, NDManager manager, Normalisers normalisers,
            ModelMetadata metadata) {
        this.network = network;
        this.block = block;
        this.manager = manager;
        this.normalisers = normalisers;
        this.metadata = metadata;
    }

    /**
     * @param dir a model folder written by {@link #save(Path)}
     * @return the model
     * @throws org.neuromsk.io.FileFormatException naming the missing or bad file
     */
    public static TrainedModel load(Path dir) {
        return ModelDirectory.load(dir);
    }

    /**
     * Writes the model folder atomically, replacing an earlier model folder at that path.
     *
     * @param dir the folder
     */
    public void save(Path dir) {
        ModelDirectory.save(this, dir);
    }

    /** @return a predictor on this model (closing it leaves the model open) */
    public Predictor predictor() {
        return new Predictor(this, false);
    }

    /** @return the network description */
    public NetworkConfig network() {
        return network;
    }

    /** @return the DJL block holding the parameters (for fine-tuning and parameter transfer) */
    public Block block() {
        return block;
    }

    /** @return the input and target transforms */
    public Normalisers normalisers() {
        return normalisers;
    }

    /** @return the metadata */
    public synchronized ModelMetadata metadata() {
        return metadata;
    }

    /**
     * @param key property name
     * @param value property value, saved in {@code model.json}
     */
    public synchronized void putProperty(String key, String value) {
        metadata = metadata.withProperty(key, value);
    }

    synchronized void setMetadata(ModelMetadata replacement) {
        metadata = replacement;
    }

    /** @return number of trainable parameter values */
    public long parameterCount() {
        return Networks.parameterCount(block);
    }

    /**
     * @return an independent copy (same network, parameters, normalisers and metadata, its own native
     *     memory), e.g. to share one pre-trained network among several fine-tunings that each own theirs
     */
    public TrainedModel copy() {
        NDManager copyManager = TorchRuntime.newManager();
        try {
            Block copyBlock = ModelDirectory.build(network, copyManager, metadata().inputShape());
            decode(copyBlock, copyManager, parameterBytes());
            return new TrainedModel(network, copyBlock, copyManager, normalisers, metadata());
        } catch (IOException | MalformedModelException | RuntimeException e) {
            copyManager.close();
            throw new NeuroMskException("cannot copy the model: " + TorchRuntime.oneLine(e), e);
        }
    }

    NDManager manager() {
        return manager;
    }

    /** @return the parameters in DJL's binary encoding */
    byte[] parameterBytes() {
        return encode(block);
    }

    static byte[] encode(Block block) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            block.saveParameters(out);
        } catch (IOException e) {
            throw new NeuroMskException("cannot encode parameters: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Replaces the block's parameter values by decoded ones, keeping trainable parameters trainable.
     *
     * @throws IOException if the bytes are truncated
     * @throws MalformedModelException if they do not match the block
     */
    static void decode(Block block, NDManager manager, byte[] bytes) throws IOException, MalformedModelException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            block.loadParameters(manager, in);
            if (in.available() > 0) {
                throw new MalformedModelException(in.available() + " bytes left after the last parameter");
            }
        }
        for (Pair<String, Parameter> pair : block.getParameters()) {
            if (pair.getValue().requiresGradient()) {
                pair.getValue().getArray().setRequiresGradient(true);
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
