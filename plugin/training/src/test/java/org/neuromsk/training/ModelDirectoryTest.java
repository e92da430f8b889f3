package org.neuromsk.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;

class ModelDirectoryTest {

    @TempDir
    static Path root;
    private static Path saved;

    @BeforeAll
    static void saveAModel() {
        saved = root.resolve("model");
        TrainingConfig config = TrainingConfig.defaults().withMaxEpochs(2).withBatchSize(64);
        try (TrainingResult result = Trainer.builder(config).quiet(true).build()
                .fit(MlpConfig.of(1, 1, Activation.TANH, 8), SineData.samples(128, 1), null)) {
            result.model().save(saved);
        }
    }

    private static Path copy(String name) throws IOException {
        Path target = root.resolve(name);
        Files.createDirectories(target);
        try (var files = Files.list(saved)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static FileFormatException loadFails(Path dir) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> TrainedModel.load(dir));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = root.resolve("nowhere");
        FileFormatException e = loadFails(missing);
        assertEquals(missing + ": model folder not found", e.getMessage());
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path dir = copy("no-network");
        Files.delete(dir.resolve("network.json"));
        assertEquals(dir.resolve("network.json") + ": file not found", loadFails(dir).getMessage());
    }

    @Test
    void brokenJsonIsNamedWithItsLine() throws IOException {
        Path dir = copy("bad-json");
        Path file = dir.resolve("model.json");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"inputShape\": [1,\n}\n");
        FileFormatException e = loadFails(dir);
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid ModelMetadata JSON"), e.getMessage());
        assertNoJavaNames(e.getMessage());

        // an unterminated string: Gson's message comes with its exception's name and a troubleshooting link
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"loss\": \"mse\n}\n");
        e = loadFails(dir);
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid ModelMetadata JSON: Unterminated string"), e.getMessage());
        assertNoJavaNames(e.getMessage());
    }

    private static void assertNoJavaNames(String message) {
        assertFalse(message.matches(".*\\b\\w+(Exception|Error)\\b.*"), "exception class name in: " + message);
        assertFalse(message.contains("https://"), "link in: " + message);
        assertFalse(message.contains("\n"), "more than one line: " + message);
    }

    @Test
    void corruptParametersAreNamed() throws IOException {
        Path dir = copy("bad-params");
        Path file = dir.resolve("parameters.params");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        FileFormatException e = loadFails(dir);
        assertTrue(e.getMessage().startsWith(file + ": checksum differs"), e.getMessage());

        // without a checksum to compare, decoding itself notices the truncation
        Path metadata = dir.resolve("model.json");
        Files.writeString(metadata, Files.readString(metadata).replaceAll("\"parametersSha256\": \"[0-9a-f]+\",", ""));
        e = loadFails(dir);
        assertTrue(e.getMessage().startsWith(file + ": cannot read parameters"), e.getMessage());
    }

    @Test
    void networkThatDoesNotFitTheParametersIsReported() throws IOException {
        Path dir = copy("other-network");
        Files.writeString(dir.resolve("network.json"),
                Json.gson().toJson(MlpConfig.of(1, 1, Activation.TANH, 9), org.neuromsk.training.model.NetworkConfig.class));
        FileFormatException e = loadFails(dir);
        assertTrue(e.getMessage().startsWith(dir.resolve("parameters.params") + ":"), e.getMessage());
    }

    @Test
    void savingRefusesToReplaceAFolderThatIsNotAModel() throws IOException {
        Path precious = root.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        try (TrainedModel model = TrainedModel.load(saved)) {
            NeuroMskException e = assertThrows(NeuroMskException.class, () -> model.save(precious));
            assertTrue(e.getMessage().contains("not a model folder"), e.getMessage());
            // replacing an existing model folder works
            model.save(saved);
        }
        assertEquals("keep me", Files.readString(precious.resolve("notes.txt")));
        try (TrainedModel again = TrainedModel.load(saved)) {
            assertEquals(2, again.metadata().history().size());
        }
    }
}
