package org.neuromsk.pipeline.forward;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.engine.analysis.MuscleForceAnalysis;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.muscle.ActivationDynamics;
import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.pipeline.estimator.ModelEditing;

/**
 * Reserve controls for an estimator that estimates muscle excitations but says nothing of the reserves
 * (an EMG estimator covering a few muscles): at every frame of the motion, what the reserves must add to
 * the moments of all the model's muscles, driven by the estimated excitations, to reproduce the inverse
 * dynamics, (ID − Σ moment arm × tendon force) / optimal force. The tendon forces come from the muscles
 * in fibre–tendon equilibrium along the motion ({@link MuscleForceAnalysis}) at the activations the
 * excitations give through each muscle's first-order activation dynamics. This is the hybrid use of
 * OpenSim's reserves: they carry what the estimated muscles leave, so that the forward simulation checks
 * the estimated excitations against the motion instead of falling for want of the unestimated ones.
 */
public final class ResidualReserves {

    /** Largest step of the activation integration (s); a tenth of the shortest time constant in practice. */
    static final double MAX_STEP = 5e-4;

    private ResidualReserves() {
    }

    /**
     * @param modelFile the model the forward simulation drives
     * @param motion the motion (the inverse dynamics' input)
     * @param motionFile its file, for messages
     * @param inverseDynamics generalised forces with muscles excluded ({@code <coordinate>_moment} or
     *     {@code _force}), N·m or N
     * @param geometry the muscles' moment arms about the coordinates (m)
     * @param excitations the estimated excitations (-), one column per muscle
     * @param optimalForce the reserves' optimal force (N·m or N per unit control)
     * @param warnings receives one-line notes (muscles without an equilibrium at speed)
     * @return one {@code <coordinate>_reserve} column per free coordinate (the pipeline's reserves), on the
     *     motion's times
     */
    public static Storage compute(Path modelFile, Storage motion, Path motionFile, Storage inverseDynamics,
            MuscleGeometry geometry, Storage excitations, double optimalForce, Consumer<String> warnings) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(modelFile);
        Model model = ModelLoader.fromDocument(doc);
        Storage activations = activations(excitations, model);
        Storage forces = new MuscleForceAnalysis(model, doc.root()).withStaticFallback()
                .run(motion, motionFile, activations, warnings).tendonForce();
        return fromForces(inverseDynamics, geometry.momentArms(), forces, ModelEditing.reserveCoordinates(model),
                optimalForce);
    }

    /**
     * (ID − Σ moment arm × tendon force) / optimal force for each coordinate, on the forces' times (inverse
     * dynamics and moment arms linear between their samples, held beyond their ends).
     *
     * @param inverseDynamics generalised forces with muscles excluded ({@code <coordinate>_moment} or
     *     {@code _force}), N·m or N
     * @param momentArms per coordinate, the muscles' moment arms (m), one column per muscle
     * @param tendonForces tendon force (N) per muscle
     * @param coordinates the coordinates wanted; those without an inverse-dynamics column are skipped
     * @param optimalForce the reserves' optimal force (N·m or N per unit control)
     * @return one {@code <coordinate>_reserve} column per coordinate
     */
    public static Storage fromForces(Storage inverseDynamics, Map<String, Storage> momentArms, Storage tendonForces,
            List<String> coordinates, double optimalForce) {
        double[] time = tendonForces.time();
        double[] idTime = inverseDynamics.time();
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (String c : coordinates) {
            String label = inverseDynamics.hasColumn(c + "_moment") ? c + "_moment" : c + "_force";
            if (!inverseDynamics.hasColumn(label)) {
                continue;
            }
            double[] id = inverseDynamics.column(label);
            Storage arms = momentArms.get(c);
            double[] muscles = arms == null ? null : MuscleMoments.about(arms, tendonForces).orElse(null);
            double[] control = new double[time.length];
            for (int k = 0; k < time.length; k++) {
                double muscle = muscles == null ? 0 : muscles[k];
                control[k] = (KinematicsComparison.interpolate(idTime, id, time[k]) - muscle) / optimalForce;
            }
            labels.add(c + ModelEditing.RESERVE_SUFFIX);
            columns.add(control);
        }
        return Storage.of("reserve_controls", false, labels, time, columns.toArray(new double[0][]));
    }

    /**
     * Integrates each muscle's activation dynamics under its excitation (linear between rows), from
     * activation = the first excitation, in steps of at most {@link #MAX_STEP} (classical Runge–Kutta);
     * a Millard muscle that ignores activation dynamics takes its excitation as activation.
     *
     * @param excitations excitations (-) on their own times
     * @param model the model (muscles not in it are passed through as they are)
     * @return activations (-) on the excitations' times
     */
    static Storage activations(Storage excitations, Model model) {
        Map<String, Muscle> muscles = model.muscles();
        double[] time = excitations.time();
        double[][] out = new double[excitations.columnCount()][];
        for (int c = 0; c < out.length; c++) {
            double[] u = excitations.column(c);
            Muscle muscle = muscles.get(excitations.labels().get(c));
            boolean dynamic = muscle != null
                    && !(muscle instanceof Millard2012EquilibriumMuscle mi && !mi.hasActivationState());
            out[c] = dynamic ? integrate(muscle.activationDynamics(), time, u) : u.clone();
        }
        return Storage.of("activations", false, excitations.labels(), time, out);
    }

    /**
     * Classical Runge–Kutta (Commons Math) over each interval between rows, where the excitation is
     * linear, in equal steps of at most {@link #MAX_STEP}.
     */
    private static double[] integrate(ActivationDynamics dynamics, double[] time, double[] u) {
        double[] a = new double[time.length];
        a[0] = dynamics.clamp(u[0]);
        double[] y = {a[0]};
        for (int k = 1; k < time.length; k++) {
            double t0 = time[k - 1];
            double span = time[k] - t0;
            double u0 = u[k - 1];
            double slope = (u[k] - u0) / span;
            FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return 1;
                }

                @Override
                public void computeDerivatives(double t, double[] state, double[] derivative) {
                    derivative[0] = dynamics.derivative(state[0], u0 + slope * (t - t0));
                }
            };
            int steps = Math.max(1, (int) Math.ceil(span / MAX_STEP));
            new ClassicalRungeKuttaIntegrator(span / steps).integrate(ode, t0, y, time[k], y);
            a[k] = y[0];
        }
        return a;
    }
}
