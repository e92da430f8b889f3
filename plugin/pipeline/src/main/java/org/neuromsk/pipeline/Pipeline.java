package org.neuromsk.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MotionType;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.force.ExternalLoadsLoader;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.pipeline.estimator.Estimate;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorInput;
import org.neuromsk.pipeline.estimator.Estimators;
import org.neuromsk.pipeline.estimator.ModelEditing;
import org.neuromsk.pipeline.forward.ForwardCheck;
import org.neuromsk.pipeline.forward.ForwardOutcome;
import org.neuromsk.pipeline.forward.KinematicsComparison;
import org.neuromsk.pipeline.forward.MuscleMoments;
import org.neuromsk.pipeline.forward.ResidualReserves;
import org.neuromsk.pipeline.report.HtmlReport;
import org.neuromsk.pipeline.report.TextSummary;
import org.neuromsk.pipeline.uncertainty.Ensemble;
import org.neuromsk.pipeline.uncertainty.Intervals;

/**
 * Runs a validated pipeline ({@link PipelineFile}) and writes every artefact into its output folder:
 * inverse dynamics and muscle lengths from the backend, the estimate (excitations, intervals,
 * activations, forces, reserve controls), the controls ({@value #CONTROLS_STO} and {@value #CONTROLS_XML},
 * which OpenSim's ForwardTool reads), the forward simulation driven by the controls read back from
 * {@value #CONTROLS_STO} (states, controls, coordinates in degrees, the simulated model with its
 * reserves). When the estimator personalises, its parameters are written as {@value #PERSONALISED_MODEL}
 * and that model is the one simulated (the excitations were estimated for it); the input model is
 * simulated with the same controls as well and reported beside it. Then {@code report.html},
 * {@code summary.txt} and {@code manifest.json}.
 */
public final class Pipeline {

    /** Controls table (exact numbers), one column per actuator. */
    public static final String CONTROLS_STO = "controls.sto";
    /** The same controls as a ControlSet. */
    public static final String CONTROLS_XML = "controls.xml";
    /** The model the forward simulation ran (the input model plus its reserves). */
    public static final String FORWARD_MODEL = "forward_model.osim";
    /** The input model with the estimator's personalised muscle parameters, when it personalises. */
    public static final String PERSONALISED_MODEL = "personalised.osim";
    private static final int STAGES = 6;

    private Pipeline() {
    }

    /**
     * @param spec the validated pipeline
     * @param progress told the stages
     * @param trueParameters true muscle parameters for the report, when known (virtual subjects)
     * @param extraSections extra report tables (e.g. the demo's estimator comparison)
     * @return the result (also written to the output folder)
     */
    public static PipelineResult run(PipelineSpec spec, PipelineProgress progress,
            Map<String, MuscleParameters> trueParameters, Map<String, List<List<String>>> extraSections) {
        long started = System.nanoTime();
        Path out = spec.output();
        boolean created = !Files.exists(out);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new NeuroMskException("cannot create the output folder " + out + ": " + e.getMessage());
        }
        try {
            return stages(spec, progress, trueParameters, extraSections, started, out);
        } catch (RuntimeException | Error e) {
            // a failed run leaves no output folder it created (files in an existing folder are replaced one by one)
            if (created) {
                AtomicFiles.deleteTreeQuietly(out);
            }
            throw e;
        }
    }

    private static PipelineResult stages(PipelineSpec spec, PipelineProgress progress,
            Map<String, MuscleParameters> trueParameters, Map<String, List<List<String>>> extraSections,
            long started, Path out) {
        Map<String, Double> timings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> files = new ArrayList<>();
        progress.stage(1, STAGES, "inverse dynamics and muscle geometry (" + spec.backend() + " backend)");
        long t0 = System.nanoTime();
        Storage motion = StorageReader.read(spec.motion());
        MskBackend backend = BackendRegistry.discover().choose(spec.backend()).create();
        String backendText = backend.name() + " " + backend.version();
        Storage id;
        Storage lengths;
        Optional<Storage> muscleTorques;
        Map<String, PipelineResult.ParameterRow> parameters = new LinkedHashMap<>();
        Set<String> rotational = new HashSet<>();
        String modelName;
        Estimate estimate;
        try (MskModel model = backend.loadModel(spec.model(), progress::note)) {
            modelName = model.name();
            model.coordinates().stream().filter(c -> c.motionType() == MotionType.ROTATIONAL)
                    .forEach(c -> rotational.add(c.name()));
            id = model.inverseDynamics(new InverseDynamicsRequest(motion, spec.motion(), spec.externalLoads(), -1,
                    TimeRange.ALL, List.of("Muscles")));
            MuscleGeometry geometry = model.muscleGeometry(new MuscleGeometryRequest(motion, spec.motion(), -1,
                    TimeRange.ALL));
            lengths = geometry.lengths();
            write(id.withName("inverse_dynamics"), out.resolve("inverse_dynamics.sto"), files, out);
            write(lengths.withName("muscle_tendon_lengths"), out.resolve("muscle_tendon_lengths.sto"), files, out);
            for (MuscleInfo m : model.muscles()) {
                parameters.put(m.name(), new PipelineResult.ParameterRow(m.parameters(), Optional.empty(),
                        Optional.ofNullable(trueParameters.get(m.name()))));
            }
            timings.put("inverse dynamics and geometry", seconds(t0));

            progress.stage(2, STAGES, "estimator " + spec.estimator().type()
                    + (spec.estimator().ensemble() > 1 ? " (ensemble of " + spec.estimator().ensemble() + ")" : ""));
            t0 = System.nanoTime();
            Estimator estimator = Estimators.create(spec.estimator().type());
            Optional<Storage> emg = spec.emg().map(StorageReader::read);
            EstimatorInput input = new EstimatorInput(spec.model(), motion, spec.motion(), spec.externalLoads(), emg,
                    Map.of(), spec.estimator().activationExponent(), spec.forward().reserveOptimalForce(),
                    spec.estimator().options());
            estimate = estimator.estimate(input, progress::note);
            timings.put("estimate", seconds(t0));
            if (estimate.reserveControls().isEmpty() && spec.forward().enabled() && spec.forward().reserveActuators()
                    && spec.forward().residualReserves()) {
                t0 = System.nanoTime();
                estimate = withResidualReserves(spec, motion, id, geometry, estimate, progress);
                timings.put("residual reserves", seconds(t0));
            }
            notes.addAll(estimate.notes());
            muscleTorques = estimate.muscleForces().map(f -> muscleTorques(geometry, f));
            Optional<Intervals> intervals = Optional.empty();
            if (spec.estimator().ensemble() > 1) {
                t0 = System.nanoTime();
                int n = spec.estimator().ensemble();
                intervals = Optional.of(Ensemble.run(estimator, input, estimate, n,
                        spec.estimator().kinematicNoiseDeg(), spec.estimator().strengthNoise(),
                        spec.estimator().seed(), labelsOf(motion, rotational), spec.muscles(),
                        estimator.intervalCalibration(), new HashSet<>(emg.map(Storage::labels).orElse(List.of())),
                        k -> progress.fraction((double) k / n)));
                intervals.get().calibration().filter(c -> c.members() != n).ifPresent(c -> notes.add("the interval "
                        + "calibration was measured with ensembles of " + c.members() + ", this run has " + n));
                timings.put("ensemble", seconds(t0));
            }
            return finish(spec, progress, started, timings, notes, files, out, motion, modelName, backendText, id,
                    muscleTorques, parameters, estimate, intervals, estimator.name(), extraSections);
        }
    }

    private static PipelineResult finish(PipelineSpec spec, PipelineProgress progress, long started,
            Map<String, Double> timings, List<String> notes, List<String> files, Path out, Storage motion,
            String modelName, String backendText, Storage id, Optional<Storage> muscleTorques,
            Map<String, PipelineResult.ParameterRow> parameters, Estimate estimate, Optional<Intervals> intervals,
            String estimatorName, Map<String, List<List<String>>> extraSections) {
        write(estimate.excitations(), out.resolve("excitations.sto"), files, out);
        estimate.activations().ifPresent(a -> write(a, out.resolve("activations.sto"), files, out));
        estimate.muscleForces().ifPresent(f -> write(f, out.resolve("muscle_forces.sto"), files, out));
        estimate.reserveControls().filter(r -> r.columnCount() > 0)
                .ifPresent(r -> write(r, out.resolve("estimator_reserve_controls.sto"), files, out));
        intervals.ifPresent(i -> write(i.asTable(), out.resolve("excitations_intervals.sto"), files, out));
        Optional<Storage> truth = spec.truthExcitations().map(StorageReader::read);
        Map<String, Double> coverage = new LinkedHashMap<>();
        if (truth.isPresent() && intervals.isPresent()) {
            coverage.putAll(Ensemble.coverage(intervals.get(), truth.get()));
        }
        Map<String, double[]> accuracy = truth.map(t -> Accuracy.of(estimate.excitations(), t)).orElse(Map.of());

        Map<String, List<List<String>>> sections = new LinkedHashMap<>(extraSections);
        truth.ifPresent(t -> reconstruction(spec, estimatorName, estimate, t).ifPresent(rows -> sections.put(
                "Deep-muscle reconstruction (muscles without EMG) against the true excitations", rows)));

        progress.stage(3, STAGES, "controls (" + CONTROLS_STO + ", " + CONTROLS_XML + ")");
        long t0 = System.nanoTime();
        OsimDocument<org.neuromsk.io.osim.Model> doc = ModelEditing.read(spec.model(), Map.of());
        boolean personalise = !estimate.personalised().isEmpty();
        Optional<Path> personalised = Optional.empty();
        if (personalise) {
            // the estimator's excitations come with the muscle model they were estimated for: that model is
            // the one they drive (the input model is simulated as well, for comparison)
            ModelEditing.personalise(doc, estimate.personalised(), estimate.personalisedTimeConstants());
            Path p = out.resolve(PERSONALISED_MODEL);
            OpenSimXml.write(doc, p);
            files.add(PERSONALISED_MODEL);
            personalised = Optional.of(p);
            for (Map.Entry<String, MuscleParameters> e : estimate.personalised().entrySet()) {
                PipelineResult.ParameterRow row = parameters.get(e.getKey());
                if (row != null) {
                    parameters.put(e.getKey(), new PipelineResult.ParameterRow(row.nominal(), Optional.of(e.getValue()),
                            row.truth()));
                }
            }
        }
        List<String> reserves = spec.forward().reserveActuators()
                ? ModelEditing.addReserves(doc, spec.forward().reserveOptimalForce()) : List.of();
        Storage controls = Controls.table(estimate, reserves);
        write(controls, out.resolve(CONTROLS_STO), files, out);
        ControlSignals.fromStorage(CONTROLS_STO, controls).writeControlSet("Control Set", out.resolve(CONTROLS_XML));
        files.add(CONTROLS_XML);
        timings.put("controls", seconds(t0));

        Optional<ForwardOutcome> forward = Optional.empty();
        List<KinematicsComparison.CoordinateError> kinematics = List.of();
        Map<String, PipelineResult.ReserveUse> reserveUse = new LinkedHashMap<>();
        if (spec.forward().enabled()) {
            progress.stage(4, STAGES, "forward simulation driven by the controls"
                    + (personalise ? " on the personalised model" : "")
                    + (spec.forward().trackingCorrection()
                            ? " with tracking correction, " + spec.forward().gains().describe()
                            : " (no tracking correction)"));
            t0 = System.nanoTime();
            OpenSimXml.write(doc, out.resolve(FORWARD_MODEL));
            files.add(FORWARD_MODEL);
            ControlSignals readBack = ControlSignals.read(out.resolve(CONTROLS_STO));
            ForwardOutcome outcome = simulate(spec, doc, motion, readBack, reserves, progress);
            forward = Optional.of(outcome);
            timings.put("forward simulation", seconds(t0));
            notes.addAll(outcome.notes());
            if (!outcome.completed()) {
                notes.add(String.format(Locale.ROOT, "forward simulation stopped at t = %.3f s: %s",
                        outcome.timeReached(), outcome.cause().orElse("")));
            }
            progress.stage(5, STAGES, "comparison with the input motion");
            outcome.states().ifPresent(s -> write(s, out.resolve("forward_states.sto"), files, out));
            outcome.controls().ifPresent(c -> write(c, out.resolve("forward_controls.sto"), files, out));
            outcome.correctionTorques().ifPresent(c -> write(c, out.resolve("tracking_correction.sto"), files, out));
            if (outcome.states().isPresent()) {
                kinematics = compare(doc, motion, spec, outcome.states().get());
                write(Controls.simulatedCoordinates(kinematics), out.resolve("forward_coordinates.mot"), files, out);
                reserveUse = Controls.reserveUse(outcome, reserves, spec.forward().reserveOptimalForce());
            }
            if (personalise) {
                t0 = System.nanoTime();
                OsimDocument<org.neuromsk.io.osim.Model> input = ModelEditing.read(spec.model(), Map.of());
                List<String> inputReserves = spec.forward().reserveActuators()
                        ? ModelEditing.addReserves(input, spec.forward().reserveOptimalForce()) : List.of();
                ForwardOutcome other = simulate(spec, input, motion, readBack, inputReserves, progress);
                sections.put("The same controls on the input (unpersonalised) model", unpersonalised(other,
                        other.states().map(st -> compare(input, motion, spec, st)).orElse(List.of())));
                timings.put("forward simulation (input model)", seconds(t0));
            }
        }
        progress.stage(6, STAGES, "report and manifest");
        timings.put("total", seconds(started));
        files.add("report.html");
        files.add("summary.txt");
        files.add("manifest.json");
        PipelineResult result = new PipelineResult(spec, modelName, backendText, estimatorName, id, muscleTorques,
                estimate, intervals, truth, coverage, accuracy, parameters, forward, kinematics, reserveUse,
                personalised, sections, notes, timings, files);
        HtmlReport.write(result, out.resolve("report.html"));
        org.neuromsk.io.AtomicFiles.writeText(out.resolve("summary.txt"), w -> w.write(TextSummary.of(result)));
        Manifest.write(result, out.resolve("manifest.json"));
        return result;
    }

    /**
     * The forward check of a pipeline: the model with its reserves, the input motion as reference.
     *
     * @param spec the pipeline
     * @param doc the model document with its reserves
     * @param motion the input motion
     * @param controls the controls, as read back from a file
     * @param reserves the reserves' names
     * @param progress told the simulated time
     * @return the outcome
     */
    public static ForwardOutcome simulate(PipelineSpec spec, OsimDocument<org.neuromsk.io.osim.Model> doc,
            Storage motion, ControlSignals controls, List<String> reserves, PipelineProgress progress) {
        try {
            Model engine = ModelLoader.fromDocument(doc);
            ForwardModel forwardModel = ForwardModel.of(engine, doc);
            AnalyzeStates reference = AnalyzeStates.fromCoordinates(engine, motion, spec.motion(), -1, w -> { });
            List<ExternalForce> loads = spec.externalLoads().map(p -> ExternalLoadsLoader.load(p, engine))
                    .orElse(List.of());
            ForwardCheck check = new ForwardCheck(forwardModel, reference, loads, reserves,
                    spec.forward().reserveOptimalForce());
            double start = reference.time(0);
            double end = reference.time(reference.rowCount() - 1);
            ForwardSimulation.Settings integrator = ForwardSimulation.Settings.defaults()
                    .withAccuracy(spec.forward().accuracy());
            return check.run(controls, start, end, new ForwardCheck.Settings(spec.forward().trackingCorrection(),
                    spec.forward().gains(), spec.forward().correctionInterval(),
                    integrator), t -> progress.fraction((t - start) / (end - start)));
        } catch (NeuroMskException e) {
            return new ForwardOutcome(Optional.empty(), Optional.empty(), Optional.empty(), false,
                    motion.startTime(), Optional.of(e.getMessage()), 0, List.of());
        }
    }

    private static List<KinematicsComparison.CoordinateError> compare(OsimDocument<org.neuromsk.io.osim.Model> doc,
            Storage motion, PipelineSpec spec, Storage states) {
        Model engine = ModelLoader.fromDocument(doc);
        AnalyzeStates reference = AnalyzeStates.fromCoordinates(engine, motion, spec.motion(), -1, w -> { });
        return KinematicsComparison.compare(ForwardModel.of(engine, doc), reference, states);
    }

    private static List<List<String>> unpersonalised(ForwardOutcome o, List<KinematicsComparison.CoordinateError> k) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("coordinate", "RMS error", "max error", "time to 5° (5 cm) drift (s)", "outcome"));
        String outcome = o.completed() ? "completed"
                : String.format(Locale.ROOT, "stopped at %.3f s: %s", o.timeReached(), o.cause().orElse(""));
        for (KinematicsComparison.CoordinateError e : k) {
            String unit = e.rotational() ? " °" : " m";
            rows.add(List.of(e.coordinate(), String.format(Locale.ROOT, "%.3f%s", e.rms(), unit),
                    String.format(Locale.ROOT, "%.3f%s", e.maxAbs(), unit),
                    Double.isNaN(e.driftTime()) ? "never" : String.format(Locale.ROOT, "%.3f", e.driftTime()), outcome));
        }
        if (k.isEmpty()) {
            rows.add(List.of("—", "", "", "", outcome));
        }
        return rows;
    }

    /**
     * The estimator and its baselines on the muscles without EMG, against the truth: RMS error and r.
     */
    private static Optional<List<List<String>>> reconstruction(PipelineSpec spec, String estimatorName,
            Estimate estimate, Storage truth) {
        if (estimate.baselines().isEmpty()) {
            return Optional.empty();
        }
        Set<String> measured = new HashSet<>(spec.emg().map(StorageReader::read).map(Storage::labels)
                .orElse(List.of()));
        List<String> hidden = spec.muscles().stream().filter(m -> !measured.contains(m) && truth.hasColumn(m))
                .toList();
        if (hidden.isEmpty()) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("method"));
        hidden.forEach(m -> {
            header.add(m + " RMS error (-)");
            header.add(m + " r");
        });
        header.add("mean RMS error (-)");
        rows.add(header);
        Map<String, Storage> methods = new LinkedHashMap<>();
        methods.put(estimatorName.toUpperCase(Locale.ROOT), estimate.excitations());
        methods.putAll(estimate.baselines());
        methods.forEach((name, u) -> {
            Map<String, double[]> a = Accuracy.of(u.select(hidden), truth);
            List<String> row = new ArrayList<>(List.of(name));
            double mean = 0;
            for (String m : hidden) {
                row.add(String.format(Locale.ROOT, "%.4f", a.get(m)[0]));
                double r = a.get(m)[1];
                row.add(Double.isNaN(r) ? "— (constant)" : String.format(Locale.ROOT, "%.3f", r));
                mean += a.get(m)[0] / hidden.size();
            }
            row.add(String.format(Locale.ROOT, "%.4f", mean));
            rows.add(row);
        });
        return Optional.of(rows);
    }

    private static Set<String> labelsOf(Storage motion, Set<String> rotational) {
        Set<String> out = new HashSet<>();
        for (String label : motion.labels()) {
            if (rotational.contains(PipelineFile.coordinateOf(label))) {
                out.add(label);
            }
        }
        return out;
    }

    /** The estimate with the residual reserves of every free coordinate ({@link ResidualReserves}). */
    private static Estimate withResidualReserves(PipelineSpec spec, Storage motion, Storage id, MuscleGeometry geometry,
            Estimate estimate, PipelineProgress progress) {
        Storage reserves = ResidualReserves.compute(spec.model(), motion, spec.motion(), id, geometry,
                estimate.excitations(), spec.forward().reserveOptimalForce(), progress::note);
        double sum = 0;
        int n = 0;
        for (int c = 0; c < reserves.columnCount(); c++) {
            for (double v : reserves.column(c)) {
                sum += v * v;
                n++;
            }
        }
        return estimate.withReserveControls(reserves, String.format(Locale.ROOT, "reserves: the estimator leaves "
                + "them open, so each of the %d carries what the muscles, driven by the estimated excitations (in "
                + "fibre-tendon equilibrium along the motion), leave of its inverse dynamics (RMS %.3g N·m or N over "
                + "all; forward.residualReserves false: zero instead)", reserves.columnCount(),
                Math.sqrt(sum / Math.max(1, n)) * spec.forward().reserveOptimalForce()));
    }

    private static Storage muscleTorques(MuscleGeometry geometry, Storage forces) {
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (Map.Entry<String, Storage> e : geometry.momentArms().entrySet()) {
            MuscleMoments.about(e.getValue(), forces).ifPresent(moment -> {
                labels.add(e.getKey());
                columns.add(moment);
            });
        }
        return Storage.of("muscle_torques", false, labels, forces.time(), columns.toArray(new double[0][]));
    }

    private static void write(Storage table, Path file, List<String> files, Path out) {
        StorageWriter.write(table, file, StorageWriter.Options.version1());
        files.add(out.relativize(file).toString());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
