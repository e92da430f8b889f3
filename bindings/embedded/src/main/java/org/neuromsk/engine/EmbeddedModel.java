package org.neuromsk.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.force.ExternalLoadsLoader;
import org.neuromsk.engine.model.ForceSetFiles;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.MobilizedBody;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.simulation.ForwardRun;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.engine.tool.InverseDynamicsTool;
import org.neuromsk.engine.tool.MuscleAnalysis;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.AbstractPathPoint;
import org.neuromsk.io.osim.GeometryPath;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** A model loaded by the embedded engine. */
final class EmbeddedModel implements MskModel {

    private final OsimDocument<org.neuromsk.io.osim.Model> document;
    private final Model model;
    private final List<CoordinateInfo> coordinates;
    private final List<MuscleInfo> muscles;
    private final Consumer<String> warnings;

    EmbeddedModel(OsimDocument<org.neuromsk.io.osim.Model> document, Consumer<String> warnings) {
        this.document = document;
        this.warnings = warnings;
        this.model = ModelLoader.fromDocument(document);
        this.coordinates = coordinateInfos(model.multibody());
        this.muscles = muscleInfos();
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public String backendName() {
        return EmbeddedBackendProvider.NAME;
    }

    /** @return the engine's model (for engine-level tools and tests) */
    Model engineModel() {
        return model;
    }

    @Override
    public List<CoordinateInfo> coordinates() {
        return coordinates;
    }

    @Override
    public List<MuscleInfo> muscles() {
        return muscles;
    }

    @Override
    public MuscleParameters muscleParameters(String muscle) {
        return muscles.stream().filter(m -> m.name().equals(muscle)).findFirst().map(MuscleInfo::parameters)
                .orElseThrow(() -> new NeuroMskException("model '" + name() + "' has no muscle '" + muscle + "'"));
    }

    @Override
    public MskModel withMuscleParameters(Map<String, MuscleParameters> parameters) {
        Path file = document.file().orElseThrow(
                () -> new NeuroMskException("model '" + name() + "' was not read from a file and cannot be copied"));
        OsimDocument<org.neuromsk.io.osim.Model> copy = OpenSimXml.readModel(file);
        for (Map.Entry<String, MuscleParameters> e : parameters.entrySet()) {
            Muscle m = copy.root().muscles().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new NeuroMskException("model '" + name() + "' has no muscle '" + e.getKey() + "'"));
            MuscleParameters p = e.getValue();
            m.setMaxIsometricForce(p.maxIsometricForce());
            m.setOptimalFiberLength(p.optimalFiberLength());
            m.setTendonSlackLength(p.tendonSlackLength());
            m.setPennationAngleAtOptimal(p.pennationAngleAtOptimal());
            m.setMaxContractionVelocity(p.maxContractionVelocity());
        }
        return new EmbeddedModel(copy, warnings);
    }

    @Override
    public void writeModel(Path file) {
        OpenSimXml.write(document, file);
    }

    @Override
    public Storage inverseDynamics(InverseDynamicsRequest request) {
        List<ExternalForce> loads = request.externalLoads().map(x -> ExternalLoadsLoader.load(x, model,
                request.coordinates(), request.timeRange().start(), request.timeRange().end(), warnings))
                .orElse(List.of());
        InverseDynamicsTool.Settings settings = new InverseDynamicsTool.Settings(request.lowpassCutoff(),
                request.timeRange().start(), request.timeRange().end(), request.excludedForces());
        return new InverseDynamicsTool(model).run(request.coordinates(), request.coordinatesFile(), loads, settings,
                warnings);
    }

    @Override
    public MuscleGeometry muscleGeometry(MuscleGeometryRequest request) {
        MuscleAnalysis.Result r = new MuscleAnalysis(model).run(request.coordinates(), request.coordinatesFile(),
                request.lowpassCutoff(), request.timeRange().start(), request.timeRange().end(), warnings);
        List<String> names = muscles.stream().map(MuscleInfo::name).toList();
        Map<String, Storage> arms = new LinkedHashMap<>();
        r.momentArms().forEach((c, table) -> arms.put(c, table.select(names)));
        return new MuscleGeometry(r.lengths().select(names), r.lengtheningSpeeds().select(names), arms);
    }

    @Override
    public MuscleForces muscleForces(MuscleForceRequest request) {
        org.neuromsk.engine.analysis.MuscleForceAnalysis.Result r =
                new org.neuromsk.engine.analysis.MuscleForceAnalysis(model, document.root())
                        .run(request.coordinates(), null, request.activations(), warnings);
        return new MuscleForces(r.tendonForce(), r.activeFiberForce(), r.passiveFiberForce(), r.fiberLength());
    }

    @Override
    public ForwardResult forward(ForwardRequest request) {
        return forward(request, ForwardProgress.NONE);
    }

    /**
     * Reports the simulated time after every accepted integrator step, and the end time last.
     * {@code force_set_files} are applied to this model's document for the run only.
     */
    @Override
    public ForwardResult forward(ForwardRequest request, ForwardProgress progress) {
        Model simulatedModel = model;
        ForwardModel simulated;
        try (ForceSetFiles.Applied applied = ForceSetFiles.apply(document, request.forceSetFiles(),
                request.replaceForceSet())) {
            if (!request.forceSetFiles().isEmpty()) {
                simulatedModel = ModelLoader.fromDocument(document);
            }
            simulated = ForwardModel.of(simulatedModel, document);
        }
        Model loadsModel = simulatedModel;
        List<ExternalForce> loads = request.externalLoads().map(x -> ExternalLoadsLoader.load(x, loadsModel,
                request.start(), request.end(), warnings)).orElse(List.of());
        ForwardSimulation.Result r = new ForwardRun(simulated, List.of(ControlSignals.read(request.controls())),
                request.initialStates().map(StorageReader::read), loads, request.start(), request.end(),
                request.equilibrateMuscles(), ForwardSimulation.Settings.defaults().withAccuracy(request.accuracy()))
                .run(warnings, progress::reached);
        return new ForwardResult(r.states(), r.controls());
    }

    @Override
    public void close() {
        // nothing native to release
    }

    private NeuroMskException notYet(String what) {
        return new NeuroMskException("the embedded backend cannot compute " + what + " yet");
    }

    private static List<CoordinateInfo> coordinateInfos(MultibodyModel mb) {
        List<CoordinateInfo> out = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            Coordinate c = mb.coordinates().get(i);
            out.add(new CoordinateInfo(c.name(), mb.mobilizedBodyOfCoordinate(i).joint().name(),
                    MotionType.valueOf(mb.motionType(i).name()), c.rangeMin(), c.rangeMax(), c.defaultValue(),
                    c.locked(), c.clamped()));
        }
        return List.copyOf(out);
    }

    private List<MuscleInfo> muscleInfos() {
        List<MuscleInfo> out = new ArrayList<>();
        for (Muscle m : document.root().muscles()) {
            MuscleParameters p = new MuscleParameters(m.maxIsometricForce(), m.optimalFiberLength(),
                    m.tendonSlackLength(), m.pennationAngleAtOptimal(), m.maxContractionVelocity());
            out.add(new MuscleInfo(m.name(), m.xmlTag(), p, spannedCoordinates(m), m.appliesForce()));
        }
        return List.copyOf(out);
    }

    /** Coordinates of the joints between the bodies the path's points are fixed to, in tree order. */
    private List<String> spannedCoordinates(Muscle m) {
        GeometryPath path = m.geometryPath().orElse(null);
        if (path == null) {
            return List.of();
        }
        MultibodyModel mb = model.multibody();
        Set<Integer> bodies = new LinkedHashSet<>();
        String owner = "/forceset/" + m.name() + "/" + path.name();
        for (AbstractPathPoint point : path.pathPoints()) {
            PhysicalFrame f = model.frame(owner + "/" + point.name(), point.socketParentFrame());
            bodies.add(mb.bodyIndex(f.base()));
        }
        Set<Integer> joints = new LinkedHashSet<>();
        Integer previous = null;
        for (int b : bodies) {
            if (previous != null) {
                joints.addAll(jointsBetween(mb, previous, b));
            }
            previous = b;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            if (joints.contains(mb.mobilizedBodyOfCoordinate(i).bodyIndex())) {
                names.add(mb.coordinates().get(i).name());
            }
        }
        return names;
    }

    /** @return indices of the mobilized bodies (one per joint) on the tree path between two bodies */
    private static Set<Integer> jointsBetween(MultibodyModel mb, int a, int b) {
        List<Integer> up = ancestors(mb, a);
        List<Integer> other = ancestors(mb, b);
        Set<Integer> result = new LinkedHashSet<>();
        for (int x : up) {
            if (!other.contains(x)) {
                result.add(x);
            }
        }
        for (int x : other) {
            if (!up.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    private static List<Integer> ancestors(MultibodyModel mb, int body) {
        List<Integer> chain = new ArrayList<>();
        int current = body;
        while (current != 0) {
            chain.add(current);
            current = parentOf(mb, current);
        }
        chain.add(0);
        return chain;
    }

    private static int parentOf(MultibodyModel mb, int body) {
        for (MobilizedBody mobod : mb.mobilizedBodies()) {
            if (mobod.bodyIndex() == body) {
                return mobod.parentBodyIndex();
            }
        }
        throw new IllegalStateException("body " + body + " is not in the tree");
    }
}
