package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;

/**
 * Reads JSON placements files:
 * <pre>
 * [
 *   {"name": "thigh_r_imu", "frame": "femur_r", "translation": [0, -0.2, 0.06], "orientation": [0, 0, 0]},
 *   {"name": "shank_r_imu", "frame": "/bodyset/tibia_r"}
 * ]
 * </pre>
 * or the same list as the {@code "imus"} member of an object. {@code name} and {@code frame} are
 * required strings; {@code translation} (m) and {@code orientation} (body-fixed X-Y-Z angles, rad) are
 * optional arrays of three finite numbers, zero when left out. Any other key is an error (it is most
 * likely a misspelling), and so is a key given twice (read by {@link LocatedJson}, which remembers the
 * line of every value for messages).
 */
final class PlacementJson {

    private static final Set<String> KEYS = Set.of("name", "frame", "translation", "orientation");

    private PlacementJson() {
    }

    static ImuPlacementSet read(Path file, String text) {
        LocatedJson parsed = LocatedJson.parse(file, text);
        JsonElement root = parsed.root();
        JsonArray list;
        String listPath;
        if (root.isJsonArray()) {
            list = root.getAsJsonArray();
            listPath = "$";
        } else if (root.isJsonObject()) {
            for (String key : root.getAsJsonObject().keySet()) {
                if (!"imus".equals(key)) {
                    throw parsed.error("$", "unknown key \"" + key + "\" at the top level; expected \"imus\"");
                }
            }
            JsonElement imus = root.getAsJsonObject().get("imus");
            if (imus == null || !imus.isJsonArray()) {
                throw parsed.error("$", imus == null ? "no \"imus\" list" : "\"imus\" must be an array, found "
                        + kind(imus));
            }
            list = imus.getAsJsonArray();
            listPath = "$.imus";
        } else {
            throw parsed.error("$", "expected an array of IMU placements, found " + kind(root));
        }
        List<ImuPlacement> placements = new ArrayList<>();
        int[] lines = new int[list.size()];
        for (int i = 0; i < lines.length; i++) {
            String itemPath = listPath + "[" + i + "]";
            lines[i] = parsed.line(itemPath);
            placements.add(placement(parsed, i, list.get(i), itemPath));
        }
        return ImuPlacementSet.fromFile(file, placements, lines);
    }

    private static ImuPlacement placement(LocatedJson parsed, int index, JsonElement item, String path) {
        String where = "IMU #" + (index + 1);
        if (!item.isJsonObject()) {
            throw parsed.error(path, where + " must be an object, found " + kind(item));
        }
        JsonObject o = item.getAsJsonObject();
        for (String key : o.keySet()) {
            if (!KEYS.contains(key)) {
                throw parsed.error(path + "." + key, where + ": unknown key \"" + key
                        + "\" (expected name, frame, translation, orientation)");
            }
        }
        String name = string(parsed, o, path, "name", where);
        where = "IMU '" + name + "'";
        String frame = string(parsed, o, path, "frame", where);
        Vec3 translation = vector(parsed, o, path, "translation", where);
        Vec3 orientation = vector(parsed, o, path, "orientation", where);
        try {
            return new ImuPlacement(name, frame, translation, orientation);
        } catch (NeuroMskException e) {
            throw parsed.error(path, e.getMessage());
        }
    }

    private static String string(LocatedJson parsed, JsonObject o, String path, String key, String where) {
        JsonElement v = o.get(key);
        if (v == null) {
            throw parsed.error(path, where + ": \"" + key + "\" is missing");
        }
        if (!isString(v)) {
            throw parsed.error(path + "." + key, where + ": \"" + key + "\" must be a string, found " + kind(v));
        }
        return v.getAsString();
    }

    private static Vec3 vector(LocatedJson parsed, JsonObject o, String path, String key, String where) {
        JsonElement v = o.get(key);
        if (v == null) {
            return Vec3.ZERO;
        }
        String at = path + "." + key;
        if (!v.isJsonArray() || v.getAsJsonArray().size() != 3) {
            throw parsed.error(at, where + ": \"" + key + "\" must be an array of 3 numbers, found " + describe(v));
        }
        double[] xyz = new double[3];
        for (int k = 0; k < 3; k++) {
            JsonElement c = v.getAsJsonArray().get(k);
            if (!c.isJsonPrimitive() || !c.getAsJsonPrimitive().isNumber()) {
                throw parsed.error(at + "[" + k + "]", where + ": \"" + key + "\"[" + k
                        + "] must be a number, found " + describe(c));
            }
            xyz[k] = c.getAsDouble();
            if (!Double.isFinite(xyz[k])) {
                throw parsed.error(at + "[" + k + "]", where + ": \"" + key + "\"[" + k + "] is not a finite number");
            }
        }
        return new Vec3(xyz[0], xyz[1], xyz[2]);
    }

    private static boolean isString(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString();
    }

    /** @return a short name of a value's kind, for messages */
    private static String kind(JsonElement v) {
        if (v.isJsonObject()) {
            return "an object";
        }
        if (v.isJsonArray()) {
            return "an array";
        }
        if (isString(v)) {
            return "a string";
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            return "a number";
        }
        return v.isJsonPrimitive() ? "a boolean" : "null";
    }

    private static String describe(JsonElement v) {
        if (v.isJsonArray()) {
            return "an array of " + v.getAsJsonArray().size();
        }
        if (isString(v)) {
            return "the string \"" + v.getAsString() + "\"";
        }
        return kind(v);
    }
}
