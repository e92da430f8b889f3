package org.neuromsk.pipeline.estimator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.io.osim.CoordinateActuator;
import org.neuromsk.io.osim.ForceSet;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** Edits of a model document the pipeline needs: strength scaling and reserve actuators. */
public final class ModelEditing {

    /** Suffix of the reserve actuators' names ({@code <coordinate>_reserve}). */
    public static final String RESERVE_SUFFIX = "_reserve";
    /** Control bound of a reserve (the torque bound is this × the optimal force). */
    static final double RESERVE_CONTROL_BOUND = 1e4;

    private ModelEditing() {
    }

    /**
     * @param file an .osim file
     * @param strengthScale per muscle, a factor on its maximum isometric force (N)
     * @return the document with the strengths scaled
     */
    public static OsimDocument<org.neuromsk.io.osim.Model> read(Path file, Map<String, Double> strengthScale) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(file);
        if (!strengthScale.isEmpty() && doc.root().forceSet() != null) {
            for (Muscle m : doc.root().forceSet().itemsOf(Muscle.class)) {
                Double f = strengthScale.get(m.name());
                if (f != null) {
                    m.setMaxIsometricForce(m.maxIsometricForce() * f);
                }
            }
        }
        return doc;
    }

    /**
     * Applies an estimator's personalised parameters to a model document.
     *
     * @param doc the document, changed in place
     * @param parameters per muscle F_iso (N), l_opt (m), l_Ts (m), pennation at optimum (rad), v_max (l_opt/s)
     * @param timeConstants {τ_act, τ_deact} (s) for every Thelen 2003 or Millard 2012 muscle, if identified
     */
    public static void personalise(OsimDocument<org.neuromsk.io.osim.Model> doc,
            Map<String, org.neuromsk.backend.MuscleParameters> parameters, java.util.Optional<double[]> timeConstants) {
        if (doc.root().forceSet() == null) {
            return;
        }
        for (Muscle m : doc.root().forceSet().itemsOf(Muscle.class)) {
            org.neuromsk.backend.MuscleParameters p = parameters.get(m.name());
            if (p != null) {
                m.setMaxIsometricForce(p.maxIsometricForce());
                m.setOptimalFiberLength(p.optimalFiberLength());
                m.setTendonSlackLength(p.tendonSlackLength());
            }
            if (timeConstants.isPresent()) {
                double[] tau = timeConstants.get();
                if (m instanceof org.neuromsk.io.osim.Thelen2003Muscle t) {
                    t.setActivationTimeConstant(tau[0]);
                    t.setDeactivationTimeConstant(tau[1]);
                } else if (m instanceof org.neuromsk.io.osim.Millard2012EquilibriumMuscle t) {
                    t.setActivationTimeConstant(tau[0]);
                    t.setDeactivationTimeConstant(tau[1]);
                }
            }
        }
    }

    /**
     * @param model the engine model
     * @return the coordinates a reserve acts on: not locked and not a coupler's dependent (tree order)
     */
    public static List<String> reserveCoordinates(Model model) {
        MultibodyModel mb = model.multibody();
        boolean[] dependent = new boolean[mb.numCoordinates()];
        for (CoordinateCoupler c : model.couplers()) {
            dependent[c.dependent()] = true;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mb.numCoordinates(); i++) {
            if (!dependent[i] && !mb.coordinates().get(i).locked()) {
                out.add(mb.coordinates().get(i).name());
            }
        }
        return out;
    }

    /**
     * Adds an ideal CoordinateActuator {@code <coordinate>_reserve} on every free coordinate.
     *
     * @param doc the document, changed in place
     * @param optimalForce the reserves' optimal force (N·m or N per unit control)
     * @return the reserves' names, in the order added
     */
    public static List<String> addReserves(OsimDocument<org.neuromsk.io.osim.Model> doc, double optimalForce) {
        Model engine = ModelLoader.fromDocument(doc);
        if (doc.root().forceSet() == null) {
            doc.root().setForceSet(new ForceSet("forceset"));
        }
        List<String> names = new ArrayList<>();
        for (String c : reserveCoordinates(engine)) {
            CoordinateActuator a = new CoordinateActuator(c + RESERVE_SUFFIX);
            a.setCoordinate(c);
            a.setOptimalForce(optimalForce);
            a.setMinControl(-RESERVE_CONTROL_BOUND);
            a.setMaxControl(RESERVE_CONTROL_BOUND);
            doc.root().forceSet().add(a);
            names.add(a.name());
        }
        return names;
    }
}
