package org.neuromsk.opensim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardProgress;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MotionType;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleForceRequest;
import org.neuromsk.backend.MuscleForces;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;

/**
 * An OpenSim {@code Model} held through OpenSim's Java bindings. Each answer is OpenSim's own: its
 * InverseDynamicsTool and ForwardTool (run in a temporary folder on a clone of the model, then read
 * back), and per frame {@code Muscle.getLength}, {@code getLengtheningSpeed}, {@code computeMomentArm}
 * and {@code Model.equilibrateMuscles}.
 */
final class OpenSimModel implements MskModel {

    /** Name given to OpenSim's tools; their output files start with it. */
    private static final String TOOL_NAME = "neuromsk";

    private final OpenSimRuntime runtime;
    private final Path file;
    private final OsimObject model;
    private final OsimObject state;
    private final OsimObject defaults;
    private final Consumer<String> warnings;
    private final String name;
    private final List<CoordinateInfo> coordinates = new ArrayList<>();
    private final List<OsimObject> coordinateObjects = new ArrayList<>();
    private final Set<String> dependent = new LinkedHashSet<>();
    private final List<MuscleInfo> muscles = new ArrayList<>();
    private final List<OsimObject> muscleObjects = new ArrayList<>();
    private final boolean constrained;
    private boolean closed;

    private OpenSimModel(OpenSimRuntime runtime, Path file, OsimObject model, Consumer<String> warnings) {
        this.runtime = runtime;
        this.file = file;
        this.model = model;
        this.warnings = warnings;
        this.state = model.get("initSystem");
        this.defaults = runtime.create("State", state);
        this.name = model.text("getName");
        OsimObject set = model.get("getCoordinateSet");
        for (String c : treeOrder(set)) {
            OsimObject coordinate = set.get("get", c);
            coordinateObjects.add(coordinate);
            coordinates.add(describe(coordinate));
            if (isDependent(coordinate)) {
                dependent.add(c);
            }
        }
        this.constrained = model.get("getConstraintSet").integer("getSize") > 0;
        JointTree tree = jointTree();
        OsimObject set2 = model.get("getMuscles");
        int count = set2.integer("getSize");
        for (int k = 0; k < count; k++) {
            OsimObject m = set2.get("get", k);
            muscleObjects.add(m);
            muscles.add(new MuscleInfo(m.text("getName"), m.text("getConcreteClassName"), parameters(m),
                    spanned(m, tree), m.flag("get_appliesForce")));
        }
    }

    /**
     * @param runtime OpenSim
     * @param file the model file (absolute)
     * @param warnings receives one-line notes
     * @return the model, initialised
     * @throws NeuroMskException if OpenSim cannot load it (message names the file and OpenSim's reason)
     */
    static OpenSimModel load(OpenSimRuntime runtime, Path file, Consumer<String> warnings) {
        OsimObject model;
        try {
            model = runtime.create("Model", file.toString());
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (NeuroMskException e) {
            throw new NeuroMskException(file + ": OpenSim cannot load the model: " + reason(e), e);
        }
        try {
            return new OpenSimModel(runtime, file, model, warnings);
        } catch (RuntimeException e) {
            model.delete();
            if (e instanceof BackendUnavailableException) {
                throw e;
            }
            throw new NeuroMskException(file + ": OpenSim cannot initialise the model: " + reason(e), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String backendName() {
        return OpenSimBackendProvider.NAME;
    }

    @Override
    public List<CoordinateInfo> coordinates() {
        return List.copyOf(coordinates);
    }

    @Override
    public List<MuscleInfo> muscles() {
        return List.copyOf(muscles);
    }

    @Override
    public MuscleParameters muscleParameters(String muscle) {
        return muscles.get(muscleIndex(muscle)).parameters();
    }

    /** Sets the parameters through OpenSim's property accessors on a clone of the model, then re-initialises it. */
    @Override
    public MskModel withMuscleParameters(Map<String, MuscleParameters> parameters) {
        open();
        parameters.keySet().forEach(this::muscleIndex);
        OsimObject copy = model.get("clone");
        try {
            copy.get("initSystem");
            OsimObject set = copy.get("getMuscles");
            for (Map.Entry<String, MuscleParameters> e : parameters.entrySet()) {
                OsimObject m = set.get("get", e.getKey());
                MuscleParameters p = e.getValue();
                m.call("set_max_isometric_force", p.maxIsometricForce());
                m.call("set_optimal_fiber_length", p.optimalFiberLength());
                m.call("set_tendon_slack_length", p.tendonSlackLength());
                m.call("set_pennation_angle_at_optimal", p.pennationAngleAtOptimal());
                m.call("set_max_contraction_velocity", p.maxContractionVelocity());
            }
            return new OpenSimModel(runtime, file, copy, warnings);
        } catch (RuntimeException e) {
            copy.delete();
            throw e;
        }
    }

    @Override
    public void writeModel(Path target) {
        open();
        try (TempFolder tmp = TempFolder.create("neuromsk-opensim-model")) {
            Path printed = tmp.resolve(target.getFileName().toString());
            if (!model.flag("print", printed.toString())) {
                throw new NeuroMskException(target + ": OpenSim could not print the model");
            }
            String text = Files.readString(printed, StandardCharsets.UTF_8);
            AtomicFiles.writeText(target, out -> out.write(text));
        } catch (IOException e) {
            throw new NeuroMskException(target + ": cannot copy the model OpenSim printed: " + e.getMessage(), e);
        }
    }

    /** OpenSim's InverseDynamicsTool on a clone of the model, the motion relabelled by coordinate name. */
    @Override
    public Storage inverseDynamics(InverseDynamicsRequest request) {
        open();
        MotionColumns columns = MotionColumns.match(request.coordinates(), coordinates);
        warnMissing(columns.missing(), request.coordinatesFile());
        try (TempFolder tmp = TempFolder.create("neuromsk-opensim-id")) {
            Path motion = tmp.resolve("coordinates.sto");
            StorageWriter.write(columns.table(), motion);
            OsimObject copy = model.get("clone");
            OsimObject tool = runtime.create("InverseDynamicsTool");
            try {
                tool.call("setName", TOOL_NAME);
                tool.call("setModel", copy);
                tool.call("setCoordinatesFileName", motion.toString());
                request.externalLoads().ifPresent(x -> tool.call("setExternalLoadsFileName", existing(x).toString()));
                tool.call("setLowpassCutoffFrequency", request.lowpassCutoff());
                TimeRange range = request.timeRange();
                tool.call("setStartTime", Math.max(range.start(), columns.table().startTime()));
                tool.call("setEndTime", Math.min(range.end(), columns.table().endTime()));
                OsimObject excluded = runtime.create("ArrayStr");
                request.excludedForces().forEach(f -> excluded.call("append", f));
                tool.call("setExcludedForces", excluded);
                tool.call("setResultsDir", tmp.path().toString());
                tool.call("setOutputGenForceFileName", "id.sto");
                if (!tool.flag("run")) {
                    throw new NeuroMskException("OpenSim's InverseDynamicsTool failed on " + source(request.coordinatesFile()));
                }
            } finally {
                tool.delete();
                copy.delete();
            }
            return readOutput(tmp.resolve("id.sto"), "InverseDynamicsTool");
        }
    }

    @Override
    public MuscleGeometry muscleGeometry(MuscleGeometryRequest request) {
        open();
        MotionColumns columns = MotionColumns.match(request.coordinates(), coordinates);
        warnMissing(columns.missing().stream().filter(c -> !dependent.contains(c)).toList(), request.coordinatesFile());
        try (TempFolder tmp = TempFolder.create("neuromsk-opensim-ma")) {
            MotionFrames frames = frames(columns, request.lowpassCutoff(), request.timeRange(), tmp);
            int rows = frames.size();
            int m = muscles.size();
            int n = coordinates.size();
            double[][] length = new double[m][rows];
            double[][] speed = new double[m][rows];
            double[][][] arm = new double[n][m][rows];
            for (int r = 0; r < rows; r++) {
                pose(state, frames, r);
                model.call("realizeVelocity", state);
                for (int k = 0; k < m; k++) {
                    OsimObject muscle = muscleObjects.get(k);
                    length[k][r] = muscle.number("getLength", state);
                    speed[k][r] = muscle.number("getLengtheningSpeed", state);
                    for (int i = 0; i < n; i++) {
                        arm[i][k][r] = muscle.number("computeMomentArm", state, coordinateObjects.get(i));
                    }
                }
            }
            List<String> names = muscleNames();
            Map<String, Storage> arms = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String c = coordinates.get(i).name();
                arms.put(c, Storage.of("MomentArm_" + c, false, names, frames.times(), arm[i]));
            }
            return new MuscleGeometry(Storage.of("Length", false, names, frames.times(), length),
                    Storage.of("LengtheningSpeed", false, names, frames.times(), speed), arms);
        }
    }

    /**
     * At every frame, from the default state: pose (assembled if the model has constraints), the given
     * activations (linearly interpolated in time, held beyond the table's ends), then
     * {@code equilibrateMuscles} and {@code realizeDynamics}.
     */
    @Override
    public MuscleForces muscleForces(MuscleForceRequest request) {
        open();
        Storage activations = request.activations();
        List<String> unknown = activations.labels().stream().filter(l -> !muscleNames().contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw new NeuroMskException("model '" + name + "' has no muscle " + String.join(", ", unknown)
                    + " (activation columns)");
        }
        MotionColumns columns = MotionColumns.match(request.coordinates(), coordinates);
        warnMissing(columns.missing().stream().filter(c -> !dependent.contains(c)).toList(), null);
        try (TempFolder tmp = TempFolder.create("neuromsk-opensim-forces")) {
            MotionFrames frames = frames(columns, -1, TimeRange.ALL, tmp);
            int rows = frames.size();
            int m = muscles.size();
            double[][] tendon = new double[m][rows];
            double[][] active = new double[m][rows];
            double[][] passive = new double[m][rows];
            double[][] fiber = new double[m][rows];
            for (int r = 0; r < rows; r++) {
                OsimObject s = runtime.create("State", defaults);
                try {
                    pose(s, frames, r);
                    for (int k = 0; k < m; k++) {
                        String muscle = muscles.get(k).name();
                        if (activations.hasColumn(muscle)) {
                            muscleObjects.get(k).call("setActivation", s,
                                    interpolate(activations, muscle, frames.times()[r]));
                        }
                    }
                    model.call("equilibrateMuscles", s);
                    model.call("realizeDynamics", s);
                    for (int k = 0; k < m; k++) {
                        OsimObject muscle = muscleObjects.get(k);
                        tendon[k][r] = muscle.number("getTendonForce", s);
                        active[k][r] = muscle.number("getActiveFiberForce", s);
                        passive[k][r] = muscle.number("getPassiveFiberForce", s);
                        fiber[k][r] = muscle.number("getFiberLength", s);
                    }
                } finally {
                    s.delete();
                }
            }
            List<String> names = muscleNames();
            double[] t = frames.times();
            return new MuscleForces(Storage.of("TendonForce", false, names, t, tendon),
                    Storage.of("ActiveFiberForce", false, names, t, active),
                    Storage.of("PassiveFiberForce", false, names, t, passive),
                    Storage.of("FiberLength", false, names, t, fiber));
        }
    }

    /**
     * OpenSim's ForwardTool on a clone of the model. The controls file is given before the model,
     * because {@code setModel} copies the tool's controllers into the model. Force set files are put
     * into the clone by the tool's own {@code updateModelForces} (with {@code replace_force_set}),
     * as ForwardTool does when it loads a setup file.
     */
    @Override
    public ForwardResult forward(ForwardRequest request) {
        return forward(request, ForwardProgress.NONE);
    }

    /**
     * As {@link #forward(ForwardRequest)}. OpenSim's ForwardTool runs to its final time inside one
     * native call and its Java bindings offer no per-step callback, so the only report is the end
     * time, once the tool has finished.
     */
    @Override
    public ForwardResult forward(ForwardRequest request, ForwardProgress progress) {
        open();
        Path controls = existing(request.controls());
        try (TempFolder tmp = TempFolder.create("neuromsk-opensim-forward")) {
            OsimObject copy = model.get("clone");
            OsimObject tool = runtime.create("ForwardTool");
            try {
                tool.call("setName", TOOL_NAME);
                tool.call("setControlsFileName", controls.toString());
                if (!request.forceSetFiles().isEmpty()) {
                    OsimObject files = runtime.create("ArrayStr");
                    request.forceSetFiles().forEach(f -> files.call("append", existing(f).toString()));
                    tool.call("setForceSetFiles", files);
                    tool.call("setReplaceForceSet", request.replaceForceSet());
                    tool.call("updateModelForces", copy, "");
                }
                tool.call("setModel", copy);
                tool.call("setInitialTime", request.start());
                tool.call("setFinalTime", request.end());
                tool.call("setSolveForEquilibrium", request.equilibrateMuscles());
                tool.call("setErrorTolerance", request.accuracy());
                tool.call("setMaxDT", 1.0);
                tool.call("setMinDT", 1e-8);
                tool.call("setMaximumNumberOfSteps", 20000);
                request.initialStates().ifPresent(s -> tool.call("setStatesFileName", existing(s).toString()));
                request.externalLoads().ifPresent(x -> tool.call("setExternalLoadsFileName", existing(x).toString()));
                tool.call("setResultsDir", tmp.path().toString());
                if (!tool.flag("run")) {
                    throw new NeuroMskException(String.format(Locale.ROOT, "OpenSim's ForwardTool did not complete the "
                            + "simulation from %g to %g s with %s", request.start(), request.end(), controls));
                }
            } finally {
                tool.delete();
                copy.delete();
            }
            ForwardResult result = new ForwardResult(readOutput(tmp.resolve(TOOL_NAME + "_states.sto"), "ForwardTool"),
                    readOutput(tmp.resolve(TOOL_NAME + "_controls.sto"), "ForwardTool"));
            progress.reached(request.end());
            return result;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            defaults.delete();
            model.delete();
        }
    }

    private void open() {
        if (closed) {
            throw new NeuroMskException("model '" + name + "' was closed");
        }
    }

    private MotionFrames frames(MotionColumns columns, double lowpass, TimeRange range, TempFolder tmp) {
        MotionFrames frames = MotionFrames.prepare(runtime, coordinates, columns, lowpass, range, tmp, warnings);
        if (frames.size() == 0) {
            throw new NeuroMskException(String.format(Locale.ROOT, "no frame of the motion is in [%g, %g] s",
                    range.start(), range.end()));
        }
        return frames;
    }

    /** Sets time, values and speeds of every unlocked coordinate (defaults where the motion has none), then assembles. */
    private void pose(OsimObject s, MotionFrames frames, int row) {
        s.call("setTime", frames.times()[row]);
        for (int i = 0; i < coordinates.size(); i++) {
            CoordinateInfo info = coordinates.get(i);
            if (info.locked()) {
                continue;
            }
            double[] q = frames.values()[i];
            double[] u = frames.speeds()[i];
            OsimObject c = coordinateObjects.get(i);
            c.call("setValue", s, q == null ? info.defaultValue() : q[row], false);
            c.call("setSpeedValue", s, u == null ? 0.0 : u[row]);
        }
        if (constrained) {
            model.call("assemble", s);
        }
    }

    private static double interpolate(Storage table, String label, double t) {
        double[] time = table.time();
        double[] v = table.column(label);
        if (t <= time[0]) {
            return v[0];
        }
        if (t >= time[time.length - 1]) {
            return v[v.length - 1];
        }
        int hi = 1;
        while (time[hi] < t) {
            hi++;
        }
        double w = (t - time[hi - 1]) / (time[hi] - time[hi - 1]);
        return v[hi - 1] + w * (v[hi] - v[hi - 1]);
    }

    private List<String> treeOrder(OsimObject set) {
        try {
            OsimObject names = model.get("getCoordinateNamesInMultibodyTreeOrder");
            int n = names.integer("size");
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(names.text("at", i));
            }
            return out;
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (NeuroMskException e) {
            int n = set.integer("getSize");
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(set.get("get", i).text("getName"));
            }
            return out;
        }
    }

    private CoordinateInfo describe(OsimObject c) {
        String type = c.text("getMotionType");
        MotionType motion;
        try {
            motion = MotionType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NeuroMskException("OpenSim reports motion type '" + type + "' for coordinate "
                    + c.text("getName") + ", which NeuroMSK does not know", e);
        }
        return new CoordinateInfo(c.text("getName"), c.get("getJoint").text("getName"), motion, c.number("getRangeMin"),
                c.number("getRangeMax"), c.number("getDefaultValue"), c.flag("getDefaultLocked"),
                c.flag("getDefaultClamped"));
    }

    private boolean isDependent(OsimObject c) {
        try {
            return c.flag("isDependent", state);
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (NeuroMskException e) {
            return false;
        }
    }

    private static MuscleParameters parameters(OsimObject m) {
        return new MuscleParameters(m.number("get_max_isometric_force"), m.number("get_optimal_fiber_length"),
                m.number("get_tendon_slack_length"), m.number("get_pennation_angle_at_optimal"),
                m.number("get_max_contraction_velocity"));
    }

    private JointTree jointTree() {
        OsimObject joints = model.get("getJointSet");
        int n = joints.integer("getSize");
        List<JointTree.Joint> out = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            OsimObject joint = joints.get("get", j);
            List<String> names = new ArrayList<>();
            int nc = joint.integer("numCoordinates");
            for (int c = 0; c < nc; c++) {
                names.add(joint.get("get_coordinates", c).text("getName"));
            }
            out.add(new JointTree.Joint(joint.text("getName"), baseBody(joint.get("getParentFrame")),
                    baseBody(joint.get("getChildFrame")), names));
        }
        return new JointTree(out, coordinates.stream().map(CoordinateInfo::name).toList());
    }

    private static String baseBody(OsimObject frame) {
        return frame.get("findBaseFrame").text("getName");
    }

    /**
     * Coordinates of the joints between the bodies of the path's points. A path that is not a
     * GeometryPath (e.g. a function-based path) has no points; then the coordinates with a non-zero
     * moment arm in the default pose are given.
     */
    private List<String> spanned(OsimObject muscle, JointTree tree) {
        Optional<List<String>> bodies = pathBodies(muscle);
        if (bodies.isPresent()) {
            return tree.spannedCoordinates(bodies.get());
        }
        model.call("realizePosition", state);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < coordinates.size(); i++) {
            if (Math.abs(muscle.number("computeMomentArm", state, coordinateObjects.get(i))) > 1e-12) {
                out.add(coordinates.get(i).name());
            }
        }
        return out;
    }

    private static Optional<List<String>> pathBodies(OsimObject muscle) {
        OsimObject points;
        try {
            points = muscle.get("getGeometryPath").get("getPathPointSet");
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (NeuroMskException notAGeometryPath) {
            return Optional.empty();
        }
        int n = points.integer("getSize");
        List<String> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            bodies.add(baseBody(points.get("get", i).get("getParentFrame")));
        }
        return Optional.of(bodies);
    }

    private int muscleIndex(String muscle) {
        for (int k = 0; k < muscles.size(); k++) {
            if (muscles.get(k).name().equals(muscle)) {
                return k;
            }
        }
        throw new NeuroMskException("model '" + name + "' has no muscle '" + muscle + "'");
    }

    private List<String> muscleNames() {
        return muscles.stream().map(MuscleInfo::name).toList();
    }

    private void warnMissing(List<String> missing, Path source) {
        if (!missing.isEmpty()) {
            warnings.accept("coordinates not in " + source(source) + " are held at their default values: "
                    + String.join(", ", missing));
        }
    }

    private static String source(Path file) {
        return file == null ? "the motion" : file.toString();
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new NeuroMskException(p + ": no such file");
        }
        return p.toAbsolutePath();
    }

    private static Storage readOutput(Path file, String tool) {
        if (!Files.isRegularFile(file)) {
            throw new NeuroMskException("OpenSim's " + tool + " reported success but wrote no " + file.getFileName());
        }
        return StorageReader.read(file);
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e.getCause() != null && !(e.getCause() instanceof NeuroMskException) ? e.getCause() : e;
        return Calls.oneLine(cause.getMessage());
    }
}
