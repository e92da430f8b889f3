package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;

class MuscleMappingTest {

    @TempDir
    Path dir;

    @Test
    void readsJsonInItsOrder() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"SOL\": \"soleus_r\", \"TA\": \"tib_ant_r\"}");
        MuscleMapping m = MuscleMapping.read(f);
        assertEquals(List.of("SOL", "TA"), m.names());
        assertEquals(List.of("soleus_r", "tib_ant_r"), m.opensimNames());
        assertEquals("TA", m.name("tib_ant_r"));
    }

    @Test
    void malformedJsonIsOneLineNamingTheFileWithoutJavaNames() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"SOL\": \"soleus_r\", \"TA\": ");
        FileFormatException e = assertThrows(FileFormatException.class, () -> MuscleMapping.read(f));
        assertTrue(e.getMessage().startsWith(f + ": invalid JSON: End of input"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void readsTwoColumnTextWithCommentsAndSeparators() throws Exception {
        Path f = dir.resolve("m.txt");
        Files.writeString(f, "# ours  OpenSim\nTA\ttib_ant_r\n\nGM = med_gas_r   # medial head\nVL,vas_lat_r\n");
        MuscleMapping m = MuscleMapping.read(f);
        assertEquals(List.of("TA", "GM", "VL"), m.names());
        assertEquals("med_gas_r", m.opensimName("GM"));
        assertEquals(m, MuscleMapping.read(writeBack(m)));
    }

    private Path writeBack(MuscleMapping m) throws Exception {
        Path f = dir.resolve("back.txt");
        Files.writeString(f, m.toText());
        return f;
    }

    @Test
    void badLinesAndDuplicatesNameFileAndLine() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "TA tib_ant_r\nGM\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> MuscleMapping.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        Files.writeString(f, "TA tib_ant_r\nGM tib_ant_r\n");
        assertTrue(assertThrows(NeuroMskException.class, () -> MuscleMapping.read(f)).getMessage()
                .contains("mapped twice"));
    }

    @Test
    void anUnmappedMuscleIsAnErrorNamingTheMappingFile() throws Exception {
        Path f = dir.resolve("m.txt");
        Files.writeString(f, "TA tib_ant_r\n");
        MuscleMapping m = MuscleMapping.read(f);
        FileFormatException e = assertThrows(FileFormatException.class, () -> m.select(List.of("TA", "GM")));
        assertTrue(e.getMessage().contains("m.txt") && e.getMessage().contains("'GM'"), e.getMessage());
    }

    @Test
    void parkAndParkTable1HasTheirSevenMuscles() {
        MuscleMapping m = MuscleMapping.parkAndParkTable1();
        assertEquals(List.of("TA", "GM", "VL", "RF", "BF", "ST", "SOL"), m.names());
        assertEquals("semimem_r", m.opensimName("ST"));
    }
}
