package org.neuromsk.validation.ma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.PathWrap;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.engine.wrap.WrapEllipsoid;
import org.neuromsk.io.SharedData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * A MuscleAnalysis reference: model, motion and OpenSim's tables.
 *
 * @param name short name for reports
 * @param model the model, inside the shared data folder
 * @param coordinates the motion, inside the shared data folder
 * @param expectedFolder the folder of OpenSim's tables
 * @param prefix the tables' common prefix, e.g. {@code arm26_MuscleAnalysis_}
 */
public record MuscleAnalysisCase(String name, String model, String coordinates, String expectedFolder,
        String prefix) {

    /** The reference cases. */
    public static final List<MuscleAnalysisCase> ALL = List.of(
            new MuscleAnalysisCase("arm26 (cylinders, ellipsoids)", "opensim-4.5.2/arm26/arm26.osim",
                    "opensim-4.5.2/arm26/arm26_InverseKinematics.mot", "opensim-4.5.2/arm26/muscle-analysis/expected",
                    "arm26_MuscleAnalysis_"),
            new MuscleAnalysisCase("gait10dof18musc (conditional, moving points)",
                    "opensim-models/Pipelines/Gait10dof18musc/OutputReference/subject01.osim",
                    "opensim-models/Pipelines/Gait10dof18musc/OutputReference/IK/subject01_walk_IK.mot",
                    "opensim-4.5.2/gait10dof18musc/muscle-analysis/expected", "subject01_walk_MuscleAnalysis_"),
            new MuscleAnalysisCase("Rajagopal walk (80 muscles, coupled knee)",
                    "opensim-4.5.2/rajagopal-walk/subject_walk_scaled.osim",
                    "opensim-4.5.2/rajagopal-walk/coordinates.sto",
                    "opensim-4.5.2/rajagopal-walk/muscle-analysis/expected", "walk_MuscleAnalysis_"));

    /** @return the files and folders this case reads */
    public List<String> inputs() {
        return List.of(model, coordinates, expectedFolder);
    }

    /**
     * @param result our tables
     * @param expectedLengths OpenSim's lengths
     * @param expectedMomentArms OpenSim's moment arms by coordinate
     * @param ellipsoidMuscles muscles whose path can wrap over an ellipsoid
     * @param seconds wall time of the analysis (s)
     */
    public record Outcome(MuscleAnalysis.Result result, Storage expectedLengths, Map<String, Storage> expectedMomentArms,
            List<String> ellipsoidMuscles, double seconds) {
    }

    /**
     * @param warnings receives the engine's notes
     * @return our tables and OpenSim's
     * @throws java.io.IOException if the reference folder cannot be listed
     */
    public Outcome run(Consumer<String> warnings) throws java.io.IOException {
        Path data = SharedData.directory();
        Model m = ModelLoader.load(data.resolve(model));
        Path motion = data.resolve(coordinates);
        long t0 = System.nanoTime();
        MuscleAnalysis.Result result = new MuscleAnalysis(m).run(StorageReader.read(motion), motion, warnings);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Path folder = data.resolve(expectedFolder);
        Storage lengths = StorageReader.read(folder.resolve(prefix + "Length.sto"));
        Map<String, Storage> arms = new LinkedHashMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                String head = prefix + "MomentArm_";
                if (file.startsWith(head) && file.endsWith(".sto")) {
                    arms.put(file.substring(head.length(), file.length() - 4), StorageReader.read(p));
                }
            }
        }
        List<String> ellipsoid = new ArrayList<>();
        for (Map.Entry<String, GeometryPath> e : m.paths().entrySet()) {
            for (PathWrap w : e.getValue().wraps()) {
                if (w.geometry() instanceof WrapEllipsoid) {
                    ellipsoid.add(e.getKey());
                    break;
                }
            }
        }
        return new Outcome(result, lengths, arms, ellipsoid, seconds);
    }
}
