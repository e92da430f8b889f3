package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Body;
import org.neuromsk.io.osim.BodySet;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.osim.ProbeSet;

/** A write that fails part-way leaves neither a file nor a temporary file behind. */
class WriteFailureTest {

    @TempDir
    Path tmp;

    /** An object class with no XML element name: marshalling fails when it is reached. */
    static final class Unbound extends OsimObject {
        Unbound() {
            super("unbound");
        }
    }

    private static Model model(boolean failing) {
        Model model = new Model("m");
        BodySet bodies = new BodySet("bodyset");
        Body body = new Body("b");
        body.setMass(2.0);
        bodies.add(body);
        model.setBodySet(bodies);
        ProbeSet probes = new ProbeSet("probeset");
        if (failing) {
            probes.add(new Unbound()); // written after the bodies: the failure happens part-way
        }
        model.setProbeSet(probes);
        return model;
    }

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void failedWriteLeavesNothing() throws IOException {
        Path target = tmp.resolve("m.osim");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> OpenSimXml.write(model(true), null, target));
        assertTrue(e.getMessage().startsWith(target + ": cannot write"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(0, filesIn(tmp), "no target and no temporary file");
    }

    @Test
    void failedWriteKeepsThePreviousFile() throws IOException {
        Path target = tmp.resolve("m.osim");
        Model good = model(false);
        OpenSimXml.write(good, null, target);
        String before = Files.readString(target);
        assertThrows(NeuroMskException.class, () -> OpenSimXml.write(model(true), null, target));
        assertEquals(before, Files.readString(target));
        assertEquals(1, filesIn(tmp));
        assertEquals(good, OpenSimXml.readModel(target).root());
    }
}
