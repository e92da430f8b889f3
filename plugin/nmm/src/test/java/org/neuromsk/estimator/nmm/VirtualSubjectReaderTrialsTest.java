package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

class VirtualSubjectReaderTrialsTest {

    @TempDir
    Path load;

    @Test
    void trialsAreOrderedByNumberSoTheHeldOutOneIsTheLast() throws IOException {
        for (String name : List.of("trial100", "trial11", "trial09", "trial10")) {
            Files.writeString(load.resolve(name + "_coordinates.sto"), "");
        }
        Files.writeString(load.resolve("trial12_envelopes.sto"), "");
        assertEquals(List.of("trial09", "trial10", "trial11", "trial100"), VirtualSubjectReader.trialNames(load));
    }

    @Test
    void aLoadFolderWithoutTrialsIsRefused() {
        assertThrows(NeuroMskException.class, () -> VirtualSubjectReader.trialNames(load));
    }
}
