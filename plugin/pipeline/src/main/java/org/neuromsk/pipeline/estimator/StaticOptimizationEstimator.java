package org.neuromsk.pipeline.estimator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.ActuatorModel;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.force.ExternalForce;
import org.neuromsk.engine.force.ExternalLoadsLoader;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.osim.Millard2012EquilibriumMuscle;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.Thelen2003Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Static optimisation (OpenSim's, on the embedded engine: Σ a^p minimised with muscle physiology at
 * every frame) with a reserve CoordinateActuator on every free coordinate, whose activations are
 * turned into excitations by inverting the muscles' activation dynamics ({@link ActivationInversion}).
 * Option {@code lowpassCutoff} (Hz; default none) filters the coordinates first, as AnalyzeTool does.
 */
public final class StaticOptimizationEstimator implements Estimator {

    /** Thelen 2003's activation time constant, used when a muscle does not give one (s). */
    private static final double DEFAULT_ACTIVATION_TIME = 0.015;
    /** Thelen 2003's deactivation time constant (s). */
    private static final double DEFAULT_DEACTIVATION_TIME = 0.05;

    @Override
    public String name() {
        return Estimators.STATIC_OPTIMIZATION;
    }

    @Override
    public Estimate estimate(EstimatorInput input, Consumer<String> log) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = ModelEditing.read(input.model(), input.strengthScale());
        List<String> reserves = ModelEditing.addReserves(doc, input.reserveOptimalForce());
        Model engine = ModelLoader.fromDocument(doc);
        List<ActuatorModel> actuators = ActuatorLoader.load(doc.root(), engine);
        List<ExternalForce> loads = input.externalLoads().map(p -> ExternalLoadsLoader.load(p, engine)).orElse(List.of());
        double cutoff = input.options().get("lowpassCutoff") instanceof Double d ? d : -1;
        AnalyzeStates states = AnalyzeStates.fromCoordinates(engine, input.motion(), input.motionFile(), cutoff, log);
        StaticOptimization.Settings settings = new StaticOptimization.Settings(input.activationExponent(), true, 1,
                states.time(0), states.time(states.rowCount() - 1));
        List<String> notes = new ArrayList<>();
        StaticOptimization.Result r = new StaticOptimization(engine, actuators, loads).run(states, settings, log);
        if (r.unsolvedFrames() > 0) {
            notes.add("static optimisation: " + r.unsolvedFrames() + " frame(s) without a solution within the bounds");
        }
        Storage activations = r.activations();
        double[] time = activations.time();
        // a disabled muscle (appliesForce false) takes no part in the optimisation, as in OpenSim; its control
        // is left to the pipeline's default for muscles an estimator does not give
        List<Muscle> muscles = doc.root().forceSet().itemsOf(Muscle.class).stream().filter(Muscle::appliesForce)
                .toList();
        List<String> names = new ArrayList<>();
        double[][] a = new double[muscles.size()][];
        double[][] u = new double[muscles.size()][];
        double[][] f = new double[muscles.size()][];
        for (int m = 0; m < muscles.size(); m++) {
            Muscle muscle = muscles.get(m);
            names.add(muscle.name());
            a[m] = activations.column(muscle.name());
            f[m] = r.forces().column(muscle.name());
            double min = muscle.hasMinControl() ? muscle.minControl() : ActuatorLoader.MUSCLE_DEFAULT_MIN_CONTROL;
            u[m] = ActivationInversion.excitation(time, a[m], activationTime(muscle), deactivationTime(muscle), min);
        }
        double[][] reserve = new double[reserves.size()][];
        for (int c = 0; c < reserves.size(); c++) {
            reserve[c] = activations.column(reserves.get(c));
        }
        return new Estimate(Storage.of("excitations", false, names, time, u),
                Optional.of(Storage.of("activations", false, names, time, a)),
                Optional.of(Storage.of("reserve_controls", false, reserves, time, reserve)),
                Optional.of(Storage.of("muscle_forces", false, names, time, f)), Map.of(), notes);
    }

    private static double activationTime(Muscle m) {
        if (m instanceof Thelen2003Muscle t && t.hasActivationTimeConstant()) {
            return t.activationTimeConstant();
        }
        if (m instanceof Millard2012EquilibriumMuscle t && t.hasActivationTimeConstant()) {
            return t.activationTimeConstant();
        }
        return DEFAULT_ACTIVATION_TIME;
    }

    private static double deactivationTime(Muscle m) {
        if (m instanceof Thelen2003Muscle t && t.hasDeactivationTimeConstant()) {
            return t.deactivationTimeConstant();
        }
        if (m instanceof Millard2012EquilibriumMuscle t && t.hasDeactivationTimeConstant()) {
            return t.deactivationTimeConstant();
        }
        return DEFAULT_DEACTIVATION_TIME;
    }
}
