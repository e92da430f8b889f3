package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;

class MuscleAnalysisCommandTest {

    private static final String ARM26 = "opensim-4.5.2/arm26/";

    @TempDir
    Path dir;

    /** OpenSim 4.5.2's arm26 lengths; our engine matches them to well under 1 µm (see the validation suite). */
    @Test
    void writesOpenSimStyleTablesMatchingTheReference() {
        CliRun run = CliRun.of("muscle-analysis", "--model", TestData.require(ARM26 + "arm26.osim").toString(),
                "--coordinates", TestData.require(ARM26 + "arm26_InverseKinematics.mot").toString(), "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Storage ours = StorageReader.read(dir.resolve("arm26_MuscleAnalysis_Length.sto"));
        Storage ref = StorageReader.read(TestData.require(ARM26
                + "muscle-analysis/expected/arm26_MuscleAnalysis_Length.sto"));
        assertEquals(ref.labels(), ours.labels());
        for (String muscle : ref.labels()) {
            assertArrayEquals(ref.column(muscle), ours.column(muscle), 1e-6, muscle);
        }
        assertTrue(Files.exists(dir.resolve("arm26_MuscleAnalysis_MomentArm_r_elbow_flex.sto")));
        assertTrue(Files.exists(dir.resolve("arm26_MuscleAnalysis_LengtheningSpeed.sto")));
    }

    @Test
    void runToolRunsAnAnalyzeToolWithAMuscleAnalysis() throws IOException {
        Path setup = dir.resolve("setup.xml");
        Files.writeString(setup, """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSimDocument Version="40000">
                  <AnalyzeTool name="armtest">
                    <model_file>%s</model_file>
                    <results_directory>out</results_directory>
                    <initial_time>0.5</initial_time>
                    <final_time>1</final_time>
                    <AnalysisSet name="Analyses"><objects>
                      <MuscleAnalysis name="MuscleAnalysis">
                        <on>true</on>
                        <muscle_list>BIClong BRA</muscle_list>
                        <moment_arm_coordinate_list>r_elbow_flex</moment_arm_coordinate_list>
                      </MuscleAnalysis>
                    </objects><groups/></AnalysisSet>
                    <coordinates_file>%s</coordinates_file>
                  </AnalyzeTool>
                </OpenSimDocument>
                """.formatted(TestData.require(ARM26 + "arm26.osim"),
                TestData.require(ARM26 + "arm26_InverseKinematics.mot")));
        CliRun run = CliRun.of("run-tool", setup.toString());
        assertEquals(0, run.exitCode(), run.err());
        Storage lengths = StorageReader.read(dir.resolve("out/armtest_MuscleAnalysis_Length.sto"));
        assertEquals(java.util.List.of("BIClong", "BRA"), lengths.labels());
        assertEquals(0.5, lengths.startTime(), 1e-9);
        assertEquals(1.0, lengths.endTime(), 1e-9);
        assertTrue(Files.exists(dir.resolve("out/armtest_MuscleAnalysis_MomentArm_r_elbow_flex.sto")));
        assertTrue(!Files.exists(dir.resolve("out/armtest_MuscleAnalysis_MomentArm_r_shoulder_elev.sto")));
    }

    @Test
    void unknownMuscleInTheSetupIsNamed() throws IOException {
        Path setup = dir.resolve("setup.xml");
        Files.writeString(setup, """
                <OpenSimDocument Version="40000"><AnalyzeTool name="a">
                  <model_file>%s</model_file>
                  <AnalysisSet name="Analyses"><objects><MuscleAnalysis name="MuscleAnalysis">
                    <on>true</on><muscle_list>BIClong FDS</muscle_list>
                  </MuscleAnalysis></objects><groups/></AnalysisSet>
                  <coordinates_file>%s</coordinates_file>
                </AnalyzeTool></OpenSimDocument>
                """.formatted(TestData.require(ARM26 + "arm26.osim"),
                TestData.require(ARM26 + "arm26_InverseKinematics.mot")));
        CliRun run = CliRun.of("run-tool", setup.toString(), "--results-dir", dir.resolve("r").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("FDS"), run.err());
    }
}
