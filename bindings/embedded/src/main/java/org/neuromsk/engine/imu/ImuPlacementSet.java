package org.neuromsk.engine.imu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;

/**
 * The IMUs of one placements file (or built in code), in order, with the line each was declared on
 * so that later problems (a frame the model lacks) can point at it. Immutable.
 *
 * <p>Files: {@code .json} (see {@link PlacementJson}) or {@code .xml} (see {@link PlacementXml});
 * another extension is read by its first character ({@code <} XML, {@code [} or <code>{</code> JSON).
 * Names must be unique and there must be at least one IMU.
 */
public final class ImuPlacementSet {

    private final Path source;
    private final List<ImuPlacement> placements;
    private final int[] lines;

    private ImuPlacementSet(Path source, List<ImuPlacement> placements, int[] lines) {
        this.source = source;
        this.placements = List.copyOf(placements);
        this.lines = lines.clone();
        if (this.placements.isEmpty()) {
            throw error(0, "no IMU placements");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < this.placements.size(); i++) {
            Integer previous = seen.putIfAbsent(this.placements.get(i).name(), i);
            if (previous != null) {
                throw error(this.lines[i], "IMU name '" + this.placements.get(i).name() + "' is used twice"
                        + (this.lines[previous] > 0 ? " (first on line " + this.lines[previous] + ")" : ""));
            }
        }
    }

    /**
     * @param placements the IMUs, at least one, with unique names
     * @return a set with no source file
     * @throws NeuroMskException if the list is empty or a name repeats
     */
    public static ImuPlacementSet of(List<ImuPlacement> placements) {
        return new ImuPlacementSet(null, placements, new int[placements.size()]);
    }

    static ImuPlacementSet fromFile(Path file, List<ImuPlacement> placements, int[] lines) {
        return new ImuPlacementSet(file, placements, lines);
    }

    /**
     * @param file a placements file, {@code .json} or {@code .xml}
     * @return its IMUs
     * @throws FileFormatException if the file is malformed (one line naming the file and the line)
     * @throws NeuroMskException if it cannot be read
     */
    public static ImuPlacementSet read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NeuroMskException(file + ": cannot read: file not found");
        } catch (IOException e) {
            throw new NeuroMskException(file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return PlacementJson.read(file, text);
        }
        if (name.endsWith(".xml")) {
            return PlacementXml.read(file, text);
        }
        String start = text.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("<")) {
            return PlacementXml.read(file, text);
        }
        if (start.startsWith("[") || start.startsWith("{")) {
            return PlacementJson.read(file, text);
        }
        throw new FileFormatException(file, 0, "not an IMU placements file (expected .json or .xml)");
    }

    /** @return the file the placements came from, if any */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** @return the IMUs in declaration order */
    public List<ImuPlacement> placements() {
        return placements;
    }

    /** @return the number of IMUs */
    public int size() {
        return placements.size();
    }

    /** @return the IMU names in declaration order */
    public List<String> names() {
        List<String> names = new ArrayList<>(placements.size());
        for (ImuPlacement p : placements) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * @param index IMU index
     * @return the 1-based line it was declared on, or 0 when unknown
     */
    public int line(int index) {
        return lines[index];
    }

    /**
     * @param index IMU index
     * @param problem what is wrong with that IMU
     * @return an exception naming the placements file and the IMU's line when known, otherwise a plain one
     */
    NeuroMskException errorAt(int index, String problem) {
        return error(lines[index], problem);
    }

    private NeuroMskException error(int line, String problem) {
        return source == null ? new NeuroMskException("IMU placements: " + problem)
                : new FileFormatException(source, line, problem);
    }
}
