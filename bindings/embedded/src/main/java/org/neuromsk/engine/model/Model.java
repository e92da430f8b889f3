package org.neuromsk.engine.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * An OpenSim model as the embedded engine sees it. Immutable.
 */
public final class Model {

    private final String name;
    private final Path file;
    private final MultibodyModel multibody;
    private final Vec3 gravity;
    private final Map<String, PhysicalFrame> frames;
    private final List<ForceDescription> forces;
    private final Map<String, GeometryPath> paths;
    private final List<CoordinateCoupler> couplers;
    private final Map<String, Muscle> muscles;

    /**
     * @param name the model's name
     * @param file the file it was read from (for messages), or null
     * @param multibody bodies, joints and coordinates
     * @param gravity gravitational acceleration in ground (m/s²)
     * @param frames every physical frame by name and by path
     * @param forces the ForceSet's elements in file order
     * @param paths the geometry path of every path actuator (muscles included), by name, in force-set order
     * @param couplers the enforced coordinate-coupler constraints
     * @param muscles the muscle models (Thelen2003, Millard2012) by name, in force-set order
     */
    public Model(String name, Path file, MultibodyModel multibody, Vec3 gravity, Map<String, PhysicalFrame> frames,
            List<ForceDescription> forces, Map<String, GeometryPath> paths, List<CoordinateCoupler> couplers,
            Map<String, Muscle> muscles) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = file;
        this.multibody = Objects.requireNonNull(multibody, "multibody");
        this.gravity = Objects.requireNonNull(gravity, "gravity");
        this.frames = Map.copyOf(new LinkedHashMap<>(frames));
        this.forces = List.copyOf(forces);
        this.paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        this.couplers = List.copyOf(couplers);
        this.muscles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(muscles));
    }

    /** @return the muscle models by name, in force-set order */
    public Map<String, Muscle> muscles() {
        return muscles;
    }

    /** @return the geometry path of every path actuator, by name, in force-set order */
    public Map<String, GeometryPath> paths() {
        return paths;
    }

    /** @return the enforced coordinate-coupler constraints */
    public List<CoordinateCoupler> couplers() {
        return couplers;
    }

    /** @return the model's name */
    public String name() {
        return name;
    }

    /** @return the file it was read from, if known */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return bodies, joints and coordinates */
    public MultibodyModel multibody() {
        return multibody;
    }

    /** @return gravitational acceleration in ground (m/s²) */
    public Vec3 gravity() {
        return gravity;
    }

    /** @return the ForceSet's elements in file order */
    public List<ForceDescription> forces() {
        return forces;
    }

    /**
     * @param nameOrPath a frame's name ({@code calcn_r}, {@code ground}) or path ({@code /bodyset/calcn_r})
     * @return the frame
     * @throws NeuroMskException if the model has no such frame
     */
    public PhysicalFrame frame(String nameOrPath) {
        PhysicalFrame f = frames.get(nameOrPath.trim());
        if (f == null) {
            throw new NeuroMskException((file == null ? name : file.toString()) + ": model has no body or frame '"
                    + nameOrPath + "'");
        }
        return f;
    }

    /**
     * @param ownerPath path of the component holding the reference, e.g. {@code /forceset/BIClong/path/pt1}
     * @param reference a frame path as written in the file, absolute or relative to the owner
     * @return the frame
     * @throws NeuroMskException if the model has no such frame
     */
    public PhysicalFrame frame(String ownerPath, String reference) {
        String ref = reference.trim();
        return frame(ref.startsWith("/") || frames.containsKey(ref) ? ref : FrameResolver.absolute(ownerPath, ref));
    }

    /**
     * @param nameOrPath a frame's name or path
     * @return whether the model has it
     */
    public boolean hasFrame(String nameOrPath) {
        return frames.containsKey(nameOrPath.trim());
    }
}
