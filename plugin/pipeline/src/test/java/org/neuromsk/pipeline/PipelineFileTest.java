package org.neuromsk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.pipeline.forward.TrackingGains;

class PipelineFileTest {

    static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();

    static Path motion(Path dir) throws IOException {
        Path m = dir.resolve("motion.mot");
        StringBuilder b = new StringBuilder("motion\nversion=1\nnRows=5\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n");
        for (int k = 0; k < 5; k++) {
            b.append(k * 0.01).append('\t').append(20 + k).append('\n');
        }
        Files.writeString(m, b);
        return m;
    }

    @Test
    void everyProblemIsListedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        motion(dir);
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": \"motion.mot\","
                + " \"emg\": \"missing.sto\", \"muscles\": [\"BIClong\", \"DELT1\"], \"colour\": \"red\","
                + " \"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 0},"
                + " \"forward\": {\"accuracy\": -1}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        List<String> p = e.problems();
        assertTrue(p.stream().anyMatch(s -> s.startsWith("colour: unknown key")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("emg: file not found")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("'DELT1' is not a muscle")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("estimator.ensemble")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("forward.accuracy")), p.toString());
        assertEquals(5, p.size(), p.toString());
        assertEquals(p.size() + 1, e.getMessage().split("\n").length, "one line per problem after the header");
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written");
    }

    @Test
    void unavailableEstimatorAndBadJsonAreReported(@TempDir Path dir) throws IOException {
        motion(dir);
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": \"motion.mot\","
                + " \"estimator\": {\"type\": \"magic\"}, \"output\": \"out\"}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertTrue(e.problems().get(0).contains("unknown estimator 'magic'"), e.problems().toString());
        Files.writeString(file, "{\"model\": ");
        e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertTrue(e.problems().get(0).startsWith("JSON line 1"), e.problems().toString());
    }

    @Test
    void aValidFileGivesDefaultsAndAllMuscles(@TempDir Path dir) throws IOException {
        motion(dir);
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": \"motion.mot\","
                + " \"forward\": {\"trackingCorrection\": true}, \"output\": \"out\"}");
        PipelineSpec s = PipelineFile.read(file);
        assertEquals(List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed"), s.muscles());
        assertTrue(s.forward().trackingCorrection());
        assertEquals(TrackingGains.acceleration(10_000, 200), s.forward().gains());
        assertEquals(0.002, s.forward().correctionInterval());
        assertEquals(dir.resolve("out").toAbsolutePath().normalize(), s.output());
    }

    @Test
    void trackingGainsAreAccelerationOrTorqueGainsNeverBoth(@TempDir Path dir) throws IOException {
        motion(dir);
        Path file = dir.resolve("p.json");
        String head = "{\"model\": \"" + ELBOW.toString().replace("\\", "/") + "\", \"motion\": \"motion.mot\","
                + " \"output\": \"out\", \"forward\": {\"trackingCorrection\": true, ";
        Files.writeString(file, head + "\"kp\": 64}}");
        assertEquals(TrackingGains.acceleration(64, 200), PipelineFile.read(file).forward().gains());
        Files.writeString(file, head + "\"stiffness\": 150}}");
        assertEquals(TrackingGains.torque(150, 20), PipelineFile.read(file).forward().gains());
        Files.writeString(file, head + "\"kv\": 10, \"damping\": 5}}");
        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("forward: give kp/kv (acceleration gains, 1/s² and 1/s) or stiffness/damping (N·m/rad"
                + " and N·m·s/rad), not both"), e.problems());
        // ω = √kp = 100 rad/s, kv = 2ω, T = 0.02 s (ωT = 2): the one-step map is [[-1, -T], [-4/T, -3]] in
        // (e, ė), eigenvalues -2 ± √5, radius 2 + √5 = 4.24; the loop turns unstable at ωT = 1, half is 0.005 s
        Files.writeString(file, head + "\"correctionInterval\": 0.02}}");
        e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("forward: kp 10000 1/s² and kv 200 1/s held over correctionInterval 0.02 s make the "
                + "tracking correction unstable (error grows ×4.24 per interval); use correctionInterval 0.005 s or "
                + "less, or lower gains"), e.problems());
        // a bad interval is one problem, not also an "unstable" one computed from it
        Files.writeString(file, head + "\"correctionInterval\": -0.01}}");
        e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("forward.correctionInterval: must be a positive number, got -0.01"), e.problems());
        Files.writeString(file, head + "\"kp\": -1}}");
        e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));
        assertEquals(List.of("forward.kp: must be a number >= 0, got -1.0"), e.problems());
    }
}
