package org.neuromsk.cli;

import java.nio.file.Path;

import org.neuromsk.backend.TimeRange;

import picocli.CommandLine.Option;

/**
 * The model-and-motion options shared by the commands that compute over a motion (id,
 * muscle-analysis, static-optimization): {@code --model}, {@code --coordinates}, {@code --lowpass},
 * {@code --start} and {@code --end}.
 */
final class MotionOptions {

    @Option(names = "--model", required = true, paramLabel = "M.osim", description = "the OpenSim model")
    private Path model;

    @Option(names = "--coordinates", required = true, paramLabel = "Q.mot",
            description = "coordinate values over time (.mot/.sto; degrees when its header says inDegrees=yes)")
    private Path coordinates;

    @Option(names = "--lowpass", paramLabel = "HZ", defaultValue = "-1",
            description = "low-pass cut-off for the coordinates (Hz); negative: no filtering (default; OpenSim "
                    + "setups often use 6)")
    private double lowpass;

    @Option(names = "--start", paramLabel = "T", description = "first time (s); default: start of the motion")
    private Double start;

    @Option(names = "--end", paramLabel = "T", description = "last time (s); default: end of the motion")
    private Double end;

    /** @return the model file */
    Path model() {
        return model;
    }

    /** @return the motion file */
    Path coordinates() {
        return coordinates;
    }

    /** @return the low-pass cut-off (Hz), negative for none */
    double lowpass() {
        return lowpass;
    }

    /** @return the first time (s), −∞ when not given */
    double start() {
        return start == null ? Double.NEGATIVE_INFINITY : start;
    }

    /** @return the last time (s), +∞ when not given */
    double end() {
        return end == null ? Double.POSITIVE_INFINITY : end;
    }

    /** @return [start, end] (s) */
    TimeRange range() {
        return new TimeRange(start(), end());
    }

    /** @return the model file's name without its extension */
    String modelName() {
        String file = model.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
