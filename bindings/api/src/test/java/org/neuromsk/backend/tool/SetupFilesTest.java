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

    /**
     * A file property read from a setup file is reported at its own line (7), not at the tool element's
     * (3); the commented-out copy on line 5 and the similarly named tag on line 6 are not it.
     */
    @Test
    void aMissingFileIsReportedAtItsPropertysLine(@TempDir Path dir) throws Exception {
        Path setup = Files.writeString(dir.resolve("setup_id.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                	<InverseDynamicsTool name="id">
                		<results_directory>out</results_directory>
                		<!-- <external_loads_file>old.xml</external_loads_file> -->
                		<external_loads_file_note>x</external_loads_file_note>
                		<external_loads_file>grf.xml</external_loads_file>
                	</InverseDynamicsTool>
                </OpenSimDocument>
                """);
        OsimDocument<InverseDynamicsTool> doc = OpenSimXml.readTool(setup, InverseDynamicsTool.class);
        assertEquals(3, doc.lineOf(doc.root()));
        assertEquals(7, doc.lineOf(doc.root(), "external_loads_file"));
        assertEquals(3, doc.lineOf(doc.root(), "coordinates_file")); // absent: the tool's line
        FileFormatException e = assertThrows(FileFormatException.class, () -> new SetupFiles(doc,
                "InverseDynamicsTool").checkIfGiven("external_loads_file", doc.root().externalLoadsPath(setup)));
        assertTrue(e.getMessage().startsWith(setup + ":7: "), e.getMessage());
    }
}
