package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.osim.Body;
import org.neuromsk.io.osim.Model;

/** Bad input gives one-line errors naming file and line; unknown content gives warnings. */
class BadInputTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String body(String content) {
        return "<?xml version=\"1.0\"?>\n"           // line 1
                + "<OpenSimDocument Version=\"40000\">\n" // line 2
                + "<Model name=\"m\">\n"                 // line 3
                + "<BodySet name=\"bodyset\">\n"         // line 4
                + "<objects>\n"                          // line 5
                + "<Body name=\"b\">\n"                  // line 6
                + content + "\n"                         // line 7
                + "</Body>\n</objects>\n</BodySet>\n</Model>\n</OpenSimDocument>\n";
    }

    private static void assertOneLine(String message) {
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    }

    @Test
    void malformedXmlNamesFileAndLine() throws IOException {
        Path p = file("broken.osim", body("<mass>1</mas>"));
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertEquals(p, e.file());
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith(p + ":7: malformed XML:"), e.getMessage());
        assertTrue(e.getMessage().contains("mass"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNamedAsSuch() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("model.osim"));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> OpenSimXml.readModel(folder));
        assertEquals(folder + ": is a folder, expected an OpenSim XML file", e.getMessage());
    }

    @Test
    void externalEntityIsRefused() throws IOException {
        Path p = file("xxe.osim", "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE OpenSimDocument [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + "<OpenSimDocument Version=\"40000\"><Model name=\"m\"><credits>&xxe;</credits></Model></OpenSimDocument>\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd leaks");
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void anyDoctypeIsRefused() throws IOException {
        Path p = file("dtd.osim", "<?xml version=\"1.0\"?>\n<!DOCTYPE OpenSimDocument SYSTEM \"http://example.invalid/x.dtd\">\n"
                + "<OpenSimDocument Version=\"40000\"><Model name=\"m\"/></OpenSimDocument>\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void wrongRootElement() throws IOException {
        Path p = file("other.xml", "<?xml version=\"1.0\"?>\n<subject><muscles/></subject>\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertEquals(p + ":2: not an OpenSim document: root element is <subject>, expected <OpenSimDocument>",
                e.getMessage());
    }

    @Test
    void unsupportedDocumentType() throws IOException {
        Path p = file("scale.xml", "<?xml version=\"1.0\"?>\n<OpenSimDocument Version=\"40000\">\n"
                + "  <ScaleTool name=\"s\"><mass>70</mass></ScaleTool>\n</OpenSimDocument>\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertTrue(e.getMessage().startsWith(p + ":3: unsupported OpenSim document type <ScaleTool>, expected one of Model,"),
                e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void documentOfTheWrongKind() throws IOException {
        Path p = file("controls.xml", "<?xml version=\"1.0\"?>\n<OpenSimDocument Version=\"40000\">\n"
                + "<ControlSet name=\"c\"><objects/></ControlSet>\n</OpenSimDocument>\n");
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.readModel(p));
        assertEquals(p + ":3: expected a Model document, found <ControlSet>", e.getMessage());
    }

    @Test
    void badNumberNamesElementAndLine() throws IOException {
        Path p = file("nan.osim", body("<mass>heavy</mass>"));
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertEquals(p + ":7: <mass>: expected a number, found 'heavy'", e.getMessage());
    }

    @Test
    void wrongVectorLength() throws IOException {
        Path p = file("vec.osim", body("<mass_center>0 1</mass_center>"));
        FileFormatException e = assertThrows(FileFormatException.class, () -> OpenSimXml.read(p));
        assertEquals(p + ":7: <mass_center>: expected 3 numbers (Vec3), found 2: '0 1'", e.getMessage());
    }

    @Test
    void missingFile() {
        Path p = tmp.resolve("absent.osim");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> OpenSimXml.read(p));
        assertEquals(p + ": no such file", e.getMessage());
    }

    @Test
    void unknownElementsAreWarnedOncePerPathAndKept() throws IOException {
        Path p = file("unknown.osim", body("<mass>2</mass><colour>red</colour><colour>blue</colour>"
                + "<attached_geometry><Mesh name=\"g\"><mesh_file>x.vtp</mesh_file></Mesh></attached_geometry>"));
        OsimDocument<Model> doc = OpenSimXml.readModel(p);
        assertEquals(java.util.List.of(
                "Model/BodySet/objects/Body/colour: not interpreted, kept for writing (2×)",
                "Model/BodySet/objects/Body/attached_geometry: not interpreted, kept for writing (1×)"), doc.warnings());
        Body b = doc.root().bodies().get(0);
        assertEquals(2.0, b.mass());
        assertEquals(6, doc.lineOf(b));
        String written = OpenSimXml.toXml(doc.root(), doc.version());
        assertTrue(written.contains("<colour>blue</colour>"), written);
        assertTrue(written.contains("<mesh_file>x.vtp</mesh_file>"), written);
    }

    @Test
    void unknownInfinitySpellingsAreNumbers() throws IOException {
        Path p = file("inf.osim", "<?xml version=\"1.0\"?>\n<OpenSimDocument Version=\"40000\"><Model name=\"m\">"
                + "<ForceSet name=\"f\"><objects><CoordinateActuator name=\"a\"><min_control> -infinity </min_control>"
                + "<max_control>Inf</max_control><optimal_force>nan</optimal_force></CoordinateActuator></objects>"
                + "</ForceSet></Model></OpenSimDocument>");
        org.neuromsk.io.osim.CoordinateActuator a = (org.neuromsk.io.osim.CoordinateActuator)
                OpenSimXml.readModel(p).root().forces().get(0);
        assertEquals(Double.NEGATIVE_INFINITY, a.minControl());
        assertEquals(Double.POSITIVE_INFINITY, a.maxControl());
        assertTrue(Double.isNaN(a.optimalForce()));
        String written = OpenSimXml.toXml(OpenSimXml.readModel(p).root(), null);
        assertTrue(written.contains("<min_control>-Inf</min_control>"), written);
        assertTrue(written.contains("<optimal_force>NaN</optimal_force>"), written);
    }
}
