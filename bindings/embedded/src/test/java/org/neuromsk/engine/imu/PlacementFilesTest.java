package org.neuromsk.engine.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;

/** Placements files: the JSON and XML forms, and one-line errors that name the file and line. */
class PlacementFilesTest {

    @TempDir
    Path dir;

    @Test
    void jsonAndXmlFormsGiveTheSamePlacements() {
        ImuPlacementSet json = ImuPlacementSet.read(ImuFixtures.resource("rig_placements.json"));
        ImuPlacementSet xml = ImuPlacementSet.read(ImuFixtures.resource("rig_placements.xml"));
        assertEquals(json.placements(), xml.placements());
        assertEquals(List.of("rod_imu", "rod_imu_turned", "mount_imu", "cart_imu"), json.names());
        ImuPlacement turned = json.placements().get(1);
        assertEquals("/bodyset/rod", turned.frame());
        assertEquals(new Vec3(0, -0.5, 0), turned.translation());
        assertEquals(new Vec3(Math.PI / 2, 0, Math.PI / 2), turned.orientation());
        ImuPlacement mount = xml.placements().get(2);
        assertEquals("rod_mount", mount.frame(), "socket_frame is read as the frame");
        assertEquals(Vec3.ZERO, mount.orientation(), "orientation defaults to zero");
        assertEquals(3, json.line(1));
        assertEquals(9, xml.line(1));
    }

    @Test
    void anUnknownFrameNamesTheFileAndTheLine() {
        Path file = ImuFixtures.resource("unknown_frame.json");
        ImuPlacementSet set = ImuPlacementSet.read(file);
        FileFormatException e = assertThrows(FileFormatException.class,
                () -> new ImuSensors(ImuFixtures.rig(), set));
        assertEquals(file + ":4: IMU 'thigh_imu': model 'imu_rig' has no body or frame 'femur_r'", e.getMessage());
    }

    @Test
    void malformedFilesGiveOneLineMessages() {
        expect("malformed.json", 2, "expected ',' or ']' in an array, found '0'");
        expect("nan.json", 2, "unexpected 'NaN'; expected a JSON value (NaN and Infinity are not JSON)");
        expect("nan.xml", 5, "IMU 'rod_imu': <translation> value 2 is NaN, not a finite number");
        expect("misspelled_key.json", 3,
                "IMU #1: unknown key \"orientaton\" (expected name, frame, translation, orientation)");
        expect("missing_frame.xml", 3, "IMU 'rod_imu': <frame> is missing");
        expect("duplicate_name.json", 3, "IMU name 'rod_imu' is used twice (first on line 2)");
    }

    @Test
    void externalEntitiesAreRefused() {
        FileFormatException e = expect("external_entity.xml", -1, null);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains(System.getenv().getOrDefault("HOSTNAME", "\u0000")), e.getMessage());
    }

    @Test
    void otherShapesAreRefused() throws Exception {
        assertMessage(write("a.json", "{\"imus\": {}}"), "\"imus\" must be an array, found an object");
        assertMessage(write("b.json", "[]"), "no IMU placements");
        assertMessage(write("c.json", "[{\"name\": \"x\", \"frame\": \"rod\", \"translation\": [1, 2]}]"),
                "IMU 'x': \"translation\" must be an array of 3 numbers, found an array of 2");
        assertMessage(write("d.json", "[{\"name\": \"has space\", \"frame\": \"rod\"}]"),
                "IMU name 'has space' contains a space, tab, comma or slash");
        assertMessage(write("e.json", "[{\"name\": \"x\", \"frame\": \"rod\", \"translation\": [1, 2, 1e999]}]"),
                "IMU 'x': \"translation\"[2] is not a finite number");
        assertMessage(write("f.xml", "<Placements/>"), "root element is <Placements>, expected <IMUPlacements>");
        assertMessage(write("g.xml", "<IMUPlacements><IMU name='x'><frame>rod</frame><offset>1</offset></IMU>"
                + "</IMUPlacements>"), "IMU 'x': unexpected <offset> (expected frame, translation, orientation)");
        assertMessage(write("h.xml", "<IMUPlacements><IMU name='x'><frame>rod</frame>"), "malformed XML");
        assertMessage(write("i.yaml", "imus: []"), "not an IMU placements file (expected .json or .xml)");
    }

    @Test
    void strictJsonRulesHold() throws Exception {
        Path twice = write("twice.json", "[{\"name\": \"x\",\n  \"name\": \"y\", \"frame\": \"rod\"}]");
        FileFormatException e = assertThrows(FileFormatException.class, () -> ImuPlacementSet.read(twice));
        assertEquals(twice + ":2: key \"name\" appears twice in one object", e.getMessage());
        assertMessage(write("empty.json", " \n"), "the file is empty");
        assertMessage(write("comma.json", "[{\"name\": \"x\", \"frame\": \"rod\"},]"),
                "unexpected ']'; expected a JSON value");
        assertMessage(write("word.json", "[{\"name\": \"x\", \"frame\": rod}]"), "unexpected 'rod'");
        assertMessage(write("object.json", "[{\"name\": \"x\" \"frame\": \"rod\"}]"),
                "expected ',' or '}' in an object, found 'frame'");
        assertMessage(write("cut.json", "[{\"name\": \"x\", "), "unexpected end of file");
        assertMessage(write("trailing.json", "[{\"name\": \"x\", \"frame\": \"rod\"}] []"), "unexpected");
        ImuPlacementSet bom = ImuPlacementSet.read(write("bom.json",
                "\uFEFF{\"imus\": [\n\n  {\"name\": \"x\", \"frame\": \"rod\"}]}"));
        assertEquals(List.of("x"), bom.names());
        assertEquals(3, bom.line(0), "the IMU starts on the third line");
    }

    @Test
    void placementsBuiltInCodeAreChecked() {
        assertThrows(NeuroMskException.class, () -> ImuPlacementSet.of(List.of()));
        assertThrows(NeuroMskException.class,
                () -> new ImuPlacement("a", "rod", new Vec3(0, Double.NaN, 0), Vec3.ZERO));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> new ImuSensors(ImuFixtures.rig(),
                ImuPlacementSet.of(List.of(ImuPlacement.atOrigin("a", "nowhere")))));
        assertEquals("IMU placements: IMU 'a': model 'imu_rig' has no body or frame 'nowhere'", e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static void assertMessage(Path file, String problem) {
        FileFormatException e = assertThrows(FileFormatException.class, () -> ImuPlacementSet.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    private static FileFormatException expect(String resource, int line, String problem) {
        Path file = ImuFixtures.resource(resource);
        FileFormatException e = assertThrows(FileFormatException.class, () -> ImuPlacementSet.read(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(file, e.file());
        if (line >= 0) {
            assertEquals(line, e.line(), e.getMessage());
        }
        if (problem != null) {
            assertEquals(file + ":" + line + ": " + problem, e.getMessage());
        }
        return e;
    }
}
