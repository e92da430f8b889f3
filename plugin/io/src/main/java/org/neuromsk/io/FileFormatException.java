package org.neuromsk.io;

import java.nio.file.Path;

import org.neuromsk.error.NeuroMskException;

/**
 * A file that cannot be read as what it claims to be. The message names the file, the line (when
 * known) and what is wrong, on one line: {@code arm26.mot:12: expected 3 values, found 2}.
 */
public class FileFormatException extends NeuroMskException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * @param file the file being read
     * @param line 1-based line number, or 0 when the problem is not tied to a line
     * @param problem what is wrong, without the file name
     */
    public FileFormatException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    /**
     * @param file the file being read
     * @param line 1-based line number, or 0 when the problem is not tied to a line
     * @param problem what is wrong, without the file name
     * @param cause the underlying error, or null
     */
    public FileFormatException(Path file, int line, String problem, Throwable cause) {
        super(location(file, line) + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** @return the file that could not be read */
    public Path file() {
        return file;
    }

    /** @return the 1-based line number, or 0 when not tied to a line */
    public int line() {
        return line;
    }

    private static String location(Path file, int line) {
        String name = file == null ? "<input>" : file.toString();
        return line > 0 ? name + ":" + line : name;
    }
}
