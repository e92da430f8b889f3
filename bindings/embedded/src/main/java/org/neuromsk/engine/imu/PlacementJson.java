package org.neuromsk.engine.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * likely a misspelling).
 */
final class PlacementJson {

    private static final Set<String> KEYS = Set.of("name", "frame", "translation", "orientation");

    private PlacementJson() {
    }

    static ImuPlacementSet read(Path file, String text) {
        Json.Value root = Json.parse(file, text);
        Json.Arr list;
        if (root instanceof Json.Arr a) {
            list = a;
        } else if (root instanceof Json.Obj o) {
            for (String key : o.members().keySet()) {
                if (!"imus".equals(key)) {
                    throw new FileFormatException(file, o.line(), "unknown key \"" + key
                            + "\" at the top level; expected \"imus\"");
                }
            }
            Json.Value imus = o.members().get("imus");
            if (!(imus instanceof Json.Arr a)) {
                throw new FileFormatException(file, o.line(), imus == null ? "no \"imus\" list"
                        : "\"imus\" must be an array, found " + Json.kind(imus));
            }
            list = a;
        } else {
            throw new FileFormatException(file, root.line(), "expected an array of IMU placements, found "
                    + Json.kind(root));
        }
        List<ImuPlacement> placements = new ArrayList<>();
        int[] lines = new int[list.items().size()];
        for (int i = 0; i < lines.length; i++) {
            Json.Value item = list.items().get(i);
            lines[i] = item.line();
            placements.add(placement(file, i, item));
        }
        return ImuPlacementSet.fromFile(file, placements, lines);
    }

    private static ImuPlacement placement(Path file, int index, Json.Value item) {
        String where = "IMU #" + (index + 1);
        if (!(item instanceof Json.Obj o)) {
            throw new FileFormatException(file, item.line(), where + " must be an object, found " + Json.kind(item));
        }
        Map<String, Json.Value> m = o.members();
        for (Map.Entry<String, Json.Value> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new FileFormatException(file, e.getValue().line(), where + ": unknown key \"" + e.getKey()
                        + "\" (expected name, frame, translation, orientation)");
            }
        }
        String name = string(file, o, "name", where);
        where = "IMU '" + name + "'";
        String frame = string(file, o, "frame", where);
        Vec3 translation = vector(file, o, "translation", where);
        Vec3 orientation = vector(file, o, "orientation", where);
        try {
            return new ImuPlacement(name, frame, translation, orientation);
        } catch (NeuroMskException e) {
            throw new FileFormatException(file, o.line(), e.getMessage());
        }
    }

    private static String string(Path file, Json.Obj o, String key, String where) {
        Json.Value v = o.members().get(key);
        if (v == null) {
            throw new FileFormatException(file, o.line(), where + ": \"" + key + "\" is missing");
        }
        if (!(v instanceof Json.Str s)) {
            throw new FileFormatException(file, v.line(), where + ": \"" + key + "\" must be a string, found "
                    + Json.kind(v));
        }
        return s.value();
    }

    private static Vec3 vector(Path file, Json.Obj o, String key, String where) {
        Json.Value v = o.members().get(key);
        if (v == null) {
            return Vec3.ZERO;
        }
        if (!(v instanceof Json.Arr a) || a.items().size() != 3) {
            throw new FileFormatException(file, v.line(), where + ": \"" + key
                    + "\" must be an array of 3 numbers, found " + describe(v));
        }
        double[] xyz = new double[3];
        for (int k = 0; k < 3; k++) {
            Json.Value c = a.items().get(k);
            if (!(c instanceof Json.Num n)) {
                throw new FileFormatException(file, c.line(), where + ": \"" + key + "\"[" + k
                        + "] must be a number, found " + describe(c));
            }
            if (!Double.isFinite(n.value())) {
                throw new FileFormatException(file, c.line(), where + ": \"" + key + "\"[" + k
                        + "] is not a finite number");
            }
            xyz[k] = n.value();
        }
        return new Vec3(xyz[0], xyz[1], xyz[2]);
    }

    private static String describe(Json.Value v) {
        if (v instanceof Json.Arr a) {
            return "an array of " + a.items().size();
        }
        if (v instanceof Json.Str s) {
            return "the string \"" + s.value() + "\"";
        }
        return Json.kind(v);
    }
}
