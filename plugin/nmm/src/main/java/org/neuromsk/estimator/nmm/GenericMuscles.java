package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.error.NeuroMskException;

/**
 * The generic model's Thelen 2003 muscles, read with the embedded engine's loader: the values the
 * NMM starts from and its fixed curve properties.
 *
 * @param model the model file
 * @param parameters per muscle, in the requested order
 */
public record GenericMuscles(Path model, List<Thelen2003Muscle.Parameters> parameters) {

    /** Copies the list. */
    public GenericMuscles {
        parameters = List.copyOf(parameters);
    }

    /**
     * @param modelFile an .osim file
     * @param muscles the muscles the NMM uses, in this order
     * @return their properties
     * @throws NeuroMskException naming the model and muscle if a muscle is missing or not a Thelen2003Muscle
     */
    public static GenericMuscles read(Path modelFile, List<String> muscles) {
        Model model = ModelLoader.load(modelFile);
        Map<String, Muscle> all = model.muscles();
        List<Thelen2003Muscle.Parameters> out = new ArrayList<>();
        for (String name : muscles) {
            Muscle muscle = all.get(name);
            if (muscle == null) {
                throw new NeuroMskException(modelFile + ": the model has no muscle named '" + name + "' (it has "
                        + String.join(", ", all.keySet()) + ")");
            }
            if (!(muscle instanceof Thelen2003Muscle thelen)) {
                throw new NeuroMskException(modelFile + ": muscle '" + name + "' is a "
                        + muscle.getClass().getSimpleName() + "; the NMM models Thelen2003Muscle curves only");
            }
            out.add(thelen.parameters());
        }
        return new GenericMuscles(modelFile, out);
    }

    /** @return F_iso per muscle (N) */
    public double[] maxIsometricForces() {
        return parameters.stream().mapToDouble(Thelen2003Muscle.Parameters::maxIsometricForce).toArray();
    }

    /** @return l_opt per muscle (m) */
    public double[] optimalFiberLengths() {
        return parameters.stream().mapToDouble(Thelen2003Muscle.Parameters::optimalFiberLength).toArray();
    }

    /** @return l_Ts per muscle (m) */
    public double[] tendonSlackLengths() {
        return parameters.stream().mapToDouble(Thelen2003Muscle.Parameters::tendonSlackLength).toArray();
    }

    /** @return the mean τ_act of the muscles (s) */
    public double activationTimeConstant() {
        return parameters.stream().mapToDouble(Thelen2003Muscle.Parameters::activationTimeConstant).average()
                .orElseThrow();
    }

    /** @return the mean τ_deact of the muscles (s) */
    public double deactivationTimeConstant() {
        return parameters.stream().mapToDouble(Thelen2003Muscle.Parameters::deactivationTimeConstant).average()
                .orElseThrow();
    }
}
