package org.neuromsk.estimator.nmm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.pipeline.Pipeline;
import org.neuromsk.pipeline.PipelineFile;
import org.neuromsk.pipeline.PipelineProgress;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.forward.KinematicsComparison.CoordinateError;

/**
 * The NMM balances one coordinate; on arm26 (shoulder and elbow) the shoulder's reserve carries what the
 * estimated muscle forces leave of its inverse-dynamics moment, so that the forward check does not let the
 * shoulder fall. Four of CMC's six excitations of the arm26 tutorial stand in for EMG (BRA and TRImed
 * hidden).
 */
class OtherCoordinateReservesTest {

    @Test
    void theShoulderReserveHoldsTheShoulderWhileTheElbowIsLeftToTheMuscles(@TempDir Path dir) throws IOException {
        Path arm26 = TestData.require("opensim-4.5.2/arm26");
        Path cmc = TestData.require("opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/"
                + "ComputedMuscleControl/Results/arm26_controls.sto");
        Storage controls = StorageReader.read(cmc);
        StorageWriter.write(controls.select(List.of("TRIlong", "TRIlat", "BIClong", "BICshort")),
                dir.resolve("emg.sto"));
        Path file = Files.writeString(dir.resolve("pipeline.json"), "{\"model\": \"" + json(arm26.resolve("arm26.osim"))
                + "\", \"motion\": \"" + json(arm26.resolve("arm26_InverseKinematics.mot")) + "\", \"emg\": \"emg.sto\","
                + " \"estimator\": {\"type\": \"nmm\", \"ensemble\": 1, \"options\": {\"baselines\": false}},"
                + " \"output\": \"out\"}");

        PipelineResult r = Pipeline.run(PipelineFile.read(file), PipelineProgress.silent(), Map.of(), Map.of());

        Storage reserves = r.estimate().reserveControls().orElseThrow();
        assertEquals(List.of("r_shoulder_elev_reserve"), reserves.labels());
        assertFalse(reserves.hasColumn("r_elbow_flex_reserve"), "the elbow is left to the estimated excitations");
        // without the shoulder reserve the shoulder left the motion by 13.2° RMS (26.6° at most) in 1 s; with
        // it, what remains comes from the elbow's own error (about 10° RMS), which changes the shoulder's
        // dynamics from those the reserve was computed for: about 3.7° RMS
        CoordinateError shoulder = r.kinematics().stream().filter(e -> e.coordinate().equals("r_shoulder_elev"))
                .findFirst().orElseThrow();
        assertTrue(shoulder.rms() < 6, "shoulder " + shoulder.rms() + "° RMS");
        assertTrue(r.notes().contains("NMM: balances r_elbow_flex only; the reserves of the other 1 coordinate(s) "
                + "carry what its muscle forces leave of their inverse dynamics"), r.notes().toString());
    }

    private static String json(Path p) {
        return p.toAbsolutePath().toString().replace("\\", "/");
    }
}
