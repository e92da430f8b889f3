package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.osim.FunctionBasedPathSet;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.tool.CmcTaskSet;
import org.neuromsk.io.tool.ToolSetup;
import org.w3c.dom.Element;

/**
 * Every document of the shared data, written and read back, equals what was read; and a copy with one
 * property changed does not (so that equality can fail).
 */
class RoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Path> documents() {
        return SharedDocuments.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writtenAndReadBackEqualsTheOriginal(Path file) {
        OsimDocument<OsimObject> original = OpenSimXml.read(file);
        Path written = tmp.resolve(file.getFileName());
        OpenSimXml.write(original, written);

        OsimDocument<OsimObject> reread = OpenSimXml.read(written);
        assertEquals(original.version(), reread.version());
        assertEquals(original.root(), reread.root(), SharedDocuments.relative(file));
        assertEquals(original.root().hashCode(), reread.root().hashCode());
        assertEquals(original.warnings(), reread.warnings(), "the same elements stay uninterpreted");

        OsimObject changed = OpenSimXml.read(written).root();
        changeOneProperty(changed);
        assertNotEquals(original.root(), changed, "a changed property must break equality");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aChangeInsidePreservedElementsBreaksEquality(Path file) {
        OsimDocument<OsimObject> original = OpenSimXml.read(file);
        OsimObject copy = OpenSimXml.read(file).root();
        List<Element> preserved = firstPreservedElements(copy);
        if (preserved.isEmpty()) {
            return; // nothing preserved in this document (setups, control sets)
        }
        assertEquals(original.root(), copy);
        Element element = preserved.get(0);
        element.setAttribute("name", "changed-by-test");
        assertNotEquals(original.root(), copy);
    }

    /** Changes a property deep inside the document, according to its type. */
    private static void changeOneProperty(OsimObject root) {
        if (root instanceof Model model) {
            model.muscles().get(model.muscles().size() - 1).setMaxIsometricForce(
                    model.muscles().get(model.muscles().size() - 1).maxIsometricForce() + 1);
        } else if (root instanceof ControlSet controls) {
            controls.items().get(0).addNode(123.0, 0.5);
        } else if (root instanceof ExternalLoads loads) {
            loads.forces().get(loads.forces().size() - 1).setAppliedToBody("pelvis");
        } else if (root instanceof ToolSetup tool) {
            tool.setResultsDirectory(tool.resultsDirectory() + "_other");
        } else if (root instanceof CmcTaskSet tasks) {
            tasks.items().get(0).setLimit(tasks.items().get(0).limit() + 0.5);
        } else if (root instanceof FunctionBasedPathSet paths) {
            paths.items().get(0).setCoordinatePaths(List.of("/jointset/other/q"));
        } else if (root instanceof org.neuromsk.io.osim.ForceSet forces) {
            ((org.neuromsk.io.osim.CoordinateActuator) forces.items().get(0)).setOptimalForce(2.5);
        } else {
            throw new AssertionError("no change defined for " + root);
        }
    }

    private static List<Element> firstPreservedElements(OsimObject root) {
        if (root instanceof Model model) {
            assertTrue(!model.bodies().isEmpty());
            return model.bodies().get(0).unknownElements();
        }
        return List.of();
    }
}
