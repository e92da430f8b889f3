package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.Json;
import org.neuromsk.training.WholeFile;

/**
 * Our short muscle names (e.g. {@code TA}) paired with OpenSim muscle names (e.g. {@code tib_ant_r}),
 * in a fixed order. Read from JSON (an object {@code {"TA": "tib_ant_r", ...}}) or from text with two
 * columns per line (our name, OpenSim name; separated by spaces, tabs, a comma or {@code =};
 * {@code #} starts a comment).
 */
public final class MuscleMapping {

    private final Path source;
    private final Map<String, String> opensimByName;

    /**
     * @param source where the mapping came from (for messages), or null for a built-in one
     * @param opensimByName OpenSim muscle name by our name, in order
     * @throws NeuroMskException if a name is empty or an OpenSim name appears twice
     */
    public MuscleMapping(Path source, Map<String, String> opensimByName) {
        this.source = source;
        this.opensimByName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(opensimByName));
        if (opensimByName.isEmpty()) {
            throw problem(0, "the mapping names no muscle");
        }
        List<String> seen = new ArrayList<>();
        for (Map.Entry<String, String> e : opensimByName.entrySet()) {
            if (e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
                throw problem(0, "empty muscle name in the mapping");
            }
            if (seen.contains(e.getValue())) {
                throw problem(0, "OpenSim muscle '" + e.getValue() + "' is mapped twice");
            }
            seen.add(e.getValue());
        }
    }

    /**
     * The seven muscles of Park &amp; Park's Table 1 on the CEINMS-RT gait2392 recording: tibialis
     * anterior, gastrocnemius medialis, vastus lateralis, rectus femoris, biceps femoris (long head),
     * semitendinosus (recorded as semimembranosus, its neighbour) and soleus, right side.
     *
     * @return TA, GM, VL, RF, BF, ST, SOL
     */
    public static MuscleMapping parkAndParkTable1() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TA", "tib_ant_r");
        m.put("GM", "med_gas_r");
        m.put("VL", "vas_lat_r");
        m.put("RF", "rect_fem_r");
        m.put("BF", "bifemlh_r");
        m.put("ST", "semimem_r");
        m.put("SOL", "soleus_r");
        return new MuscleMapping(null, m);
    }

    /**
     * Park &amp; Park's seven muscles in the EMG of the Rajagopal walk ({@code electromyography.sto} of
     * OpenSim Moco's example3DWalking, right leg): the file names muscles, not model muscles, and has
     * one gastrocnemius (taken for GM) and the medial hamstrings (taken for ST, as semimembranosus is
     * on the CEINMS-RT recording).
     *
     * @return TA, GM, VL, RF, BF, ST, SOL → the file's column names
     */
    public static MuscleMapping rajagopalWalkEmg() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TA", "tibialis_anterior");
        m.put("GM", "gastrocnemius");
        m.put("VL", "vastus_lateralis");
        m.put("RF", "rectus_femoris");
        m.put("BF", "biceps_femoris");
        m.put("ST", "medial_hamstrings");
        m.put("SOL", "soleus");
        return new MuscleMapping(null, m);
    }

    /**
     * @param file a {@code .json} mapping or a two-column text file
     * @return the mapping
     * @throws FileFormatException naming the file and line if it is missing or malformed
     */
    public static MuscleMapping read(Path file) {
        String text = WholeFile.text(file);
        String trimmed = text.strip();
        return trimmed.startsWith("{") ? parseJson(file, trimmed) : parseText(file, text);
    }

    private static MuscleMapping parseJson(Path file, String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new FileFormatException(file, 0, "invalid JSON: " + Json.syntaxProblem(e), e);
        }
        if (!root.isJsonObject()) {
            throw new FileFormatException(file, 0, "expected a JSON object {\"our name\": \"OpenSim name\", ...}");
        }
        JsonObject object = root.getAsJsonObject();
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            if (!e.getValue().isJsonPrimitive() || !e.getValue().getAsJsonPrimitive().isString()) {
                throw new FileFormatException(file, 0, "the value of '" + e.getKey() + "' is not a muscle name string");
            }
            map.put(e.getKey().strip(), e.getValue().getAsString().strip());
        }
        return new MuscleMapping(file, map);
    }

    private static MuscleMapping parseText(Path file, String text) {
        Map<String, String> map = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[\\s,=]+");
            if (cells.length != 2) {
                throw new FileFormatException(file, i + 1, "expected two names (ours and OpenSim's), found "
                        + cells.length);
            }
            if (map.put(cells[0], cells[1]) != null) {
                throw new FileFormatException(file, i + 1, "muscle '" + cells[0] + "' is listed twice");
            }
        }
        return new MuscleMapping(file, map);
    }

    /** @return our names, in order */
    public List<String> names() {
        return List.copyOf(opensimByName.keySet());
    }

    /** @return the OpenSim names, in the order of {@link #names()} */
    public List<String> opensimNames() {
        return List.copyOf(opensimByName.values());
    }

    /** @return number of muscles */
    public int size() {
        return opensimByName.size();
    }

    /** @return the mapping file, or null for a built-in mapping */
    public Path source() {
        return source;
    }

    /**
     * @param name our muscle name
     * @return its OpenSim name
     * @throws NeuroMskException naming the mapping file if the name is not mapped
     */
    public String opensimName(String name) {
        String opensim = opensimByName.get(name);
        if (opensim == null) {
            throw problem(0, "muscle '" + name + "' is not in the mapping (it maps " + String.join(", ", names()) + ")");
        }
        return opensim;
    }

    /**
     * @param opensim an OpenSim muscle name
     * @return our name for it
     * @throws NeuroMskException naming the mapping file if it is not mapped
     */
    public String name(String opensim) {
        for (Map.Entry<String, String> e : opensimByName.entrySet()) {
            if (e.getValue().equals(opensim)) {
                return e.getKey();
            }
        }
        throw problem(0, "OpenSim muscle '" + opensim + "' is not in the mapping");
    }

    /**
     * @param names our names
     * @return the mapping restricted to those names, in their order
     * @throws NeuroMskException naming the mapping file if one is not mapped
     */
    public MuscleMapping select(Collection<String> names) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String n : names) {
            map.put(n, opensimName(n));
        }
        return new MuscleMapping(source, map);
    }

    /** @return the text form (two columns), as {@link #read} accepts it */
    public String toText() {
        StringBuilder b = new StringBuilder("# our name\tOpenSim muscle\n");
        opensimByName.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        return b.toString();
    }

    /** @return OpenSim name by our name, in order */
    public Map<String, String> asMap() {
        return opensimByName;
    }

    private NeuroMskException problem(int line, String message) {
        return source == null ? new NeuroMskException("muscle mapping: " + message)
                : new FileFormatException(source, line, message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MuscleMapping m && opensimByName.equals(m.opensimByName);
    }

    @Override
    public int hashCode() {
        return opensimByName.hashCode();
    }

    @Override
    public String toString() {
        return "MuscleMapping" + opensimByName;
    }
}
