package org.neuromsk.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BackendRegistryTest {

    private record FakeProvider(String name, int rank, Availability availability) implements BackendProvider {
        @Override
        public MskBackend create() {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    }

    private final BackendRegistry registry = new BackendRegistry(List.of(
            new FakeProvider("embedded", 100, Availability.yes("built in")),
            new FakeProvider("opensim", 10, Availability.no("org-opensim-modeling.jar not found in /opt/x"))));

    @Test
    void providersAreSortedByRank() {
        assertEquals(List.of("opensim", "embedded"), registry.providers().stream().map(BackendProvider::name).toList());
    }

    @Test
    void autoSkipsUnavailableBackends() {
        assertEquals("embedded", registry.choose(BackendRegistry.AUTO).name());
    }

    @Test
    void autoPrefersTheBestRankWhenAvailable() {
        BackendRegistry both = new BackendRegistry(List.of(
                new FakeProvider("embedded", 100, Availability.yes("built in")),
                new FakeProvider("opensim", 10, Availability.yes("/opt/opensim"))));
        assertEquals("opensim", both.choose(BackendRegistry.AUTO).name());
    }

    @Test
    void unavailableBackendSaysWhy() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> registry.choose("opensim"));
        assertTrue(e.getMessage().contains("org-opensim-modeling.jar not found"), e.getMessage());
    }

    @Test
    void unknownBackendListsTheKnownOnes() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> registry.choose("simbody"));
        assertTrue(e.getMessage().contains("opensim, embedded"), e.getMessage());
    }

    @Test
    void nothingAvailableGivesEveryReason() {
        BackendRegistry none = new BackendRegistry(List.of(new FakeProvider("opensim", 10, Availability.no("no jar"))));
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> none.choose(BackendRegistry.AUTO));
        assertTrue(e.getMessage().contains("opensim: no jar"), e.getMessage());
    }
}
