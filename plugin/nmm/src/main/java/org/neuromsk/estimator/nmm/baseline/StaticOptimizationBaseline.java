package org.neuromsk.estimator.nmm.baseline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.ActuatorModel;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Static optimisation's activations for a trial, by the embedded engine's
 * {@link StaticOptimization} (OpenSim's algorithm: minimise Σ a² with muscle physiology, every frame
 * on its own) on the generic model holding the trial's load. The activations are interpolated onto
 * the trial's frames.
 */
public final class StaticOptimizationBaseline {

    private StaticOptimizationBaseline() {
    }

    /**
     * @param modelFile the generic model with the trial's load
     * @param coordinate the coordinate the trial's angle belongs to
     * @param trial the trial
     * @param muscles muscle names, the order of the result
     * @param warnings receives one-line notes (e.g. frames without an exact solution)
     * @return activation per muscle and frame
     */
    public static double[][] activations(Path modelFile, String coordinate, TrialData trial, List<String> muscles,
            Consumer<String> warnings) {
        OsimDocument<org.neuromsk.io.osim.Model> document = OpenSimXml.readModel(modelFile);
        Model model = ModelLoader.fromDocument(document);
        List<ActuatorModel> actuators = ActuatorLoader.load(document.root(), model);
        Storage coordinates = Storage.of("coordinates", false, List.of(coordinate), trial.time(),
                new double[][] {trial.angle()});
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model, coordinates, null, -1, warnings);
        double t0 = trial.time()[0];
        double t1 = trial.time()[trial.frames() - 1];
        StaticOptimization.Result result = new StaticOptimization(model, actuators, List.of())
                .run(states, new StaticOptimization.Settings(2, true, 1, t0, t1), warnings);
        Storage a = result.activations();
        double[][] out = new double[muscles.size()][];
        for (int m = 0; m < muscles.size(); m++) {
            if (!a.hasColumn(muscles.get(m))) {
                throw new NeuroMskException(modelFile + ": static optimisation gave no activation for muscle '"
                        + muscles.get(m) + "'");
            }
            out[m] = interpolate(a.time(), a.column(muscles.get(m)), trial.time());
        }
        return out;
    }

    static double[] interpolate(double[] x, double[] y, double[] at) {
        double[] out = new double[at.length];
        int j = 0;
        for (int i = 0; i < at.length; i++) {
            double t = at[i];
            while (j < x.length - 2 && x[j + 1] < t) {
                j++;
            }
            if (t <= x[0]) {
                out[i] = y[0];
            } else if (t >= x[x.length - 1]) {
                out[i] = y[x.length - 1];
            } else {
                double f = (t - x[j]) / (x[j + 1] - x[j]);
                out[i] = y[j] + f * (y[j + 1] - y[j]);
            }
        }
        return out;
    }
}
