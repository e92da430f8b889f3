package org.neuromsk.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/** Reading and writing controls files, and how controls reach actuators. */
class ControlSignalsTest {

    @TempDir
    Path dir;

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <OpenSimDocument Version="40000">
            \t<ControlSet name="Control Set">
            \t\t<objects>
            \t\t\t<ControlLinear name="a.excitation">
            \t\t\t\t<use_steps>true</use_steps>
            \t\t\t\t<x_nodes>
            \t\t\t\t\t<ControlLinearNode><t>0</t><value>0.1</value></ControlLinearNode>
            \t\t\t\t\t<ControlLinearNode><t>0.5</t><value>0.3</value></ControlLinearNode>
            \t\t\t\t\t<ControlLinearNode><t>1</t><value>0.2</value></ControlLinearNode>
            \t\t\t\t</x_nodes>
            \t\t\t</ControlLinear>
            \t\t\t<ControlLinear name="b">
            \t\t\t\t<x_nodes>
            \t\t\t\t\t<ControlLinearNode><t>0</t><value>1</value></ControlLinearNode>
            \t\t\t\t\t<ControlLinearNode><t>1</t><value>2</value></ControlLinearNode>
            \t\t\t\t</x_nodes>
            \t\t\t</ControlLinear>
            \t\t</objects>
            \t</ControlSet>
            </OpenSimDocument>
            """;

    @Test
    void controlSetXmlIsReadWithItsPropertiesAndDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("c.xml"), XML);
        ControlSignals s = ControlSignals.read(file);
        assertEquals(2, s.controls().size());
        LinearControl a = s.forActuator("a").orElseThrow();
        assertEquals("a.excitation", a.name(), "found through the .excitation suffix");
        assertTrue(a.useSteps());
        assertEquals(0.3, a.value(0.25), "steps: node 2's value on (0, 0.5]");
        LinearControl b = s.forActuator("b").orElseThrow();
        assertTrue(!b.useSteps() && b.extrapolate(), "OpenSim's defaults: linear, extrapolated");
        assertEquals(2.5, b.value(1.5), 1e-15, "line through (0, 1) and (1, 2) at 1.5");
    }

    @Test
    void controlsTableColumnsBecomeLinearControls() {
        Storage table = Storage.of("controls", false, List.of("a", "b"), new double[] {0, 1},
                new double[][] {{0, 1}, {2, 4}});
        Path file = dir.resolve("c.sto");
        StorageWriter.write(table, file);
        ControlSignals s = ControlSignals.read(file);
        assertEquals(0.25, s.forActuator("a").orElseThrow().value(0.25), 1e-15);
        assertEquals(4.5, s.forActuator("b").orElseThrow().value(1.25), 1e-15, "extrapolated: 2 + 2·1.25");
    }

    @Test
    void controlsAreSummedPerActuatorAndMissingOnesAreZero() throws Exception {
        ControlSignals one = ControlSignals.read(Files.writeString(dir.resolve("c.xml"), XML));
        ControlSignals two = new ControlSignals("extra", List.of(
                new LinearControl("b", new double[] {0}, new double[] {0.5}, false, true)));
        ActuatorControls bound = ActuatorControls.bind(List.of("a", "b", "c"), "m", List.of(one, two));
        // a: steps value 0.3 on (0, 0.5]; b: 1 + 0.2 from the first file plus 0.5 from the second; c: none.
        assertArrayEquals(new double[] {0.3, 1.7, 0.0}, bound.at(0.2), 1e-15);
        assertEquals(List.of("c"), bound.uncontrolled());
    }

    @Test
    void aControlNamingNoActuatorIsRefused() throws Exception {
        ControlSignals s = ControlSignals.read(Files.writeString(dir.resolve("c.xml"), XML));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> ActuatorControls.bind(List.of("a", "TRIlong"), "arm", List.of(s)));
        assertTrue(e.getMessage().contains("c.xml") && e.getMessage().contains("'b'")
                && e.getMessage().contains("arm") && e.getMessage().contains("TRIlong"), e.getMessage());
    }

    @Test
    void aTimeRangeBeyondTheControlsIsRefused() throws Exception {
        ControlSignals s = ControlSignals.read(Files.writeString(dir.resolve("c.xml"), XML));
        ActuatorControls bound = ActuatorControls.bind(List.of("a", "b"), "m", List.of(s));
        bound.requireCoverage(0, 1);
        // Node spacing of 'a' is 0.5 s: up to 0.25 s of extrapolation is tolerated, 'b' (1 s) up to 0.5 s.
        bound.requireCoverage(-0.2, 1.2);
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> bound.requireCoverage(0, 2));
        assertTrue(e.getMessage().contains("c.xml") && e.getMessage().contains("'a.excitation'")
                && e.getMessage().contains("0 to 1 s") && e.getMessage().contains("0 to 2 s"), e.getMessage());
    }

    @Test
    void unsortedNodesAreRefusedNamingFileAndLine() throws Exception {
        String bad = XML.replace("<t>0.5</t>", "<t>1.5</t>");
        Path file = Files.writeString(dir.resolve("bad.xml"), bad);
        FileFormatException e = assertThrows(FileFormatException.class, () -> ControlSignals.read(file));
        assertEquals(5, e.line(), "the ControlLinear's line");
        assertTrue(e.getMessage().contains("a.excitation"), e.getMessage());
    }

    @Test
    void aWrittenControlSetReadsBackIdentical() throws Exception {
        ControlSignals s = ControlSignals.read(Files.writeString(dir.resolve("c.xml"), XML));
        double awkward = 0.1 + 0.2;
        ControlSignals withAwkwardNumbers = new ControlSignals("m", List.of(s.controls().get(0),
                new LinearControl("b", new double[] {-2.0000000500175474e-07, 1.0 / 3}, new double[] {awkward, 1e-17},
                        false, false)));
        Path out = dir.resolve("out.xml");
        withAwkwardNumbers.writeControlSet("Control Set", out);
        ControlSignals back = ControlSignals.read(out);
        assertEquals(withAwkwardNumbers.controls(), back.controls(), "same names, flags and bit-identical nodes");
        String text = Files.readString(out);
        assertTrue(text.contains("<is_model_control>true</is_model_control>") && text.contains("<kp>100</kp>"),
                "every property written, as OpenSim writes ControlLinear");
    }
}
