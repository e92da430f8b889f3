package org.neuromsk.validation.id;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.tool.InverseDynamicsSetup;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * One reference case: a setup file run with OpenSim 4.5.2 and the output it wrote.
 *
 * @param name short name for reports
 * @param setup path of the setup file inside the shared data folder
 * @param assemble files (inside the shared data folder) copied beside the setup in a temporary
 *     folder, because the setup expects them there; empty to run the setup where it is
 * @param lowpassOverride a cut-off (Hz) replacing the setup's, or null to keep it
 * @param reference path of OpenSim's output inside the shared data folder
 */
public record InverseDynamicsCase(String name, String setup, List<String> assemble, Double lowpassOverride,
        String reference) {

    /** The cases whose references OpenSim 4.5.2 reproduces (see the shared data's README). */
    public static final List<InverseDynamicsCase> ALL = List.of(
            new InverseDynamicsCase("arm26 filtered (6 Hz)",
                    "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/"
                            + "arm26_Setup_InverseDynamics.xml",
                    List.of("opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/arm26.osim",
                            "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseKinematics/"
                                    + "arm26_InverseKinematics.mot"),
                    null,
                    "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/"
                            + "FilteredResults/arm26_InverseDynamics.sto"),
            new InverseDynamicsCase("arm26 unfiltered",
                    "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/"
                            + "arm26_Setup_InverseDynamics.xml",
                    List.of("opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/arm26.osim",
                            "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseKinematics/"
                                    + "arm26_InverseKinematics.mot"),
                    -1.0,
                    "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/"
                            + "UnfilteredResults/arm26_InverseDynamics.sto"),
            new InverseDynamicsCase("gait10dof18musc walk with GRF",
                    "opensim-models/Pipelines/Gait10dof18musc/OutputReference/ID/walk_Setup_ID.xml", List.of(), null,
                    "opensim-models/Pipelines/Gait10dof18musc/OutputReference/ID/Results/subject01_walk_ID.sto"),
            new InverseDynamicsCase("Rajagopal walk (coupled knee)",
                    "opensim-4.5.2/rajagopal-walk/walk_Setup_ID.xml", List.of(), null,
                    "opensim-4.5.2/rajagopal-walk/id/expected/id.sto"));

    /** @return the files this case reads from the shared data folder */
    public List<String> inputs() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(setup, reference), assemble.stream()).toList();
    }

    /**
     * Runs the case; nothing is written into the shared data folder.
     *
     * @param backend the backend to compute with
     * @param workDir a scratch folder for assembled inputs and results
     * @param warnings receives the backend's notes
     * @return our output and OpenSim's
     */
    public Outcome run(MskBackend backend, Path workDir, java.util.function.Consumer<String> warnings) {
        Path data = SharedData.directory();
        Path setupFile = data.resolve(setup);
        try {
            Files.createDirectories(workDir);
            if (!assemble.isEmpty()) {
                Path copy = workDir.resolve(setupFile.getFileName());
                Files.copy(setupFile, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                for (String f : assemble) {
                    Path source = data.resolve(f);
                    Files.copy(source, workDir.resolve(source.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                setupFile = copy;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InverseDynamicsSetup s = InverseDynamicsSetup.read(setupFile, Optional.of(workDir.resolve("results")));
        if (lowpassOverride != null) {
            s = new InverseDynamicsSetup(s.setupFile(), s.model(), s.coordinates(), s.externalLoads(), lowpassOverride,
                    s.timeRange(), s.excludedForces(), s.output());
        }
        long start = System.nanoTime();
        Storage actual = s.run(backend, warnings);
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new Outcome(this, actual, StorageReader.read(data.resolve(reference)), seconds);
    }

    /**
     * @param testCase the case
     * @param actual our generalized forces
     * @param expected OpenSim's
     * @param seconds wall time of loading and computing (s)
     */
    public record Outcome(InverseDynamicsCase testCase, Storage actual, Storage expected, double seconds) {
    }
}
