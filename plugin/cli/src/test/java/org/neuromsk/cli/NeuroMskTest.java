package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NeuroMskTest {

    @Test
    void versionNamesTheBuild() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("neuromsk 0."), run.out());
    }

    @Test
    void helpListsOnlyWorkingCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("inspect") && run.out().contains("run-tool") && run.out().contains(" id "),
                run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("inspect", "--frobnicate", "x");
        assertEquals(2, run.exitCode());
    }

    @Test
    void unknownBackendListsTheKnownOnes() {
        CliRun run = CliRun.of("id", "--backend", "simbody", "--model", "m.osim", "--coordinates", "q.mot", "--out",
                "o.sto");
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("unknown backend 'simbody'; known: opensim, embedded, auto"), run.err());
    }
}
