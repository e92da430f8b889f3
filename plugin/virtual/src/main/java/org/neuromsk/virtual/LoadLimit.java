package org.neuromsk.virtual;

import java.util.List;
import java.util.Locale;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.xml.OsimDocument;

/**
 * The heaviest hand-held load an elbow model could hold, derived from the model: the flexors' largest
 * summed maximum isometric moment over the elbow's range, max_θ Σ F_iso·r(θ), divided by the load's
 * largest gravity moment per kilogram over that range, g·L (L the elbow-to-grip distance when the
 * range includes the horizontal forearm). It is an upper bound (full activation at optimal fibre length, the two maxima taken at
 * their own angles, the forearm's own weight ignored): a heavier load cannot be held in any pose.
 *
 * @param flexorMoment the flexors' largest summed maximum isometric moment (N·m)
 * @param flexorAngle the elbow angle where it occurs (rad)
 * @param gravity the model's gravitational acceleration g (m/s²)
 * @param lever the load's largest moment arm L about the elbow axis (m)
 * @param model how messages name the model (its file, or the bundled model)
 */
record LoadLimit(double flexorMoment, double flexorAngle, double gravity, double lever, String model) {

    /** Sampling step over the elbow's range (rad): 1°, so the grid maximum of g·L·sin θ is within 4e-5 of it. */
    private static final double STEP = Math.toRadians(1);

    /**
     * @param doc an elbow model ({@link ElbowMuscles#require}); its load is changed
     * @param name how messages name the model
     * @return its limit
     */
    static LoadLimit of(OsimDocument<org.neuromsk.io.osim.Model> doc, String name) {
        ElbowMechanics empty = mechanics(doc, 0);
        ElbowMechanics oneKilogram = mechanics(doc, 1);
        Coordinate elbow = empty.model().multibody().coordinates().get(0);
        double g = empty.model().gravity().norm();
        double[] muscleForce = new double[ElbowMuscles.ALL.size()];
        for (int m = 0; m < muscleForce.length; m++) {
            muscleForce[m] = ElbowMuscles.isFlexor(ElbowMuscles.ALL.get(m)) ? empty.muscles()[m].maxIsometricForce() : 0;
        }
        double[] length = new double[muscleForce.length];
        double[] arm = new double[muscleForce.length];
        double bestMoment = 0;
        double bestAngle = elbow.rangeMin();
        double perKilogram = 0;
        int steps = (int) Math.ceil((elbow.rangeMax() - elbow.rangeMin()) / STEP);
        for (int k = 0; k <= steps; k++) {
            double angle = Math.min(elbow.rangeMin() + k * STEP, elbow.rangeMax());
            empty.geometry(angle, length, arm);
            double moment = 0;
            for (int m = 0; m < arm.length; m++) {
                moment += muscleForce[m] * Math.max(arm[m], 0);
            }
            if (moment > bestMoment) {
                bestMoment = moment;
                bestAngle = angle;
            }
            // the required torques differ only by the 1 kg load's gravity moment (at rest, no acceleration)
            perKilogram = Math.max(perKilogram, Math.abs(oneKilogram.requiredTorque(angle, 0, 0)
                    - empty.requiredTorque(angle, 0, 0)));
        }
        return new LoadLimit(bestMoment, bestAngle, g, perKilogram / g, name);
    }

    /** @return the load's largest gravity moment per kilogram, g·L (N·m/kg) */
    double momentPerKilogram() {
        return gravity * lever;
    }

    /** @return the heaviest load the model could hold (kg) */
    double maxLoad() {
        return flexorMoment / momentPerKilogram();
    }

    /**
     * @param loads hand-held loads (kg), finite and ≥ 0
     * @throws NeuroMskException naming the first load above {@link #maxLoad()} and how the bound is derived
     */
    void check(List<Double> loads) {
        for (double load : loads) {
            if (load > maxLoad()) {
                throw new NeuroMskException(String.format(Locale.ROOT, "loads: %s kg is more than the elbow model "
                        + "%s can hold: at most %.1f kg, the flexors' largest summed maximum isometric moment %.1f N·m "
                        + "(at %.0f°) over the load's largest moment per kg, g·%.3f m = %.3f N·m/kg",
                        NumberText.shortest(load), model, maxLoad(), flexorMoment, Math.toDegrees(flexorAngle),
                        lever, momentPerKilogram()));
            }
        }
    }

    /**
     * Sets the load in the document and builds the engine's model from it. The engine copies the masses
     * when it builds, so one document serves both loads: setting the next load leaves a built model unchanged.
     */
    private static ElbowMechanics mechanics(OsimDocument<org.neuromsk.io.osim.Model> doc, double load) {
        SubjectModel.setLoad(doc, load);
        Model model = ModelLoader.fromDocument(doc);
        return new ElbowMechanics(model);
    }
}
