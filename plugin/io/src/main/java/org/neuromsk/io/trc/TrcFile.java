package org.neuromsk.io.trc;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.Columns;
import org.neuromsk.io.TextFile;

/**
 * Marker trajectories of a TRC file (PathFileType 4): header metadata, marker names, frame numbers,
 * times and X/Y/Z coordinates per marker. Immutable; array accessors return copies.
 *
 * <p>A marker that was not seen in a frame has NaN coordinates there (empty cells in the file); this
 * is the only format of this module where NaN is a valid value. Coordinates are in {@link #units()}
 * (usually mm); {@link #metersPerUnit()} gives the factor to metres.
 */
public final class TrcFile {

    /** Metadata key of the sample rate (Hz). */
    public static final String DATA_RATE = "DataRate";
    /** Metadata key of the camera rate (Hz). */
    public static final String CAMERA_RATE = "CameraRate";
    /** Metadata key of the number of frames. */
    public static final String NUM_FRAMES = "NumFrames";
    /** Metadata key of the number of markers. */
    public static final String NUM_MARKERS = "NumMarkers";
    /** Metadata key of the length unit (mm, cm, m). */
    public static final String UNITS = "Units";
    /** Metadata key of the original sample rate (Hz). */
    public static final String ORIG_DATA_RATE = "OrigDataRate";
    /** Metadata key of the original first frame. */
    public static final String ORIG_DATA_START_FRAME = "OrigDataStartFrame";
    /** Metadata key of the original number of frames. */
    public static final String ORIG_NUM_FRAMES = "OrigNumFrames";

    /** The only path file type this module reads and writes. */
    public static final String PATH_FILE_TYPE = "4";
    /** Coordinate order written on the first line. */
    public static final String AXIS_ORDER = "(X/Y/Z)";

    private final Map<String, String> metadata;
    private final List<String> markerNames;
    private final Map<String, Integer> indexByName;
    private final int[] frameNumbers;
    private final double[] time;
    private final double[][] coordinates;

    /**
     * @param metadata header keys and values in order; must hold {@value #DATA_RATE} and
     *        {@value #UNITS}. {@value #NUM_FRAMES} and {@value #NUM_MARKERS} are set from the data.
     * @param markerNames marker names, unique, without tabs
     * @param frameNumbers frame number of each row
     * @param time times (s), finite and strictly increasing
     * @param coordinates {@code coordinates[3 * marker + axis][frame]}, axis 0 = X, 1 = Y, 2 = Z; NaN
     *        for a missing marker, never infinite
     * @throws NeuroMskException if a rule is broken
     */
    public TrcFile(Map<String, String> metadata, List<String> markerNames, int[] frameNumbers, double[] time,
            double[][] coordinates) {
        this(metadata, markerNames, frameNumbers.clone(), time.clone(), Columns.deepCopy(coordinates), true);
    }

    /** Adopts the arrays without copying ({@code adopt} only distinguishes this constructor). */
    TrcFile(Map<String, String> metadata, List<String> markerNames, int[] frameNumbers, double[] time,
            double[][] coordinates, boolean adopt) {
        this.markerNames = List.copyOf(markerNames);
        this.frameNumbers = frameNumbers;
        this.time = time;
        this.coordinates = coordinates;
        this.indexByName = new HashMap<>();
        for (int m = 0; m < this.markerNames.size(); m++) {
            String name = this.markerNames.get(m);
            if (name.isEmpty() || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
                    || !name.equals(name.strip())) {
                throw invalid("marker name '" + name + "' is empty, padded or contains a tab");
            }
            if (indexByName.putIfAbsent(name, m) != null) {
                throw invalid("duplicate marker name '" + name + "'");
            }
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        for (String key : List.of(DATA_RATE, UNITS)) {
            if (!meta.containsKey(key)) {
                throw invalid("metadata has no " + key);
            }
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (e.getKey().isEmpty() || TextFile.hasTabOrLineBreak(e.getKey()) || e.getValue().isEmpty()
                    || TextFile.hasTabOrLineBreak(e.getValue())) {
                throw invalid("metadata '" + e.getKey() + "' = '" + e.getValue() + "' is empty or contains a tab");
            }
        }
        meta.put(NUM_FRAMES, Integer.toString(time.length));
        meta.put(NUM_MARKERS, Integer.toString(this.markerNames.size()));
        this.metadata = Collections.unmodifiableMap(meta);
        validateData();
    }

    /**
     * A file with the standard header: DataRate = CameraRate = OrigDataRate = {@code dataRate},
     * OrigDataStartFrame 1, frames numbered from 1.
     *
     * @param units length unit of the coordinates (e.g. "mm")
     * @param dataRate sample rate (Hz)
     * @param markerNames marker names
     * @param time times (s)
     * @param coordinates {@code coordinates[3 * marker + axis][frame]}
     * @return the file
     */
    public static TrcFile of(String units, double dataRate, List<String> markerNames, double[] time,
            double[][] coordinates) {
        String rate = org.neuromsk.io.NumberText.shortest(dataRate);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(DATA_RATE, rate);
        meta.put(CAMERA_RATE, rate);
        meta.put(NUM_FRAMES, Integer.toString(time.length));
        meta.put(NUM_MARKERS, Integer.toString(markerNames.size()));
        meta.put(UNITS, units);
        meta.put(ORIG_DATA_RATE, rate);
        meta.put(ORIG_DATA_START_FRAME, "1");
        meta.put(ORIG_NUM_FRAMES, Integer.toString(time.length));
        int[] frames = new int[time.length];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = i + 1;
        }
        return new TrcFile(meta, markerNames, frames, time, coordinates);
    }

    private void validateData() {
        int frames = time.length;
        if (frameNumbers.length != frames) {
            throw invalid(frameNumbers.length + " frame numbers for " + frames + " times");
        }
        if (coordinates.length != 3 * markerNames.size()) {
            throw invalid(coordinates.length + " coordinate columns for " + markerNames.size() + " markers");
        }
        int r = Columns.firstUnorderedTime(time);
        if (r >= 0) {
            throw invalid("time " + time[r] + " at frame " + (r + 1) + " is not finite or not increasing");
        }
        for (int c = 0; c < coordinates.length; c++) {
            if (coordinates[c].length != frames) {
                throw invalid("coordinate column " + (c + 1) + " has " + coordinates[c].length + " values, expected "
                        + frames);
            }
            for (double v : coordinates[c]) {
                if (Double.isInfinite(v)) {
                    throw invalid("marker '" + markerNames.get(c / 3) + "' has an infinite coordinate");
                }
            }
        }
    }

    /** @return header keys and values in file order (unmodifiable) */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return the length unit of the coordinates, e.g. "mm" */
    public String units() {
        return metadata.get(UNITS);
    }

    /**
     * @return metres per coordinate unit: 0.001 for mm, 0.01 for cm, 1 for m
     * @throws NeuroMskException for another unit
     */
    public double metersPerUnit() {
        return switch (units().toLowerCase(Locale.ROOT)) {
            case "mm" -> 0.001;
            case "cm" -> 0.01;
            case "m" -> 1.0;
            default -> throw invalid("unknown length unit '" + units() + "' (expected mm, cm or m)");
        };
    }

    /** @return the sample rate declared in the header (Hz) */
    public double dataRate() {
        return number(DATA_RATE);
    }

    /** @return marker names in column order (unmodifiable) */
    public List<String> markerNames() {
        return markerNames;
    }

    /** @return number of markers */
    public int markerCount() {
        return markerNames.size();
    }

    /** @return number of frames (rows) */
    public int frameCount() {
        return time.length;
    }

    /**
     * @param marker a marker name
     * @return its index, or -1 if absent
     */
    public int indexOf(String marker) {
        Integer index = indexByName.get(marker);
        return index == null ? -1 : index;
    }

    /** @return frame numbers, a copy */
    public int[] frameNumbers() {
        return frameNumbers.clone();
    }

    /** @return times (s), a copy */
    public double[] time() {
        return time.clone();
    }

    /**
     * @param frame row index
     * @return time of that frame (s)
     */
    public double time(int frame) {
        return time[frame];
    }

    /**
     * @param marker marker index
     * @param axis 0 = X, 1 = Y, 2 = Z
     * @param frame row index
     * @return the coordinate ({@link #units()}), NaN if the marker is missing
     */
    public double coordinate(int marker, int axis, int frame) {
        return coordinates[3 * marker + axis(axis)][frame];
    }

    /**
     * @param marker marker index
     * @param frame row index
     * @return {x, y, z} ({@link #units()}), NaN if the marker is missing
     */
    public double[] position(int marker, int frame) {
        return new double[] {coordinates[3 * marker][frame], coordinates[3 * marker + 1][frame],
            coordinates[3 * marker + 2][frame]};
    }

    /**
     * @param marker a marker name
     * @param axis 0 = X, 1 = Y, 2 = Z
     * @return that coordinate over all frames ({@link #units()}), a copy
     * @throws NeuroMskException if there is no such marker
     */
    public double[] component(String marker, int axis) {
        Integer index = indexByName.get(marker);
        if (index == null) {
            throw invalid("has no marker '" + marker + "'");
        }
        return coordinates[3 * index + axis(axis)].clone();
    }

    /**
     * @param marker marker index
     * @param frame row index
     * @return true if the marker has no position in that frame
     */
    public boolean isMissing(int marker, int frame) {
        return Double.isNaN(coordinates[3 * marker][frame]) || Double.isNaN(coordinates[3 * marker + 1][frame])
                || Double.isNaN(coordinates[3 * marker + 2][frame]);
    }

    double[][] coordinatesView() {
        return coordinates;
    }

    int[] frameNumbersView() {
        return frameNumbers;
    }

    double[] timeView() {
        return time;
    }

    private double number(String key) {
        try {
            return Double.parseDouble(metadata.get(key));
        } catch (NumberFormatException e) {
            throw invalid(key + " is not a number: '" + metadata.get(key) + "'");
        }
    }

    private static int axis(int axis) {
        if (axis < 0 || axis > 2) {
            throw new IllegalArgumentException("axis must be 0 (X), 1 (Y) or 2 (Z), got " + axis);
        }
        return axis;
    }

    private static NeuroMskException invalid(String problem) {
        return new NeuroMskException("TRC data: " + problem);
    }

    @Override
    public String toString() {
        return "TrcFile(" + markerCount() + " markers x " + frameCount() + " frames, " + units() + ", "
                + Arrays.toString(Arrays.copyOf(markerNames.toArray(), Math.min(3, markerCount()))) + "...)";
    }
}
