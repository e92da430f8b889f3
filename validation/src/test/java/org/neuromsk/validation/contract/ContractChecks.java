package org.neuromsk.validation.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleForceRequest;
import org.neuromsk.backend.MuscleForces;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.PathWrap;
import org.neuromsk.engine.wrap.WrapEllipsoid;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.testing.TestData;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.validation.ColumnError;
import org.neuromsk.validation.TableComparison;
import org.neuromsk.validation.id.InverseDynamicsCase;
import org.neuromsk.validation.id.InverseDynamicsValidation;
import org.neuromsk.validation.ma.MuscleAnalysisCase;
import org.neuromsk.validation.ma.MuscleAnalysisValidation;

/**
 * The checks of the backend contract, each against what OpenSim 4.5.2 itself wrote. Tolerances are
 * those of the engine issues: inverse dynamics {@link InverseDynamicsValidation#TOLERANCE}; lengths
 * and moment arms {@link MuscleAnalysisValidation}'s 0.1 mm / 0.2 mm (0.5 mm / 1 mm for paths over
 * ellipsoids); forward simulation 0.5° RMS and 1° max joint angle, 0.01 RMS activation, 0.5 mm RMS
 * fibre length; equilibrium fibre lengths 0.5 mm.
 */
final class ContractChecks {

    static final String ARM26 = "opensim-4.5.2/arm26/";

    /** Joint angle: RMS ≤ 0.5° and max ≤ 1° (rad). */
    static final double ANGLE_RMS = Math.toRadians(0.5);
    static final double ANGLE_MAX = Math.toRadians(1.0);
    /** Activation RMS ≤ 0.01. */
    static final double ACTIVATION_RMS = 0.01;
    /** Fibre length RMS ≤ 0.5 mm (m). */
    static final double FIBER_RMS = 5e-4;

    /**
     * A model with two OpenSim outputs that describe it: an inverse-dynamics table (its labels are the
     * coordinates in multibody-tree order with their motion types) and a MuscleAnalysis length table (its
     * labels are the muscles in force-set order).
     */
    record ModelCase(String name, String model, String inverseDynamics, String lengths) {
    }

    static final List<ModelCase> MODELS = List.of(
            new ModelCase("arm26", ARM26 + "arm26.osim",
                    "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/InverseDynamics/"
                            + "UnfilteredResults/arm26_InverseDynamics.sto",
                    ARM26 + "muscle-analysis/expected/arm26_MuscleAnalysis_Length.sto"),
            new ModelCase("gait10dof18musc", "opensim-models/Pipelines/Gait10dof18musc/OutputReference/subject01.osim",
                    "opensim-models/Pipelines/Gait10dof18musc/OutputReference/ID/Results/subject01_walk_ID.sto",
                    "opensim-4.5.2/gait10dof18musc/muscle-analysis/expected/subject01_walk_MuscleAnalysis_Length.sto"),
            new ModelCase("Rajagopal", "opensim-4.5.2/rajagopal-walk/subject_walk_scaled.osim",
                    "opensim-4.5.2/rajagopal-walk/id/expected/id.sto",
                    "opensim-4.5.2/rajagopal-walk/muscle-analysis/expected/walk_MuscleAnalysis_Length.sto"));

    private ContractChecks() {
    }

    /** Coordinates, muscles and parameters as OpenSim and the model file have them; parameter edits on a copy. */
    static void describesModel(MskBackend backend, ModelCase c) {
        Path file = TestData.require(c.model());
        List<String> forceLabels = StorageReader.read(TestData.require(c.inverseDynamics())).labels();
        List<String> muscleOrder = StorageReader.read(TestData.require(c.lengths())).labels();
        try (MskModel m = backend.loadModel(file, message -> { })) {
            assertEquals(new java.util.TreeSet<>(forceLabels), m.coordinates().stream()
                    .map(CoordinateInfo::generalizedForceLabel).collect(Collectors.toCollection(java.util.TreeSet::new)),
                    "coordinates with OpenSim's motion types (_moment for rotational, _force otherwise)");
            assertEquals(muscleOrder, m.muscles().stream().map(MuscleInfo::name).toList(), "muscles in force-set order");
            for (Muscle x : OpenSimXml.readModel(file).root().muscles()) {
                MuscleParameters p = m.muscleParameters(x.name());
                assertEquals(new MuscleParameters(x.maxIsometricForce(), x.optimalFiberLength(), x.tendonSlackLength(),
                        x.pennationAngleAtOptimal(), x.maxContractionVelocity()), p, x.name());
            }
            String first = muscleOrder.get(0);
            MuscleParameters doubled = m.muscleParameters(first)
                    .withMaxIsometricForce(2 * m.muscleParameters(first).maxIsometricForce());
            try (MskModel copy = m.withMuscleParameters(Map.of(first, doubled))) {
                assertEquals(doubled, copy.muscleParameters(first));
            }
            assertEquals(doubled.maxIsometricForce() / 2, m.muscleParameters(first).maxIsometricForce(),
                    "the original model is unchanged");
        }
    }

    /**
     * {@link MskModel#coordinates()} promises OpenSim 4's multibody-tree order, the column order of its
     * ID output. Only references written by OpenSim 4.5.2 show that order; older ones (OpenSim 3,
     * file order) are compared as sets.
     */
    static void coordinateOrder(MskBackend backend, ModelCase c) {
        List<String> forceLabels = StorageReader.read(TestData.require(c.inverseDynamics())).labels();
        try (MskModel m = backend.loadModel(TestData.require(c.model()), message -> { })) {
            List<String> ours = m.coordinates().stream().map(CoordinateInfo::generalizedForceLabel).toList();
            if (c.inverseDynamics().startsWith("opensim-4.5.2/")) {
                assertEquals(forceLabels, ours, "coordinates in OpenSim's multibody-tree order (its ID column order)");
            } else {
                assertEquals(new java.util.TreeSet<>(forceLabels), new java.util.TreeSet<>(ours),
                        "coordinates of the model (reference from an older OpenSim: order not compared)");
            }
        }
    }

    static void inverseDynamics(MskBackend backend, InverseDynamicsCase c, Path work) {
        c.inputs().forEach(TestData::require);
        InverseDynamicsCase.Outcome o = c.run(backend, work, message -> { });
        TableComparison comparison = TableComparison.compare(o.actual(), o.expected(), InverseDynamicsValidation.TOLERANCE);
        ColumnError worst = worst(comparison.columns());
        System.out.printf(Locale.ROOT, "contract: %s: inverse dynamics %s: %d columns, worst %s RMS %.3g (allowed %.3g)%n",
                backend.name(), c.name(), comparison.columns().size(), worst.label(), worst.rms(), worst.tolerance());
        assertTrue(comparison.passes(), () -> backend.name() + " " + c.name() + ": " + describe(comparison.failures()));
    }

    static void muscleGeometry(MskBackend backend, MuscleAnalysisCase c) throws IOException {
        c.inputs().forEach(TestData::require);
        Path motion = TestData.require(c.coordinates());
        Path expected = TestData.require(c.expectedFolder());
        List<String> ellipsoid = ellipsoidMuscles(TestData.require(c.model()));
        MuscleGeometry g;
        try (MskModel m = backend.loadModel(TestData.require(c.model()), message -> { })) {
            g = m.muscleGeometry(new MuscleGeometryRequest(StorageReader.read(motion), motion, -1, TimeRange.ALL));
        }
        List<ColumnError> errors = new ArrayList<>(compare(g.lengths(),
                StorageReader.read(expected.resolve(c.prefix() + "Length.sto")), ellipsoid,
                MuscleAnalysisValidation.LENGTH_TOLERANCE, MuscleAnalysisValidation.ELLIPSOID_LENGTH_TOLERANCE, "length"));
        for (Map.Entry<String, Storage> arm : expectedMomentArms(expected, c.prefix()).entrySet()) {
            Storage ours = g.momentArms().get(arm.getKey());
            assertTrue(ours != null, "no moment arms about " + arm.getKey());
            errors.addAll(compare(ours, arm.getValue(), ellipsoid, MuscleAnalysisValidation.MOMENT_ARM_TOLERANCE,
                    MuscleAnalysisValidation.ELLIPSOID_MOMENT_ARM_TOLERANCE, "moment arm about " + arm.getKey()));
        }
        ColumnError worst = worst(errors);
        System.out.printf(Locale.ROOT, "contract: %s: muscle geometry %s: %d comparisons, worst %s RMS %.4f mm "
                + "(allowed %.2f)%n", backend.name(), c.name(), errors.size(), worst.label(), 1e3 * worst.rms(),
                1e3 * worst.tolerance());
        List<ColumnError> failures = errors.stream().filter(e -> !e.passes()).toList();
        assertTrue(failures.isEmpty(), () -> backend.name() + " " + c.name() + ": " + describe(failures));
    }

    /**
     * OpenSim's ForwardTool equilibrates the fibres of arm26 at t = 0 (q = 0, u = 0, default activation
     * 0.05) before integrating, so the first row of its states holds the equilibrium fibre lengths.
     */
    static void muscleForces(MskBackend backend) {
        Path model = TestData.require(ARM26 + "arm26.osim");
        Storage states = StorageReader.read(TestData.require(ARM26 + "forward/expected/arm26_states.sto"));
        double[] t = new double[11];
        for (int r = 0; r < t.length; r++) {
            t[r] = 0.01 * r;
        }
        try (MskModel m = backend.loadModel(model, message -> { })) {
            List<String> coords = m.coordinates().stream().map(CoordinateInfo::name).toList();
            Storage still = Storage.of("still", false, coords, t, new double[coords.size()][t.length]);
            List<String> muscles = m.muscles().stream().map(MuscleInfo::name).toList();
            double[][] a = new double[muscles.size()][t.length];
            for (double[] row : a) {
                java.util.Arrays.fill(row, states.column("/forceset/" + muscles.get(0) + "/activation")[0]);
            }
            MuscleForces f = m.muscleForces(new MuscleForceRequest(still, Storage.of("a", false, muscles, t, a)));
            List<String> failures = new ArrayList<>();
            double worst = 0;
            for (String muscle : muscles) {
                double expected = states.column("/forceset/" + muscle + "/fiber_length")[0];
                double error = Math.abs(f.fiberLength().column(muscle)[0] - expected);
                worst = Math.max(worst, error);
                if (error > FIBER_RMS) {
                    failures.add(String.format(Locale.ROOT, "%s fibre %.6f m vs %.6f", muscle,
                            f.fiberLength().column(muscle)[0], expected));
                }
                assertTrue(f.tendonForce().column(muscle)[0] >= 0, muscle + " pulls");
            }
            System.out.printf(Locale.ROOT, "contract: %s: equilibrium fibre lengths arm26: worst %.4f mm (allowed %.1f)%n",
                    backend.name(), 1e3 * worst, 1e3 * FIBER_RMS);
            assertTrue(failures.isEmpty(), () -> String.join("; ", failures));
        }
    }

    /** The arm26 forward simulation driven by OpenSim 4.5.2's static-optimisation controls, 0 to 1 s. */
    static void forward(MskBackend backend) {
        Path model = TestData.require(ARM26 + "arm26.osim");
        Path controls = TestData.require(ARM26 + "so/expected/arm26_StaticOptimization_controls.xml");
        Storage expected = StorageReader.read(TestData.require(ARM26 + "forward/expected/arm26_states.sto"));
        ForwardResult r;
        try (MskModel m = backend.loadModel(model, message -> { })) {
            r = m.forward(new ForwardRequest(controls, Optional.empty(), Optional.empty(), 0, 1, 1e-5, true));
        }
        List<String> failures = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (String label : expected.labels()) {
            double rmsLimit;
            double maxLimit = Double.POSITIVE_INFINITY;
            if (label.endsWith("/value")) {
                rmsLimit = ANGLE_RMS;
                maxLimit = ANGLE_MAX;
            } else if (label.endsWith("/activation")) {
                rmsLimit = ACTIVATION_RMS;
            } else if (label.endsWith("/fiber_length")) {
                rmsLimit = FIBER_RMS;
            } else {
                continue;
            }
            assertTrue(r.states().hasColumn(label), "no state " + label);
            double[] e = interpolatedError(r.states(), expected, label);
            summary.append(String.format(Locale.ROOT, " %s %.3g/%.3g;", label, e[0], e[1]));
            if (e[0] > rmsLimit || e[1] > maxLimit) {
                failures.add(String.format(Locale.ROOT, "%s RMS %.4g (≤ %.4g), max %.4g (≤ %.4g)", label, e[0], rmsLimit,
                        e[1], maxLimit));
            }
        }
        System.out.println("contract: " + backend.name() + ": forward arm26 RMS/max:" + summary);
        assertTrue(failures.isEmpty(), () -> String.join("; ", failures));
    }

    /** @return RMS and max |ours - reference| at the reference's times, ours linearly interpolated */
    static double[] interpolatedError(Storage ours, Storage reference, String label) {
        double[] t = ours.time();
        double[] v = ours.column(label);
        double[] rt = reference.time();
        double[] rv = reference.column(label);
        double sum = 0;
        double max = 0;
        int n = 0;
        for (int k = 0; k < rt.length; k++) {
            if (rt[k] < t[0] - 1e-9 || rt[k] > t[t.length - 1] + 1e-9) {
                continue;
            }
            int hi = 1;
            while (hi < t.length - 1 && t[hi] < rt[k]) {
                hi++;
            }
            double w = t.length == 1 ? 0 : Math.max(0, Math.min(1, (rt[k] - t[hi - 1]) / (t[hi] - t[hi - 1])));
            double ourValue = t.length == 1 ? v[0] : v[hi - 1] + w * (v[hi] - v[hi - 1]);
            double d = Math.abs(ourValue - rv[k]);
            sum += d * d;
            max = Math.max(max, d);
            n++;
        }
        assertTrue(n == rt.length, "the simulation does not cover the reference's " + rt.length + " rows");
        return new double[] {Math.sqrt(sum / n), max};
    }

    private static List<ColumnError> compare(Storage ours, Storage expected, List<String> ellipsoid, double tolerance,
            double ellipsoidTolerance, String quantity) {
        List<ColumnError> out = new ArrayList<>();
        for (ColumnError e : TableComparison.compare(ours, expected, new TableComparison.Tolerance(0, tolerance))
                .columns()) {
            double allowed = ellipsoid.contains(e.label()) ? ellipsoidTolerance : tolerance;
            out.add(new ColumnError(e.label() + " " + quantity, e.rms(), e.max(), e.peak(), allowed));
        }
        return out;
    }

    private static Map<String, Storage> expectedMomentArms(Path folder, String prefix) throws IOException {
        Map<String, Storage> arms = new LinkedHashMap<>();
        String head = prefix + "MomentArm_";
        try (var files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String file = p.getFileName().toString();
                if (file.startsWith(head) && file.endsWith(".sto")) {
                    arms.put(file.substring(head.length(), file.length() - 4), StorageReader.read(p));
                }
            }
        }
        return arms;
    }

    /** Muscles whose path can wrap over an ellipsoid (they get the wider tolerance). */
    static List<String> ellipsoidMuscles(Path model) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, GeometryPath> e : ModelLoader.load(model).paths().entrySet()) {
            for (PathWrap w : e.getValue().wraps()) {
                if (w.geometry() instanceof WrapEllipsoid) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }

    private static ColumnError worst(List<ColumnError> errors) {
        return errors.stream().max((a, b) -> Double.compare(a.rms() / a.tolerance(), b.rms() / b.tolerance()))
                .orElseThrow();
    }

    private static String describe(List<ColumnError> failures) {
        return failures.stream().map(e -> String.format(Locale.ROOT, "%s RMS %.4g > %.4g", e.label(), e.rms(),
                e.tolerance())).collect(Collectors.joining(", "));
    }
}
