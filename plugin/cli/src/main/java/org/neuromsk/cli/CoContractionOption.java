package org.neuromsk.cli;

import org.neuromsk.virtual.CoContractionMode;

import picocli.CommandLine.Option;

/** The {@code --co-contraction} option of the commands that generate virtual subjects. */
final class CoContractionOption {

    @Option(names = "--co-contraction", paramLabel = "shared|per-muscle", defaultValue = "shared",
            description = "phase of the slow co-contraction modulation: shared = one command for all of a subject's "
                    + "muscles (default), per-muscle = a phase per muscle (the former default; a hidden muscle's "
                    + "modulation then shows in no input)")
    private String text;

    /** @return the chosen mode; a bad value stops with one line naming the option */
    CoContractionMode mode() {
        return CoContractionMode.parse("--co-contraction", text);
    }
}
