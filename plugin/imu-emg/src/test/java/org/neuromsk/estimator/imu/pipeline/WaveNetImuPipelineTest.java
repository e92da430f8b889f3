package org.neuromsk.estimator.imu.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.ModelFiles;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineFileException;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.Estimators;

/**
 * A small {@code neuromsk run} with the {@code wavenet-imu} estimator on CEINMS-RT's gait data: a WaveNet
 * trained for a few epochs on 8 s of walk36 (virtual thigh, shank and foot IMUs) estimates the nine
 * envelopes of 3 s of walk45 from the virtual IMUs of that motion.
 */
class WaveNetImuPipelineTest {

    private static final List<String> ENVELOPES = List.of("soleus_r", "med_gas_r", "lat_gas_r", "tib_ant_r",
            "semimem_r", "bifemlh_r", "vas_lat_r", "rect_fem_r", "vas_med_r");

    @Test
    void aPipelineRunWritesTheEstimatedEnvelopesAsControlsAndAReport(@TempDir Path dir) throws IOException {
        Path data = TestData.require("ceinms-rt-lowerlimb");
        Path model = data.resolve("model/gait2392.osim");
        Path placements = Path.of("../../models-osim/imu/gait2392_lowerlimb_imus.json").toAbsolutePath().normalize();
        Path train = Files.createDirectories(dir.resolve("train/walk36"));
        for (String file : List.of("ik.sto", "emgFilt.sto")) {
            StorageWriter.write(StorageReader.read(data.resolve("data/walk36").resolve(file)).slice(0, 8),
                    train.resolve(file));
        }
        Path motion = Files.createDirectories(dir.resolve("walk45")).resolve("ik.sto");
        StorageWriter.write(StorageReader.read(data.resolve("data/walk45/ik.sto")).slice(0, 3), motion);
        Path file = dir.resolve("pipeline.json");
        Files.writeString(file, "{\"model\": \"" + json(model) + "\", \"motion\": \"walk45/ik.sto\",\n"
                + " \"estimator\": {\"type\": \"wavenet-imu\", \"ensemble\": 1, \"options\": {\"training\": "
                + "\"../train/walk36\", \"placements\": \"" + json(placements) + "\", \"epochs\": 3, "
                + "\"augment\": \"none\", \"seed\": 2, \"saveModel\": \"../model\"}},\n \"output\": \"out\"}");

        PipelineResult result = Pipeline.run(PipelineFile.read(file), PipelineProgress.silent(), Map.of(), Map.of());

        Path out = dir.resolve("out");
        assertTrue(Files.isRegularFile(out.resolve("report.html")), "report.html");
        assertTrue(Files.isRegularFile(out.resolve(Pipeline.CONTROLS_XML)), Pipeline.CONTROLS_XML);
        Storage controls = StorageReader.read(out.resolve(Pipeline.CONTROLS_STO));
        Storage excitations = StorageReader.read(out.resolve("excitations.sto"));
        assertEquals(92, excitations.columnCount(), "every gait2392 muscle has an excitation");
        assertEquals(StorageReader.read(motion).rowCount(), excitations.rowCount(), "one row per motion frame");
        boolean varies = false;
        for (String muscle : ENVELOPES) {
            double[] u = controls.column(muscle);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : u) {
                assertTrue(v >= WaveNetImuEstimator.MINIMUM && v <= 1, muscle + " control " + v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            varies |= max - min > 1e-3;
        }
        assertTrue(varies, "the estimated envelopes follow the IMU signals, not a constant");
        for (double v : excitations.column("glut_max1_r")) {
            assertEquals(WaveNetImuEstimator.MINIMUM, v, 0, "a muscle without an envelope is at the minimum");
        }
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("wavenet-imu: 9 of 92 muscles estimated")),
                result.notes().toString());

        // the saved network, loaded again, gives the same excitations (to the 1e-6 the table is written with)
        EstimatorInput input = new EstimatorInput(model, StorageReader.read(motion), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of("modelFolder", "../model", "placements", json(placements)));
        Storage loaded = Estimators.create(WaveNetImuEstimator.NAME).estimate(input, w -> { }).excitations();
        for (String muscle : ENVELOPES) {
            double[] expected = excitations.column(muscle);
            double[] actual = loaded.column(muscle);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], actual[k], 1e-6, muscle + " at row " + k);
            }
        }

        // on a copy with vas_lat_r disabled (appliesForce false) that muscle gets no control column: it is not
        // actuated, as static optimisation leaves it out; the other envelopes are unchanged
        Path disabled = ModelFiles.withForcesDisabled(model, dir.resolve("gait2392_without_vas_lat.osim"),
                List.of("vas_lat_r"));
        EstimatorInput withoutVasLat = new EstimatorInput(disabled, input.motion(), motion, Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, input.options());
        Storage partial = Estimators.create(WaveNetImuEstimator.NAME).estimate(withoutVasLat, w -> { }).excitations();
        assertEquals(91, partial.columnCount());
        assertFalse(partial.hasColumn("vas_lat_r"));
        assertEquals(loaded.column("vas_med_r")[5], partial.column("vas_med_r")[5], 0);
    }

    @Test
    void badOptionsFailThePipelineFileBeforeAnyComputation(@TempDir Path dir) throws IOException {
        Path data = TestData.require("ceinms-rt-lowerlimb");
        Path model = data.resolve("model/gait2392.osim");
        Path file = dir.resolve("pipeline.json");
        Files.writeString(file, "{\"model\": \"" + json(model) + "\", \"motion\": \""
                + json(data.resolve("data/walk45/ik.sto")) + "\",\n \"estimator\": {\"type\": \"wavenet-imu\", "
                + "\"options\": {\"training\": \"" + json(dir.resolve("nowhere")) + "\", \"epochs\": 0}},\n"
                + " \"output\": \"out\"}");

        PipelineFileException e = assertThrows(PipelineFileException.class, () -> PipelineFile.read(file));

        assertTrue(e.problems().contains("estimator.options.training: folder not found: " + dir.resolve("nowhere")),
                e.problems().toString());
        assertTrue(e.problems().contains("estimator.options.epochs: must be a whole number ≥ 1, got 0.0"),
                e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("estimator.options.placements: required")),
                e.problems().toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing computed, no output folder");
    }

    private static String json(Path p) {
        return p.toString().replace("\\", "/");
    }
}
