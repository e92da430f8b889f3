package org.neuromsk.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.Pair;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.model.Networks;
import org.neuromsk.training.norm.Normalisers;

/**
 * The model folder layout:
 * <ul>
 * <li>{@value #NETWORK}: the network config with its {@code "type"};</li>
 * <li>{@value #PARAMETERS}: the parameter values in DJL's binary encoding;</li>
 * <li>{@value #NORMALISERS}: the input and target z-scores;</li>
 * <li>{@value #METADATA}: shapes, feature names, training config and history, checksum of the parameters.</li>
 * </ul>
 */
public final class ModelDirectory {

    /** Network config file. */
    public static final String NETWORK = "network.json";
    /** Parameter file. */
    public static final String PARAMETERS = "parameters.params";
    /** Normaliser file. */
    public static final String NORMALISERS = "normalisers.json";
    /** Metadata file; its presence marks a model folder. */
    public static final String METADATA = "model.json";

    private ModelDirectory() {
    }

    /**
     * @param model the model
     * @param dir the folder to create or replace
     */
    public static void save(TrainedModel model, Path dir) {
        byte[] parameters = model.parameterBytes();
        AtomicDirectory.replace(dir, METADATA, folder -> writeFiles(folder, model, parameters));
    }

    /** Writes the four files into an existing folder, the metadata last. */
    static void writeFiles(Path folder, TrainedModel model, byte[] parameters) throws IOException {
        Files.write(folder.resolve(PARAMETERS), parameters);
        Files.writeString(folder.resolve(NETWORK), Json.gson().toJson(model.network(), NetworkConfig.class) + "\n");
        Files.writeString(folder.resolve(NORMALISERS), Json.gson().toJson(model.normalisers()) + "\n");
        Files.writeString(folder.resolve(METADATA),
                Json.gson().toJson(model.metadata().withParametersSha256(sha256(parameters))) + "\n");
    }

    /**
     * @param dir a model folder
     * @return the model, ready to predict or to fine-tune
     * @throws FileFormatException naming the folder or the file that is missing or bad
     */
    public static TrainedModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "model folder not found");
        }
        NetworkConfig network = Json.read(dir.resolve(NETWORK), NetworkConfig.class);
        Normalisers normalisers = Json.read(dir.resolve(NORMALISERS), Normalisers.class);
        Path metadataFile = dir.resolve(METADATA);
        ModelMetadata metadata = Json.read(metadataFile, ModelMetadata.class);
        check(metadata, metadataFile);
        check(network, normalisers, metadata, dir);
        Path parametersFile = dir.resolve(PARAMETERS);
        byte[] parameters = readParameters(parametersFile, metadata);
        NDManager manager = TorchRuntime.newManager();
        try {
            Block block = build(network, manager, metadata.inputShape());
            List<Shape> expected = shapes(block);
            try {
                TrainedModel.decode(block, manager, parameters);
            } catch (IOException | MalformedModelException | RuntimeException e) {
                throw new FileFormatException(parametersFile, 0, "cannot read parameters: " + TorchRuntime.oneLine(e), e);
            }
            List<Shape> found = shapes(block);
            if (!found.equals(expected)) {
                throw new FileFormatException(parametersFile, 0, "parameter shapes " + found + " do not match "
                        + NETWORK + " (" + expected + ")");
            }
            return new TrainedModel(network, block, manager, normalisers, metadata);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Builds a block with zero parameters of the right shapes (no random numbers drawn). */
    static Block build(NetworkConfig network, NDManager manager, int[] inputShape) {
        Block block = network.build();
        block.setInitializer(Initializer.ZEROS, p -> true);
        Networks.initialize(block, manager, inputShape);
        return block;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Reads a model's parameter file and checks it against the checksum in its metadata.
     *
     * @param file the {@value #PARAMETERS} file
     * @param metadata the model's metadata; without a checksum the bytes are not checked
     * @return the file's bytes
     * @throws FileFormatException if the file is missing, unreadable or differs from the checksum
     */
    public static byte[] readParameters(Path file, ModelMetadata metadata) {
        byte[] bytes = WholeFile.bytes(file);
        String expected = metadata.parametersSha256();
        if (expected != null && !expected.equalsIgnoreCase(sha256(bytes))) {
            throw new FileFormatException(file, 0, "checksum differs from the one in " + METADATA
                    + " (corrupt, or from another model)");
        }
        return bytes;
    }

    private static void check(ModelMetadata metadata, Path file) {
        if (metadata.formatVersion() != ModelMetadata.FORMAT_VERSION) {
            throw new FileFormatException(file, 0, "model format version " + metadata.formatVersion()
                    + ", this program reads version " + ModelMetadata.FORMAT_VERSION);
        }
        if (metadata.inputShape() == null || metadata.targetShape() == null) {
            throw new FileFormatException(file, 0, "inputShape and targetShape are required");
        }
    }

    private static void check(NetworkConfig network, Normalisers normalisers, ModelMetadata metadata, Path dir) {
        try {
            network.checkShapes(metadata.inputShape(), metadata.targetShape());
        } catch (NeuroMskException e) {
            throw new FileFormatException(dir.resolve(NETWORK), 0, e.getMessage() + " (shapes from " + METADATA + ")");
        }
        int[] in = metadata.inputShape();
        int[] out = metadata.targetShape();
        if (normalisers.inputs() == null || normalisers.targets() == null
                || normalisers.inputs().features() != in[in.length - 1]
                || normalisers.targets().features() != out[out.length - 1]) {
            throw new FileFormatException(dir.resolve(NORMALISERS), 0, "needs z-scores for "
                    + in[in.length - 1] + " input and " + out[out.length - 1] + " target features (shapes "
                    + Arrays.toString(in) + ", " + Arrays.toString(out) + " from " + METADATA + ")");
        }
    }

    private static List<Shape> shapes(Block block) {
        List<Shape> shapes = new ArrayList<>();
        for (Pair<String, Parameter> pair : block.getParameters()) {
            shapes.add(pair.getValue().getArray().getShape());
        }
        return shapes;
    }
}
