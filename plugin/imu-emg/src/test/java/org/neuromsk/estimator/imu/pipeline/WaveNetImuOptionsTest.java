package org.neuromsk.estimator.imu.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.Estimators;

class WaveNetImuOptionsTest {

    private static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();
    private static final Path GAIT_IMUS = Path.of("../../models-osim/imu/gait2392_lowerlimb_imus.json")
            .toAbsolutePath().normalize();

    @Test
    void theServiceEntryMakesTheEstimatorAvailable() {
        assertTrue(Estimators.available().contains(WaveNetImuEstimator.NAME), Estimators.available().toString());
        assertEquals(WaveNetImuEstimator.NAME, Estimators.create(WaveNetImuEstimator.NAME).name());
    }

    @Test
    void noOptionsNamesTheTwoThatAreRequired() {
        assertEquals(List.of(
                "estimator.options.training: required unless modelFolder is given (trial folders with ik.sto and "
                        + "emgFilt.sto)",
                "estimator.options.placements: required when no imu recording is given (the virtual IMUs are "
                        + "synthesised from the motion)"),
                WaveNetImuOptions.problems(Map.of(), Path.of(".")));
    }

    @Test
    void everyBadOptionGetsOneLineNamingIt(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("saved"));
        List<String> problems = WaveNetImuOptions.problems(Map.of("training", "nowhere", "modelFolder", "saved",
                "placements", "p.json", "epochs", 0.0, "seed", 1.5, "augment", "fast", "lowpass", -3.0,
                "speed", 1.0, "settings", Map.of("layers", 3.0)), dir);
        assertEquals(List.of(
                "estimator.options.speed: unknown key (allowed: amplitudeExponent, augment, epochs, imu, lowpass, "
                        + "modelFolder, muscles, placements, saveModel, seed, settings, training)",
                "estimator.options.training: folder not found: " + dir.resolve("nowhere"),
                "estimator.options.modelFolder: give either training or modelFolder, not both",
                "estimator.options.placements: file not found: " + dir.resolve("p.json"),
                "estimator.options.seed: must be a whole number, got 1.5",
                "estimator.options.epochs: must be a whole number ≥ 1, got 0.0",
                "estimator.options.augment: must be a list of cadence factors or \"none\", got fast",
                "estimator.options.lowpass: must be a positive cut-off frequency (Hz), got -3.0"),
                problems.stream().filter(p -> !p.startsWith("estimator.options.settings.")).toList());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("estimator.options.settings.layers: unknown key"))
                .count(), problems.toString());
        // listed once: not again as "estimator.options.settings: unknown setting 'layers'" by the strict overlay
        assertEquals(0, problems.stream().filter(p -> p.startsWith("estimator.options.settings:")).count(),
                problems.toString());
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> WaveNetImuOptions.parse(Map.of("training", "nowhere", "placements", "p.json"), dir));
        assertEquals("estimator wavenet-imu: 2 problem(s): estimator.options.training: folder not found: "
                + dir.resolve("nowhere") + "; estimator.options.placements: file not found: " + dir.resolve("p.json"),
                e.getMessage());
    }

    @Test
    void goodOptionsResolveRelativeToTheMotionFolder(@TempDir Path dir) throws IOException {
        Path trial = Files.createDirectories(dir.resolve("walk36"));
        Files.writeString(trial.resolve("ik.sto"), "");
        Files.writeString(trial.resolve("emgFilt.sto"), "");
        Files.writeString(dir.resolve("p.json"), "{}");
        WaveNetImuOptions o = WaveNetImuOptions.parse(Map.of("training", List.of("walk36"), "placements", "p.json",
                "epochs", 3.0, "seed", 7.0, "augment", List.of(0.9, 1.1), "amplitudeExponent", 1.0,
                "settings", Map.of("residualChannels", 8.0)), dir.resolve("sub/..").normalize());
        assertEquals(List.of(trial), o.training());
        assertEquals(Optional.of(dir.resolve("p.json")), o.placements());
        assertTrue(o.trains());
        assertEquals(3, o.settings().maxEpochs());
        assertEquals(8, o.settings().residualChannels());
        assertEquals(7, o.seed());
        assertEquals(7, o.settings().seed());
        assertEquals(List.of(0.9, 1.1), o.augmentation().factors());
        assertEquals(1.0, o.augmentation().exponent());
        assertEquals(11, o.withSeed(11).settings().seed());
        // a loaded model with a recording needs neither training nor placements
        Files.createDirectories(dir.resolve("saved"));
        Files.writeString(dir.resolve("imu.sto"), "");
        assertEquals(List.of(), WaveNetImuOptions.problems(Map.of("modelFolder", "saved", "imu", "imu.sto"), dir));
        // ensembles and the learning-rate step-down belong to neuromsk imu-emg, not to this one-network estimator
        List<String> refused = WaveNetImuOptions.problems(Map.of("modelFolder", "saved", "imu", "imu.sto",
                "settings", Map.of("members", 3.0, "fineTuneFactor", 0.1)), dir);
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.stream().allMatch(p -> p.contains("trains one network")), refused.toString());
    }

    @Test
    void optionsThatDoNotFitTheModelFailBeforeAnyTraining(@TempDir Path dir) throws IOException {
        // an elbow model: the gait placements name bodies it lacks, and soleus_r is none of its muscles
        Path trial = Files.createDirectories(dir.resolve("trial"));
        String rows = "endheader\ntime\tr_elbow_flex\n0\t10\n0.01\t11\n0.02\t12\n";
        Files.writeString(trial.resolve("ik.sto"), "ik\nversion=1\nnRows=3\nnColumns=2\ninDegrees=yes\n" + rows);
        Files.writeString(trial.resolve("emgFilt.sto"), "emg\nversion=1\nnRows=3\nnColumns=3\nendheader\n"
                + "time\tBIClong\tsoleus_r\n0\t0.1\t0.2\n0.01\t0.1\t0.2\n0.02\t0.1\t0.2\n");
        Path motion = trial.resolve("ik.sto");
        EstimatorInput input = new EstimatorInput(ELBOW, StorageReader.read(motion), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of("training", ".", "placements", GAIT_IMUS.toString()));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new WaveNetImuEstimator().estimate(input, w -> { }));
        List<String> lines = List.of(e.getMessage().split("(?<=problem\\(s\\)):\\s|;\\s(?=estimator\\.options\\.)"));
        assertEquals("estimator wavenet-imu: 2 problem(s):", lines.get(0) + ":");
        assertTrue(lines.get(1).startsWith("estimator.options.placements: ") && lines.get(1).contains("femur_r"),
                lines.get(1));
        assertEquals("estimator.options.training: column 'soleus_r' of " + trial.resolve("emgFilt.sto")
                + " is not a muscle of elbow.osim", lines.get(2));
    }

    @Test
    void trainingCoordinatesAndSavedModelsAreCheckedAgainstTheModel(@TempDir Path dir) throws IOException {
        Path trial = Files.createDirectories(dir.resolve("trial"));
        StringBuilder rows = new StringBuilder("endheader\ntime\tknee_angle_r\n");
        for (int i = 0; i < 12; i++) {
            rows.append(i * 0.01).append('\t').append(i).append('\n');
        }
        Files.writeString(trial.resolve("ik.sto"), "ik\nversion=1\nnRows=12\nnColumns=2\ninDegrees=yes\n" + rows);
        Files.writeString(trial.resolve("emgFilt.sto"), "emg\nversion=1\nnRows=2\nnColumns=2\nendheader\n"
                + "time\tBIClong\n0\t0.1\n0.01\t0.1\n");
        Files.writeString(dir.resolve("forearm.json"), "{\"imus\": [{\"name\": \"forearm_imu\", \"frame\": "
                + "\"r_forearm\", \"translation\": [0, -0.1, 0], \"orientation\": [0, 0, 0]}]}");
        Path motion = trial.resolve("ik.sto");
        EstimatorInput training = new EstimatorInput(ELBOW, StorageReader.read(motion), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of("training", ".", "placements", "../forearm.json"));
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> new WaveNetImuEstimator().estimate(training, w -> { }));
        List<String> lines = List.of(e.getMessage().split("(?<=problem\\(s\\)):\\s|;\\s(?=estimator\\.options\\.)"));
        assertEquals(2, lines.size(), e.getMessage());
        assertTrue(lines.get(1).startsWith("estimator.options.training: ") && lines.get(1).contains("knee_angle_r"),
                lines.get(1));
        // a folder that is not a saved WaveNet
        Files.createDirectories(dir.resolve("empty"));
        EstimatorInput loading = new EstimatorInput(ELBOW, StorageReader.read(motion), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of("modelFolder", "../empty", "placements", "../forearm.json"));
        e = assertThrows(NeuroMskException.class, () -> new WaveNetImuEstimator().estimate(loading, w -> { }));
        lines = List.of(e.getMessage().split("(?<=problem\\(s\\)):\\s|;\\s(?=estimator\\.options\\.)"));
        assertEquals(2, lines.size(), e.getMessage());
        assertTrue(lines.get(1).startsWith("estimator.options.modelFolder: ") && lines.get(1).contains("network.json"),
                lines.get(1));
    }
}
