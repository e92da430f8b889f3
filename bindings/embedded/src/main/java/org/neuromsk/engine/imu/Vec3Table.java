package org.neuromsk.engine.imu;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.TextFile;
import org.neuromsk.io.storage.StorageWriter;

/**
 * OpenSim's STOFileAdapter layout for tables of 3-vectors, as its IMUDataReporter writes them:
 * <pre>
 * DataRate=100          (only when the sampling is uniform)
 * DataType=Vec3
 * version=3
 * OpenSimVersion=4.5
 * endheader
 * time&lt;TAB&gt;imu_a&lt;TAB&gt;imu_b
 * 0&lt;TAB&gt;x,y,z&lt;TAB&gt;x,y,z
 * </pre>
 * The reader accepts any header up to {@code endheader} that declares {@code DataType=Vec3}.
 *
 * @param names one column per IMU
 * @param time sample times (s)
 * @param values {@code [imu][axis][row]}
 */
record Vec3Table(List<String> names, double[] time, double[][][] values) {

    static final String DATA_TYPE = "DataType=Vec3";

    /**
     * @param file the file to write (atomically)
     * @param names IMU names
     * @param time times (s)
     * @param values {@code [imu][axis][row]}
     */
    static void write(Path file, List<String> names, double[] time, double[][][] values) {
        AtomicFiles.writeText(file, out -> writeTo(out, names, time, values));
    }

    private static void writeTo(Writer out, List<String> names, double[] time, double[][][] values)
            throws IOException {
        double rate = uniformRate(time);
        if (rate > 0) {
            out.write("DataRate=" + NumberText.shortest(rate) + "\n");
        }
        out.write(DATA_TYPE + "\n");
        out.write("version=3\n");
        out.write("OpenSimVersion=" + StorageWriter.OPENSIM_VERSION + "\n");
        out.write("endheader\n");
        out.write("time");
        for (String n : names) {
            out.write('\t');
            out.write(n);
        }
        out.write('\n');
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < time.length; r++) {
            line.setLength(0);
            line.append(NumberText.shortest(time[r]));
            for (double[][] imu : values) {
                line.append('\t').append(NumberText.shortest(imu[0][r])).append(',')
                        .append(NumberText.shortest(imu[1][r])).append(',').append(NumberText.shortest(imu[2][r]));
            }
            line.append('\n');
            out.write(line.toString());
        }
    }

    /** @return the rate (Hz, to 1e-6 Hz) when every step equals the mean step to 1e-9 relative, else 0 */
    static double uniformRate(double[] time) {
        if (time.length < 2) {
            return 0;
        }
        double mean = (time[time.length - 1] - time[0]) / (time.length - 1);
        for (int r = 1; r < time.length; r++) {
            if (Math.abs(time[r] - time[r - 1] - mean) > 1e-9 * mean) {
                return 0;
            }
        }
        return Math.rint(1e6 / mean) / 1e6;
    }

    /**
     * @param file a Vec3 table
     * @return its contents
     * @throws FileFormatException if it is malformed
     */
    static Vec3Table read(Path file) {
        List<String> lines = TextFile.readLines(file);
        int i = 0;
        boolean vec3 = false;
        while (i < lines.size() && !"endheader".equals(lines.get(i).strip())) {
            String h = lines.get(i).strip().replace(" ", "");
            if (h.startsWith("DataType=")) {
                if (!h.equals(DATA_TYPE)) {
                    throw new FileFormatException(file, i + 1, "expected " + DATA_TYPE + ", found " + h);
                }
                vec3 = true;
            }
            i++;
        }
        if (i >= lines.size()) {
            throw new FileFormatException(file, 0, "no 'endheader' line");
        }
        if (!vec3) {
            throw new FileFormatException(file, i + 1, "header does not declare " + DATA_TYPE);
        }
        i++;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size()) {
            throw new FileFormatException(file, 0, "no column labels after 'endheader'");
        }
        List<String> labels = TextFile.tabCells(lines.get(i));
        int labelLine = i + 1;
        if (labels.size() < 2) {
            throw new FileFormatException(file, labelLine, "expected time and at least one IMU column");
        }
        List<String> names = List.copyOf(labels.subList(1, labels.size()));
        for (String n : names) {
            try {
                ImuPlacement.checkName(n);
            } catch (NeuroMskException e) {
                throw new FileFormatException(file, labelLine, e.getMessage());
            }
        }
        List<Double> time = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (i = i + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = TextFile.tabCells(lines.get(i));
            if (cells.size() != labels.size()) {
                throw new FileFormatException(file, i + 1, "expected " + labels.size() + " tab-separated cells, found "
                        + cells.size());
            }
            double t = number(file, i + 1, cells.get(0), "time");
            if (!time.isEmpty() && !(t > time.get(time.size() - 1))) {
                throw new FileFormatException(file, i + 1, "time " + t + " is not after " + time.get(time.size() - 1));
            }
            double[] row = new double[3 * names.size()];
            for (int c = 0; c < names.size(); c++) {
                String[] xyz = cells.get(c + 1).split(",", -1);
                if (xyz.length != 3) {
                    throw new FileFormatException(file, i + 1, "column '" + names.get(c) + "': expected x,y,z, found '"
                            + cells.get(c + 1) + "'");
                }
                for (int a = 0; a < 3; a++) {
                    row[3 * c + a] = number(file, i + 1, xyz[a].strip(), names.get(c));
                }
            }
            time.add(t);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new FileFormatException(file, 0, "no data rows");
        }
        double[] t = time.stream().mapToDouble(Double::doubleValue).toArray();
        double[][][] values = new double[names.size()][3][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < names.size(); c++) {
                for (int a = 0; a < 3; a++) {
                    values[c][a][r] = rows.get(r)[3 * c + a];
                }
            }
        }
        return new Vec3Table(names, t, values);
    }

    private static double number(Path file, int line, String cell, String column) {
        double v;
        try {
            v = NumberText.parse(cell);
        } catch (NumberFormatException e) {
            throw new FileFormatException(file, line, "column '" + column + "': '" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new FileFormatException(file, line, "column '" + column + "' is " + v);
        }
        return v;
    }
}
