package org.neuromsk.io.trc;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.NumberText;

/**
 * Writes {@link TrcFile}s in the layout {@link TrcReader} and OpenSim read (PathFileType 4,
 * tab-separated), through {@link AtomicFiles}. Numbers are the shortest text that reads back to the
 * identical double; a missing marker is written as three empty cells.
 */
public final class TrcWriter {

    private TrcWriter() {
    }

    /**
     * @param trc the markers
     * @param target the file to create or replace; its name goes on the first line
     * @throws NeuroMskException if the file cannot be written (the target is then untouched)
     */
    public static void write(TrcFile trc, Path target) {
        if (trc.frameCount() == 0) {
            throw new NeuroMskException(target + ": cannot write a TRC file without frames");
        }
        Path fileName = target.getFileName();
        AtomicFiles.writeText(target, out -> write(trc, out, fileName == null ? "" : fileName.toString()));
    }

    /**
     * Writes to a stream (the caller closes it).
     *
     * @param trc the markers
     * @param out where to write
     * @param fileName name written on the first line
     * @throws IOException if writing fails
     */
    public static void write(TrcFile trc, Writer out, String fileName) throws IOException {
        out.write("PathFileType\t" + TrcFile.PATH_FILE_TYPE + "\t" + TrcFile.AXIS_ORDER + "\t" + fileName + "\n");
        StringBuilder keys = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, String> e : trc.metadata().entrySet()) {
            if (keys.length() > 0) {
                keys.append('\t');
                values.append('\t');
            }
            keys.append(e.getKey());
            values.append(e.getValue());
        }
        out.write(keys + "\n");
        out.write(values + "\n");

        StringBuilder line = new StringBuilder("Frame#\tTime");
        for (String name : trc.markerNames()) {
            line.append('\t').append(name).append("\t\t");
        }
        out.write(line + "\n");
        line.setLength(0);
        line.append('\t');
        for (int m = 1; m <= trc.markerCount(); m++) {
            line.append("\tX").append(m).append("\tY").append(m).append("\tZ").append(m);
        }
        out.write(line + "\n\n");

        int[] frames = trc.frameNumbersView();
        double[] time = trc.timeView();
        double[][] coordinates = trc.coordinatesView();
        for (int r = 0; r < time.length; r++) {
            line.setLength(0);
            line.append(frames[r]).append('\t').append(NumberText.shortest(time[r]));
            for (int m = 0; m < trc.markerCount(); m++) {
                boolean missing = trc.isMissing(m, r);
                for (int a = 0; a < 3; a++) {
                    line.append('\t');
                    if (!missing) {
                        line.append(NumberText.shortest(coordinates[3 * m + a][r]));
                    }
                }
            }
            line.append('\n');
            out.append(line);
        }
    }
}
