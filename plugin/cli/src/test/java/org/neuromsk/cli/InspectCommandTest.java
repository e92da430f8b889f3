package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuromsk.io.testing.TestData;

class InspectCommandTest {

    @TempDir
    Path dir;

    @Test
    void arm26ReportsItsTwoCoordinatesAndSixMuscles() {
        Path arm26 = TestData.require("opensim-models/Models/Arm26/arm26.osim");
        CliRun run = CliRun.of("inspect", arm26.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("coordinates (2): r_shoulder_elev, r_elbow_flex"), run.out());
        assertTrue(run.out().contains("muscles (6): 6 Thelen2003Muscle"), run.out());
        assertTrue(run.out().contains("bodies (3)"), run.out());
        assertTrue(run.out().contains("wrap objects (4): 2 WrapCylinder, 2 WrapEllipsoid"), run.out());
    }

    @Test
    void rajagopalCoordinatesHaveOpenSimMotionTypes() {
        Path model = TestData.require("opensim-4.5.2/rajagopal-walk/subject_walk_scaled.osim");
        CliRun run = CliRun.of("inspect", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*knee_angle_r_beta\\s+joint patellofemoral_r\\s+coupled.*"), run.out());
        assertTrue(run.out().matches("(?s).*pelvis_tx\\s+joint ground_pelvis\\s+translational.*"), run.out());
        assertTrue(run.out().contains("muscles (80): 80 Millard2012EquilibriumMuscle"), run.out());
    }

    @Test
    void tableReportsRowsColumnsTimeAndRate() {
        Path mot = TestData.require("opensim-4.5.2/arm26/arm26_InverseKinematics.mot");
        CliRun run = CliRun.of("inspect", mot.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rows:        121"), run.out());
        assertTrue(run.out().contains("time:        0 to 1 s"), run.out());
        assertTrue(run.out().contains("rate:        120 Hz"), run.out());
        assertTrue(run.out().contains("inDegrees:   yes"), run.out());
    }

    @Test
    void oneRowTableIsDescribedWithoutRate() throws IOException {
        // A one-row Storage (e.g. a static pose) is a valid OpenSim table: it has a time but no rate.
        Path mot = dir.resolve("pose.mot");
        Files.writeString(mot, "pose\nversion=1\nnRows=1\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n0.25\t30\n");
        CliRun run = CliRun.of("inspect", mot.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rows:        1"), run.out());
        assertTrue(run.out().contains("time:        0.25 to 0.25 s"), run.out());
        assertFalse(run.out().contains("rate:"), run.out());
    }

    @Test
    void markerAndAnalogFilesAreDescribed() {
        CliRun trc = CliRun.of("inspect", TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/InverseKinematics/arm26_elbow_flex.trc").toString());
        assertEquals(0, trc.exitCode(), trc.err());
        assertTrue(trc.out().contains("markers:     3"), trc.out());
        CliRun anc = CliRun.of("inspect",
                TestData.require("opensim-models/Pipelines/Rajagopal/ExpData/emg_walk_raw.anc").toString());
        assertEquals(0, anc.exitCode(), anc.err());
        assertTrue(anc.out().contains("channels:    28"), anc.out());
        assertTrue(anc.out().contains("rows:        4780"), anc.out());
    }

    @Test
    void setupSaysWhatItWouldRun() {
        CliRun run = CliRun.of("inspect",
                TestData.require("opensim-4.5.2/rajagopal-walk/walk_Setup_ID.xml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Inverse dynamics"), run.out());
        assertTrue(run.out().contains("coordinates.sto"), run.out());
        assertTrue(run.out().contains("6 Hz"), run.out());
    }

    @Test
    void controlSetAndExternalLoadsAreDescribed() {
        CliRun controls = CliRun.of("inspect",
                TestData.require("opensim-4.5.2/arm26/so/expected/arm26_StaticOptimization_controls.xml").toString());
        assertEquals(0, controls.exitCode(), controls.err());
        assertTrue(controls.out().contains("controls (6)"), controls.out());
        CliRun loads = CliRun.of("inspect", TestData.require("opensim-4.5.2/rajagopal-walk/grf_walk.xml").toString());
        assertEquals(0, loads.exitCode(), loads.err());
        assertTrue(loads.out().contains("calcn_r"), loads.out());
    }

    @Test
    void missingFileIsOneLineAndNonZero() {
        CliRun run = CliRun.of("inspect", dir.resolve("nothing.osim").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("nothing.osim: no such file"), run.err());
    }

    @Test
    void aFolderIsNamedAsAFolderNotAsAMissingFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("trial.osim"));
        CliRun run = CliRun.of("inspect", folder.toString());
        assertEquals(1, run.exitCode());
        assertEquals("neuromsk: " + folder + ": is a folder, expected a file", run.errorLine());
    }

    /** Every bad input: exit code 1, one error line naming the file and the line. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated header|bad.sto|name\\nversion=1\\nnRows=2\\nnColumns=2\\ninDegrees=no\\n|bad.sto",
        "ragged row|bad.sto|x\\nversion=1\\nendheader\\ntime\\ta\\n0\\t1\\n0.1\\n|bad.sto:6",
        "non-numeric cell|bad.sto|x\\nversion=1\\nendheader\\ntime\\ta\\n0\\t1\\n0.1\\tabc\\n|bad.sto:6",
        "NaN|bad.mot|x\\nversion=1\\nendheader\\ntime\\ta\\n0\\t1\\n0.1\\tNaN\\n|bad.mot:6",
        "non-monotonic time|bad.sto|x\\nversion=1\\nendheader\\ntime\\ta\\n0.2\\t1\\n0.1\\t2\\n|bad.sto:6",
        "duplicate labels|bad.sto|x\\nversion=1\\nendheader\\ntime\\ta\\ta\\n0\\t1\\t2\\n|bad.sto:4",
        "malformed XML|bad.osim|<OpenSimDocument Version=\"40000\">\\n<Model name=\"m\">\\n</OpenSimDocument>\\n|bad.osim:3",
        "external entity|bad.xml|<?xml version=\"1.0\"?>\\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\\n"
            + "<OpenSimDocument Version=\"40000\"><ControlSet name=\"&x;\"/></OpenSimDocument>\\n|bad.xml"})
    void badInputGivesOneLineNamingFileAndLine(String what, String name, String content, String expected)
            throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n").replace("\\t", "\t"));
        CliRun run = CliRun.of("inspect", file.toString());
        assertEquals(1, run.exitCode(), what + ": " + run.out() + run.err());
        String line = run.errorLine();
        assertFalse(line.isEmpty(), what + ": no error line in " + run.err());
        assertFalse(line.contains("\n"), what + ": more than one line: " + line);
        assertTrue(line.contains(expected), what + ": '" + line + "' does not name " + expected);
        assertFalse(run.err().contains("\tat "), what + ": stack trace printed");
    }
}
