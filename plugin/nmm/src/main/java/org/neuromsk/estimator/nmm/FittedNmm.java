package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.estimator.nmm.net.NmmBlock;
import org.neuromsk.estimator.nmm.net.NmmNetworkConfig;
import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.TrainedModel;
import org.neuromsk.training.engine.TorchRuntime;

/**
 * A subject's trained NMM: predicts whole trials (overlapping windows, each window's warm-up frames
 * left out where another window covers them) and reports the personalised parameters. Close it to
 * free the network.
 */
public final class FittedNmm implements AutoCloseable {

    private final SubjectData subject;
    private final NmmSettings settings;
    private final NmmNetworkConfig network;
    private final TrainedModel model;
    private final List<EpochLoss> history;
    private final double trainingSeconds;
    private final int windowFrames;
    private final int warmupFrames;
    private final GenericMuscles generic;

    FittedNmm(SubjectData subject, NmmSettings settings, NmmNetworkConfig network, TrainedModel model,
            List<EpochLoss> history, double trainingSeconds, int windowFrames, int warmupFrames,
            GenericMuscles generic) {
        this.subject = subject;
        this.settings = settings;
        this.network = network;
        this.model = model;
        this.history = List.copyOf(history);
        this.trainingSeconds = trainingSeconds;
        this.windowFrames = windowFrames;
        this.warmupFrames = warmupFrames;
        this.generic = generic;
    }

    /** @return the subject */
    public SubjectData subject() {
        return subject;
    }

    /** @return the settings it was fitted with */
    public NmmSettings settings() {
        return settings;
    }

    /** @return the network config */
    public NmmNetworkConfig network() {
        return network;
    }

    /** @return the per-epoch training losses */
    public List<EpochLoss> history() {
        return history;
    }

    /** @return wall time of the training (s) */
    public double trainingSeconds() {
        return trainingSeconds;
    }

    /** @return the trained model of the training core */
    TrainedModel model() {
        return model;
    }

    /** @return frames per window */
    int windowFrames() {
        return windowFrames;
    }

    /** @return frames at a window's start left out of the loss */
    int warmupFrames() {
        return warmupFrames;
    }

    /** @return the generic muscles the fit started from */
    public GenericMuscles generic() {
        return generic;
    }

    /**
     * @return the physical parameters by group (F_iso, l_opt, l_Ts, EMG scale per muscle; τ_act,
     *     τ_deact, delay as one value each)
     */
    public Map<String, double[]> physicalValues() {
        return ((NmmBlock) model.block()).physicalValues();
    }

    /** @return the personalised Hill parameters per muscle (pennation and v_max as in the generic model) */
    public Map<String, MuscleParameters> personalisedMuscles() {
        Map<String, double[]> values = physicalValues();
        Map<String, MuscleParameters> out = new LinkedHashMap<>();
        for (int m = 0; m < subject.muscles().size(); m++) {
            var p = generic.parameters().get(m);
            out.put(subject.muscles().get(m), new MuscleParameters(values.get("max_isometric_force")[m],
                    values.get("optimal_fiber_length")[m], values.get("tendon_slack_length")[m],
                    p.pennationAngleAtOptimal(), p.maxContractionVelocity()));
        }
        return out;
    }

    /**
     * Saves the model folder of the training core ({@code network.json}, parameters, metadata).
     *
     * @param dir the folder
     */
    public void save(Path dir) {
        model.putProperty("subject", subject.id());
        model.putProperty("muscles", String.join(",", subject.muscles()));
        model.putProperty("measured", String.join(",", subject.measured()));
        model.save(dir);
    }

    /**
     * @param trial a trial of this subject
     * @return the estimates over the whole trial
     */
    public NmmPrediction predict(TrialData trial) {
        float[][] rows = NmmSamples.inputs(trial, settings);
        int frames = rows.length;
        int width = rows[0].length;
        int length = Math.min(windowFrames, frames);
        int stride = Math.max(1, (length - warmupFrames) / 2);
        int[] starts = NmmSamples.starts(length, stride, frames);
        float[] flat = new float[starts.length * length * width];
        for (int w = 0; w < starts.length; w++) {
            for (int f = 0; f < length; f++) {
                System.arraycopy(rows[starts[w] + f], 0, flat, (w * length + f) * width, width);
            }
        }
        int m = subject.muscles().size();
        float[] delayed;
        float[] envelope;
        float[] activation;
        float[] force;
        float[] moment;
        NmmBlock block = (NmmBlock) model.block();
        try (NDManager scope = TorchRuntime.newManager()) {
            NDArray x = scope.create(flat, new Shape(starts.length, length, width));
            NmmBlock.Evaluation e = block.evaluate(new ParameterStore(scope, false), x, false);
            delayed = e.delayedExcitation().toFloatArray();
            envelope = e.envelope().toFloatArray();
            activation = e.activation().toFloatArray();
            force = e.tendonForce().toFloatArray();
            moment = e.moment().toFloatArray();
        }
        double[] weight = new double[frames];
        double[][] sumDelayed = new double[m][frames];
        double[][] sumEnvelope = new double[m][frames];
        double[][] sumActivation = new double[m][frames];
        double[][] sumForce = new double[m][frames];
        double[] sumMoment = new double[frames];
        for (int w = 0; w < starts.length; w++) {
            for (int f = 0; f < length; f++) {
                double k = f >= warmupFrames ? 1.0 : 1e-6;
                int t = starts[w] + f;
                weight[t] += k;
                int base = (w * length + f) * m;
                for (int i = 0; i < m; i++) {
                    sumDelayed[i][t] += k * delayed[base + i];
                    sumEnvelope[i][t] += k * envelope[base + i];
                    sumActivation[i][t] += k * activation[base + i];
                    sumForce[i][t] += k * force[base + i];
                }
                sumMoment[t] += k * moment[w * length + f];
            }
        }
        for (int t = 0; t < frames; t++) {
            sumMoment[t] /= weight[t];
            for (int i = 0; i < m; i++) {
                sumDelayed[i][t] /= weight[t];
                sumEnvelope[i][t] /= weight[t];
                sumActivation[i][t] /= weight[t];
                sumForce[i][t] /= weight[t];
            }
        }
        return new NmmPrediction(trial.name(), trial.time().clone(), sumDelayed, sumEnvelope, sumActivation, sumForce,
                sumMoment);
    }

    /**
     * Predicts a trial the model was not trained on: after {@link NmmSettings#refineEpochs()} passes of
     * test-time refinement on that trial ({@link NmmFit#refine}), or as trained when that is 0.
     *
     * @param trial a new trial of this subject
     * @return the estimates over the whole trial
     */
    public NmmPrediction predictNew(TrialData trial) {
        return predictNew(List.of(trial)).get(0);
    }

    /**
     * Predicts trials the model was not trained on after refining one copy of the network on all of
     * them together ({@link NmmFit#refine(FittedNmm, List, int)}, {@link NmmSettings#refineEpochs()}
     * passes), or as trained when that is 0: for the copies of one recording that balance different
     * coordinates.
     *
     * @param trials new trials of this subject
     * @return their estimates, in the same order
     */
    public List<NmmPrediction> predictNew(List<TrialData> trials) {
        if (settings.refineEpochs() == 0) {
            return trials.stream().map(this::predict).toList();
        }
        try (FittedNmm refined = NmmFit.refine(this, trials, settings.refineEpochs())) {
            return trials.stream().map(refined::predict).toList();
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
