package org.neuromsk.pipeline.forward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neuromsk.io.testing.TestData;

/** The first 0.5 s of ceinms-rt-lowerlimb walk45 with gait2392, as pipeline files in a test folder. */
final class Walk45Start {

    private Walk45Start() {
    }

    /**
     * Writes {@code ik.sto} (the first 51 rows, 0.5 s at 100 Hz) and {@code p.json}: static optimisation,
     * one member, no external loads, the given {@code forward} object.
     *
     * @param dir the folder
     * @param forward the pipeline's {@code forward} object (JSON), e.g. {@code {}}
     * @return the pipeline file
     */
    static Path pipeline(Path dir, String forward) throws IOException {
        return pipeline(dir, forward, model());
    }

    /** @return gait2392 of the shared data */
    static Path model() {
        return TestData.require("ceinms-rt-lowerlimb/model/gait2392.osim");
    }

    /**
     * @param model the model file to name in the pipeline file
     * @see #pipeline(Path, String)
     */
    static Path pipeline(Path dir, String forward, Path model) throws IOException {
        Path ik = TestData.require("ceinms-rt-lowerlimb/data/walk45/ik.sto");
        TrimmedMotion.write(ik, 0.5, dir.resolve("ik.sto"));
        Path file = dir.resolve("p.json");
        Files.writeString(file, "{\"model\": \"" + model.toString().replace("\\", "/")
                + "\", \"motion\": \"ik.sto\", \"estimator\": {\"type\": \"static-optimization\", \"ensemble\": 1},"
                + " \"forward\": " + forward + ", \"output\": \"out\"}");
        return file;
    }
}
