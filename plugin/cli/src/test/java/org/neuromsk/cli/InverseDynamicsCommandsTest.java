package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

class InverseDynamicsCommandsTest {

    private static final String ARM26 = "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/";
    private static final String GAIT = "opensim-models/Pipelines/Gait10dof18musc/OutputReference/";

    @TempDir
    Path dir;

    /**
     * The arm26 tutorial's unfiltered ID, which OpenSim 4.5.2 reproduces exactly; the reference is
     * printed with 8 decimals, so 1e-6 N·m leaves room only for that rounding.
     */
    @Test
    void idCommandReproducesTheArm26Reference() {
        Path out = dir.resolve("id.sto");
        CliRun run = CliRun.of("id", "--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                TestData.require(ARM26 + "InverseKinematics/arm26_InverseKinematics.mot").toString(), "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("neuromsk: backend embedded"), run.err());
        Storage ours = StorageReader.read(out);
        Storage ref = StorageReader.read(TestData.require(ARM26
                + "InverseDynamics/UnfilteredResults/arm26_InverseDynamics.sto"));
        assertEquals(ref.labels(), ours.labels());
        assertArrayEquals(ref.time(), ours.time(), 1e-8);
        for (String label : ref.labels()) {
            assertArrayEquals(ref.column(label), ours.column(label), 1e-6, label);
        }
    }

    @Test
    void runToolRedirectsResultsAndLeavesTheSharedDataUntouched() throws IOException {
        Path setup = TestData.require(GAIT + "ID/walk_Setup_ID.xml");
        Path caseFolder = setup.getParent().getParent();
        Map<String, String> before = digests(caseFolder);
        CliRun run = CliRun.of("run-tool", setup.toString(), "--results-dir", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("subject01_walk_ID.sto");
        assertTrue(Files.isRegularFile(out), run.out());
        Storage ours = StorageReader.read(out);
        Storage ref = StorageReader.read(TestData.require(GAIT + "ID/Results/subject01_walk_ID.sto"));
        // this reference predates OpenSim 4, which lists columns in multibody-tree order (by level from
        // Ground) instead of file order: same columns, another order
        assertEquals(new java.util.TreeSet<>(ref.labels()), new java.util.TreeSet<>(ours.labels()));
        assertEquals(List.of("pelvis_tilt_moment", "pelvis_tx_force", "pelvis_ty_force", "hip_flexion_r_moment",
                "hip_flexion_l_moment", "lumbar_extension_moment", "knee_angle_r_moment", "knee_angle_l_moment",
                "ankle_angle_r_moment", "ankle_angle_l_moment"), ours.labels());
        assertEquals(ref.rowCount(), ours.rowCount());
        assertEquals(before, digests(caseFolder), "run-tool changed files next to the reference");
    }

    @Test
    void runToolRefusesSetupsItCannotRunYet() {
        CliRun run = CliRun.of("run-tool", TestData.require(
                "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/ComputedMuscleControl/"
                        + "arm26_Setup_ComputedMuscleControl.xml").toString(), "--results-dir", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("cannot run <CMCTool> setups yet"), run.err());
    }

    @Test
    void unknownColumnsFailWithoutWritingOutput() throws IOException {
        Path motion = dir.resolve("q.mot");
        Files.writeString(motion, "q\nversion=1\nnRows=2\nnColumns=3\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\tr_wrist_flex\n0\t10\t1\n0.1\t11\t2\n");
        Path out = dir.resolve("id.sto");
        CliRun run = CliRun.of("id", "--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                motion.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("q.mot"), run.err());
        assertTrue(run.errorLine().contains("r_wrist_flex"), run.err());
        assertFalse(Files.exists(out), "output written despite the error");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(motion), files.toList(), "temporary files left behind");
        }
    }

    @Test
    void missingCoordinatesAreListedAndHeldAtDefault() throws IOException {
        Path motion = dir.resolve("q.mot");
        Files.writeString(motion, "q\nversion=1\nnRows=4\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n0\t10\n0.1\t11\n0.2\t12\n0.3\t13\n");
        Path out = dir.resolve("id.sto");
        CliRun run = CliRun.of("id", "--model", TestData.require(ARM26 + "arm26.osim").toString(), "--coordinates",
                motion.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("held at their default values: r_shoulder_elev"), run.err());
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            StringBuilder s = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
                s.append(String.format("%02x", b));
            }
            return s.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
