package org.neuromsk.backend.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.tool.InverseDynamicsTool;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

class SetupFilesTest {

    private final SetupFiles files = new SetupFiles(OsimDocument.of(new InverseDynamicsTool(),
            OpenSimXml.DEFAULT_VERSION), "InverseDynamicsTool");

    @Test
    void acceptsExistingFilesAndBlankOptionalOnes(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.osim"), "<OpenSimDocument/>");
        assertEquals(model, files.require("model_file", Optional.of(model)));
        assertEquals(Optional.empty(), files.checkIfGiven("external_loads_file", Optional.empty()));
        assertEquals(List.of(model, model), files.requireEach("force_set_files", List.of(model, model)));
    }

    @Test
    void refusesMissingPropertiesAndFiles(@TempDir Path dir) {
        FileFormatException blank = assertThrows(FileFormatException.class,
                () -> files.require("model_file", Optional.empty()));
        assertTrue(blank.getMessage().endsWith("InverseDynamicsTool has no <model_file>"), blank.getMessage());
        Path absent = dir.resolve("absent.xml");
        FileFormatException missing = assertThrows(FileFormatException.class,
                () -> files.checkIfGiven("external_loads_file", Optional.of(absent)));
        assertTrue(missing.getMessage().endsWith("<external_loads_file> names " + absent + ", which does not exist"),
                missing.getMessage());
        assertThrows(FileFormatException.class, () -> files.requireEach("force_set_files", List.of(dir)));
    }
}
