package org.neuromsk.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/** A pipeline file with problems; the message lists every one, one per line. */
public final class PipelineFileException extends NeuroMskException {

    private static final long serialVersionUID = 1L;

    /** The problems found, one line each. */
    private final List<String> problems;

    /**
     * @param file the pipeline file
     * @param problems every problem, one line each
     */
    public PipelineFileException(Path file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, one line each */
    public List<String> problems() {
        return problems;
    }
}
