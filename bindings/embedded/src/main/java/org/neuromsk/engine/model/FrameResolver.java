package org.neuromsk.engine.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuromsk.engine.multibody.Body;
import org.neuromsk.engine.multibody.Ground;
import org.neuromsk.engine.multibody.OffsetFrame;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.io.osim.Joint;
import org.neuromsk.io.osim.PhysicalOffsetFrame;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Resolves OpenSim component paths ({@code /bodyset/femur_r}, {@code femur_r_offset},
 * {@code ../ground}) to frames. Offset frames declared inside joints are built on demand, so chains
 * of offset frames resolve in any declaration order.
 */
final class FrameResolver {

    private final OsimDocument<org.neuromsk.io.osim.Model> doc;
    private final Map<String, PhysicalFrame> byPath = new LinkedHashMap<>();
    private final Map<String, PhysicalOffsetFrame> pendingOffsets = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Deque<String> resolving = new ArrayDeque<>();

    FrameResolver(OsimDocument<org.neuromsk.io.osim.Model> doc, Map<String, Body> bodies) {
        this.doc = doc;
        byPath.put("/ground", Ground.INSTANCE);
        names.put("ground", "/ground");
        for (Body b : bodies.values()) {
            byPath.put("/bodyset/" + b.name(), b);
            names.put(b.name(), "/bodyset/" + b.name());
        }
        for (Joint j : doc.root().joints()) {
            for (PhysicalOffsetFrame f : j.frames()) {
                String path = "/jointset/" + j.name() + "/" + f.name();
                pendingOffsets.put(path, f);
                names.putIfAbsent(f.name(), path);
            }
        }
    }

    /**
     * @param owner path of the component that holds the reference (relative paths start there)
     * @param reference the path as written in the file
     * @param element the document object holding it, for the error line
     * @return the frame
     */
    PhysicalFrame resolve(String owner, String reference, Object element) {
        String path = absolute(owner, reference.trim());
        PhysicalFrame f = byPath.get(path);
        if (f != null) {
            return f;
        }
        PhysicalOffsetFrame offset = pendingOffsets.get(path);
        if (offset == null) {
            throw doc.error(element, "'" + reference + "' (from " + owner + ") names no frame of the model");
        }
        if (resolving.contains(path)) {
            throw doc.error(offset, "offset frame " + path + " is its own ancestor");
        }
        resolving.push(path);
        PhysicalFrame parent = resolve(path, offset.socketParent(), offset);
        resolving.pop();
        OffsetFrame built = OffsetFrame.of(offset.name(), parent, vec(offset.translation()), vec(offset.orientation()));
        byPath.put(path, built);
        return built;
    }

    /** @return every frame built so far, by path and by unique short name (bodies, ground, offsets) */
    Map<String, PhysicalFrame> all() {
        for (String path : pendingOffsets.keySet()) {
            resolve("/", path, doc.root());
        }
        Map<String, PhysicalFrame> out = new LinkedHashMap<>(byPath);
        names.forEach((name, path) -> out.putIfAbsent(name, byPath.get(path)));
        return out;
    }

    static Vec3 vec(org.neuromsk.io.xml.Vec3 v) {
        return v == null ? Vec3.ZERO : new Vec3(v.x(), v.y(), v.z());
    }

    /** Turns a reference relative to {@code owner} into an absolute path, folding {@code .} and {@code ..}. */
    static String absolute(String owner, String reference) {
        String joined = reference.startsWith("/") ? reference : owner + "/" + reference;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || ".".equals(p)) {
                continue;
            }
            if ("..".equals(p)) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.addLast(p);
            }
        }
        return "/" + String.join("/", parts);
    }
}
