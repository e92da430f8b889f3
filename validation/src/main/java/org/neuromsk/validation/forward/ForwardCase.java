package org.neuromsk.validation.forward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.tool.ForwardOutput;
import org.neuromsk.backend.tool.ForwardSetup;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.xml.OpenSimXml;

/**
 * One reference case: a ForwardTool setup run with OpenSim 4.5.2 and the states and controls it wrote.
 *
 * @param name short name for reports
 * @param folder the case's folder inside the shared data folder
 * @param setup the setup file, relative to {@code folder}
 * @param inputs the files the setup reads, relative to {@code folder}; copied with the setup into a
 *     scratch folder keeping their relative paths, so that nothing is written into the shared data
 * @param referenceStates OpenSim's states, relative to {@code folder}
 * @param referenceControls OpenSim's controls, relative to {@code folder}
 */
public record ForwardCase(String name, String folder, String setup, List<String> inputs, String referenceStates,
        String referenceControls) {

    /** The cases with OpenSim 4.5.2 references. */
    public static final List<ForwardCase> ALL = List.of(new ForwardCase(
            "arm26 driven by its static-optimisation controls", "opensim-4.5.2/arm26", "arm26_Setup_Forward.xml",
            List.of("arm26.osim", "so/expected/arm26_StaticOptimization_controls.xml"),
            "forward/expected/arm26_states.sto", "forward/expected/arm26_controls.sto"));

    /** @return the files this case reads, relative to the shared data folder */
    public List<String> files() {
        return Stream.concat(Stream.of(setup, referenceStates, referenceControls), inputs.stream())
                .map(f -> folder + "/" + f).toList();
    }

    /**
     * Runs the case as {@code neuromsk run-tool} would, from a scratch copy, and reads back what it
     * wrote.
     *
     * @param backend the backend to compute with
     * @param workDir a scratch folder
     * @param warnings receives the backend's notes
     * @return our results and OpenSim's
     */
    public Outcome run(MskBackend backend, Path workDir, Consumer<String> warnings) {
        Path source = SharedData.directory().resolve(folder);
        try {
            for (String f : Stream.concat(Stream.of(setup), inputs.stream()).toList()) {
                Path target = workDir.resolve(f);
                Files.createDirectories(target.getParent());
                Files.copy(source.resolve(f), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ForwardSetup s = ForwardSetup.read(OpenSimXml.readTool(workDir.resolve(setup), ForwardTool.class),
                Optional.of(workDir.resolve("results")), warnings);
        long t0 = System.nanoTime();
        ForwardOutput.Files files = s.run(backend, warnings, false);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        List<CoordinateInfo> coordinates;
        try (MskModel m = backend.loadModel(s.model(), message -> { })) {
            coordinates = m.coordinates();
        }
        return new Outcome(this, StorageReader.read(files.states()), StorageReader.read(files.controls()),
                StorageReader.read(source.resolve(referenceStates)), StorageReader.read(source.resolve(referenceControls)),
                coordinates, seconds, s.end() - s.start());
    }

    /**
     * @param testCase the case
     * @param states our states as written (radians)
     * @param controls our controls as written
     * @param expectedStates OpenSim's states
     * @param expectedControls OpenSim's controls
     * @param coordinates the model's coordinates
     * @param seconds wall time of loading, simulating and writing (s)
     * @param simulated simulated time (s)
     */
    public record Outcome(ForwardCase testCase, Storage states, Storage controls, Storage expectedStates,
            Storage expectedControls, List<CoordinateInfo> coordinates, double seconds, double simulated) {
    }
}
