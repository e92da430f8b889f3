package org.neuromsk.io.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.io.xml.XmlShape;

/** ControlSet XML as OpenSim 4.5.2 writes it, and the OpenSim 3 files of the CMC tutorial. */
class ControlSetTest {

    private static final String SO_CONTROLS = "opensim-4.5.2/arm26/so/expected/arm26_StaticOptimization_controls.xml";

    @TempDir
    Path tmp;

    @Test
    void readsOpenSim452StaticOptimizationControls() {
        OsimDocument<ControlSet> doc = OpenSimXml.readControlSet(TestData.require(SO_CONTROLS));
        assertEquals("40600", doc.version());
        ControlSet set = doc.root();
        assertEquals("Control Set", set.name());
        assertEquals(List.of("TRIlong", "TRIlat", "TRImed", "BIClong", "BICshort", "BRA"),
                set.items().stream().map(ControlLinear::name).collect(Collectors.toList()));
        ControlLinear tri = set.items().get(0);
        assertEquals(121, tri.xNodes().size()); // 726 <ControlLinearNode> in the file, 6 controls
        assertEquals(-2.0000000500175474e-07, tri.xNodes().get(0).t()); // first <t>
        assertEquals(0.010049712105237051, tri.xNodes().get(0).value());
        assertEquals(0.99999939999998499, tri.times()[120]);
        assertFalse(tri.useSteps());
        assertTrue(tri.extrapolate());
        assertEquals(0.02, tri.defaultMin());
        assertTrue(tri.minNodes().isEmpty());
    }

    @Test
    void aControlSetBuiltInMemoryIsWrittenInOpenSimsShape() {
        Path reference = TestData.require(SO_CONTROLS);
        ControlSet original = OpenSimXml.readControlSet(reference).root();
        ControlSet built = new ControlSet("Control Set");
        for (ControlLinear c : original.items()) {
            ControlLinear copy = ControlLinear.withDefaults(c.name());
            for (ControlLinearNode node : c.xNodes()) {
                copy.addNode(node.t(), node.value());
            }
            built.add(copy);
        }
        Path written = tmp.resolve("controls.xml");
        OpenSimXml.write(built, "40600", written);
        XmlShape.assertSameShape(reference, written);
        assertEquals(original, OpenSimXml.readControlSet(written).root());
    }

    @Test
    void readsOpenSim3CmcControlsWithSteps() {
        ControlSet set = OpenSimXml.readControlSet(TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/ComputedMuscleControl/Results/arm26_controls.xml"))
                .root();
        ControlLinear bic = set.forActuator("BIClong").orElseThrow();
        assertEquals("BIClong.excitation", bic.name());
        assertTrue(bic.useSteps());
        assertFalse(bic.xNodes().isEmpty());
        assertEquals(bic.xNodes().size(), bic.values().length);
    }

    @Test
    void controlConstraintsHaveNoNodesAndTheirDefaultsBlockIsIgnored() {
        OsimDocument<ControlSet> doc = OpenSimXml.readControlSet(TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/ComputedMuscleControl/arm26_ControlConstraints.xml"));
        ControlSet set = doc.root();
        assertTrue(set.items().stream().noneMatch(c -> c.name().equals("default")), "<defaults> is not a member");
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
        ControlLinear tri = set.find("TRIlong.excitation").orElseThrow();
        assertArrayEquals(new double[0], tri.times());
        assertEquals(100.0, tri.kp());
        assertEquals(20.0, tri.kv());
    }
}
