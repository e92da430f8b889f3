package org.neuromsk.opensim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.MotionType;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

/**
 * The coordinate values (rad or m) and speeds (rad/s or m/s) of a motion at the frames to report, as
 * OpenSim's tools prepare them: rotational columns converted from degrees when the motion says so;
 * optionally padded and low-pass filtered by OpenSim's {@code Storage.pad}/{@code lowpassIIR}; speeds
 * from OpenSim's {@code GCVSplineSet} (degree 5) through the values. Without filtering, the motion's
 * own frames and values are used unchanged.
 *
 * @param times the frames (s)
 * @param values per coordinate (model order), its values at the frames; null when the motion lacks it
 * @param speeds per coordinate, its speeds at the frames; null when the motion lacks it
 */
record MotionFrames(double[] times, double[][] values, double[][] speeds) {

    /** Fewest frames OpenSim's quintic GCV spline accepts. */
    static final int MIN_SPLINE_FRAMES = 6;

    /** Slack when comparing frame times with the requested range (s). */
    private static final double TIME_SLACK = 1e-9;

    /**
     * @param runtime OpenSim
     * @param coordinates the model's coordinates, in model order
     * @param columns the motion's columns matched to them
     * @param lowpassCutoff cut-off (Hz), negative for none
     * @param range the times to report
     * @param folder scratch folder for OpenSim's Storage
     * @param warnings receives a note when speeds cannot be computed
     * @return the frames
     */
    static MotionFrames prepare(OpenSimRuntime runtime, List<CoordinateInfo> coordinates, MotionColumns columns,
            double lowpassCutoff, TimeRange range, TempFolder folder, java.util.function.Consumer<String> warnings) {
        Storage table = columns.table();
        if (table.rowCount() == 0) {
            throw new org.neuromsk.error.NeuroMskException("the motion has no frames");
        }
        if (table.inDegrees()) {
            Storage matched = table;
            Set<String> rotational = coordinates.stream().filter(c -> c.motionType() == MotionType.ROTATIONAL)
                    .map(CoordinateInfo::name).filter(matched::hasColumn).collect(Collectors.toSet());
            table = table.toRadians(rotational);
        }
        double first = table.startTime();
        double last = table.endTime();
        OsimObject storage = null;
        if (table.columnCount() > 0) {
            Path file = folder.resolve("coordinates_radians.sto");
            StorageWriter.write(table, file);
            storage = runtime.create("Storage", file.toString());
            if (lowpassCutoff >= 0) {
                storage.call("pad", storage.integer("getSize") / 2);
                storage.call("lowpassIIR", lowpassCutoff);
                Path filtered = folder.resolve("coordinates_filtered.sto");
                storage.call("print", filtered.toString());
                table = StorageReader.read(filtered);
            }
        }
        double from = Math.max(range.start(), first) - TIME_SLACK;
        double to = Math.min(range.end(), last) + TIME_SLACK;
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (table.time(r) >= from && table.time(r) <= to) {
                rows.add(r);
            }
        }
        double[] times = rows.stream().mapToDouble(table::time).toArray();
        int n = coordinates.size();
        double[][] values = new double[n][];
        double[][] speeds = new double[n][];
        OsimObject splines = null;
        if (storage != null && storage.integer("getSize") >= MIN_SPLINE_FRAMES) {
            splines = runtime.create("GCVSplineSet", 5, storage);
        } else if (storage != null) {
            warnings.accept("the motion has fewer than " + MIN_SPLINE_FRAMES + " frames; coordinate speeds are set to 0");
        }
        for (int i = 0; i < n; i++) {
            String name = coordinates.get(i).name();
            if (!table.hasColumn(name)) {
                continue;
            }
            double[] all = table.column(name);
            values[i] = rows.stream().mapToDouble(r -> all[r]).toArray();
            speeds[i] = new double[times.length];
            if (splines != null) {
                int index = splines.integer("getIndex", name);
                for (int k = 0; k < times.length; k++) {
                    speeds[i][k] = splines.number("evaluate", index, 1, times[k]);
                }
            }
        }
        return new MotionFrames(times, values, speeds);
    }

    /** @return the number of frames */
    int size() {
        return times.length;
    }
}
