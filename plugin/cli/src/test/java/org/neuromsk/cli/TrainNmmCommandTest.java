package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * {@code neuromsk train EXPERIMENT.json} with an {@code "nmm"} experiment: one small virtual subject
 * (one load, two trials), 2 epochs, no ablations or baselines; and the one-line error for a bad key.
 */
class TrainNmmCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsTheNmmAndWritesTheModelFolder() throws Exception {
        VirtualSubjects.generate(GeneratorSettings.defaults(1, 5).withLoads(List.of(2.0)).withTrialsPerLoad(2)
                .withVerify(false), dir.resolve("virtual"), line -> { });
        // two epochs of training and of test-time refinement: this checks the command and its folder, not the fit
        Path exp = dir.resolve("elbow.json");
        Files.writeString(exp, "{\"type\": \"nmm\", \"subjects\": [\"virtual/subject01\"], \"seed\": 4,"
                + " \"ablations\": false, \"baselines\": false, \"model\": {\"maxEpochs\": 2, \"refineEpochs\": 2}}");
        CliRun r = CliRun.of("train", exp.toString(), "--seed", "7");
        assertEquals(0, r.exitCode(), r.err());
        // default model folder: the experiment's name without .json plus -model, beside it
        Path out = dir.resolve("elbow-model");
        assertTrue(r.out().startsWith("trained the NMM on 1 subject(s) (seed 7)"), r.out());
        assertTrue(r.out().contains("NMM study: 1 subject(s), 1 held-out trial(s), seed 7"), r.out());
        assertTrue(r.out().contains("wrote " + out), r.out());
        assertTrue(Files.isDirectory(out.resolve("subject01").resolve("nmm-model")));
        assertTrue(Files.exists(out.resolve("subject01").resolve("personalised_2kg.osim")));
        assertTrue(Files.exists(out.resolve("subject01").resolve("2kg_trial02_nmm_moment.sto")));
        assertTrue(Files.exists(out.resolve("study.txt")));
        // a study folder (it has study.txt) is replaced as a whole, like a gait EMG model folder
        Path stale = Files.writeString(out.resolve("stale.txt"), "from an earlier study");
        CliRun again = CliRun.of("train", exp.toString(), "--out", out.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(Files.exists(stale), "the old study folder was replaced, not merged");
        assertTrue(Files.isDirectory(out.resolve("subject01").resolve("nmm-model")));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary folder left beside it");
        }
    }

    @Test
    void unknownKeyIsAOneLineErrorNamingTheFile() throws Exception {
        Path exp = dir.resolve("bad.json");
        Files.writeString(exp, "{\"type\": \"nmm\", \"subjects\": [\"x\"], \"epochs\": 3}");
        CliRun r = CliRun.of("train", exp.toString());
        assertTrue(r.exitCode() != 0, r.out());
        assertTrue(r.errorLine().contains("bad.json") && r.errorLine().contains("unknown key 'epochs'"), r.err());
        assertEquals(1, r.errorLine().lines().count(), r.err());
    }
}
