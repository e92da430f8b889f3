package org.neuromsk.estimator.nmm.net;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.physics.Scalars;
import org.neuromsk.training.loss.LossFunction;
import org.neuromsk.training.loss.TrainingBatch;

/**
 * The NMM objective on outputs laid out by {@link NmmNetworkConfig} ({@code [envelopes…, moment,
 * prior]} per frame) against targets {@code [measured envelopes (0 for hidden muscles)…, ID moment, 0]}:
 * <pre>
 * L = w_data·mean_{t, measured m} ((ê_m − e_m)/s_m)² + w_phys·mean_t ((τ̂ − τ_ID)/τ_s)²
 *   + prior + w_effort·mean_{t, hidden m} u_m²
 * </pre>
 * with s_m the envelope scale of muscle m and τ_s the moment scale (both fixed from the training
 * data), means over the frames after the first {@code warmupFrames} of each window (where the
 * activation is still settling from its assumed initial value). With an envelope measurement model the
 * predicted envelope ê_m = u_m/scale_m is low-passed as the envelope chain would ({@link
 * EnvelopeMeasurement}) before it is compared, and the data term also leaves out the window's last
 * {@link EnvelopeMeasurement#edgeFrames()} frames.
 *
 * @param measured per muscle, whether its envelope is measured
 * @param envelopeScale per muscle, the envelope normaliser s_m (&gt; 0)
 * @param momentScale τ_s (N·m, &gt; 0), used for samples without their own
 * @param sampleMomentScale per training sample, the moment scale of its trial (N·m), or null: each
 *     trial's moment error then counts relative to its own peak, so light loads weigh as much as heavy
 *     ones
 * @param dataWeight w_data
 * @param physicsWeight w_phys (0 for the ablation without physics)
 * @param effortWeight w_effort
 * @param warmupFrames frames at the start of each window left out of the terms
 * @param envelopeFilter the envelope chain's low-pass applied to the predicted envelopes, or null to
 *     compare u/scale with the envelopes directly
 */
public record NmmLoss(List<Boolean> measured, List<Double> envelopeScale, double momentScale,
        float[] sampleMomentScale, double dataWeight,
        double physicsWeight, double effortWeight, int warmupFrames, EnvelopeMeasurement envelopeFilter)
        implements LossFunction {

    /** Checks sizes and weights. */
    public NmmLoss {
        measured = List.copyOf(measured);
        envelopeScale = List.copyOf(envelopeScale);
        if (measured.size() != envelopeScale.size() || !(momentScale > 0) || !(dataWeight >= 0)
                || !(physicsWeight >= 0) || !(effortWeight >= 0) || warmupFrames < 0) {
            throw new NeuroMskException("nmm loss: need one envelope scale per muscle, a positive moment scale,"
                    + " non-negative weights and warm-up");
        }
        for (double s : envelopeScale) {
            if (!(s > 0)) {
                throw new NeuroMskException("nmm loss: envelope scales must be > 0, got " + envelopeScale);
            }
        }
    }

    @Override
    public NDArray compute(NDArray predictions, NDArray targets, TrainingBatch batch) {
        int m = measured.size();
        long frames = predictions.getShape().get(1);
        if (frames <= warmupFrames) {
            throw new NeuroMskException("nmm loss: windows of " + frames + " frames leave nothing after "
                    + warmupFrames + " warm-up frames");
        }
        NDManager manager = predictions.getManager();
        String kept = ":, " + warmupFrames + ":, ";
        NDArray envelopes = predictions.get(new NDIndex(kept + "0:" + m));
        NDArray measuredEnvelopes = targets.get(new NDIndex(kept + "0:" + m));
        NDArray compared = envelopes;
        NDArray observed = measuredEnvelopes;
        if (envelopeFilter != null) {
            long end = frames - envelopeFilter.edgeFrames();
            if (end <= warmupFrames) {
                throw new NeuroMskException("nmm loss: windows of " + frames + " frames leave nothing between "
                        + warmupFrames + " warm-up and " + envelopeFilter.edgeFrames() + " edge frames");
            }
            String inner = ":, " + warmupFrames + ":" + end + ", 0:" + m;
            compared = envelopeFilter.apply(predictions.get(new NDIndex(":, :, 0:" + m))).get(new NDIndex(inner));
            observed = targets.get(new NDIndex(inner));
        }
        float[] measuredWeights = new float[m];
        float[] hiddenWeights = new float[m];
        float[] inverseScale = new float[m];
        int measuredCount = 0;
        for (int i = 0; i < m; i++) {
            inverseScale[i] = (float) (1 / envelopeScale.get(i));
            if (measured.get(i)) {
                measuredWeights[i] = 1;
                measuredCount++;
            } else {
                hiddenWeights[i] = 1;
            }
        }
        NDArray mask = manager.create(measuredWeights);
        NDArray d = compared.sub(observed).mul(manager.create(inverseScale)).mul(mask);
        NDArray data = d.mul(d).sum(new int[] {2}).mean().div(Scalars.of(d, Math.max(1, measuredCount)));
        NDArray moment = predictions.get(new NDIndex(kept + m));
        NDArray idMoment = targets.get(new NDIndex(kept + m));
        NDArray r = moment.sub(idMoment).div(momentScales(batch, manager, moment));
        NDArray physics = r.mul(r).mean();
        NDArray prior = predictions.get(new NDIndex(":, 0, " + (m + 1))).mean();
        NDArray hidden = envelopes.mul(manager.create(hiddenWeights));
        int hiddenCount = m - measuredCount;
        NDArray effort = hidden.mul(hidden).sum(new int[] {2}).mean().div(Scalars.of(hidden, Math.max(1, hiddenCount)));
        return data.mul(Scalars.of(data, dataWeight)).add(physics.mul(Scalars.of(data, physicsWeight))).add(prior)
                .add(effort.mul(Scalars.of(data, effortWeight))).reshape(new Shape());
    }

    /** @return the moment scale per sample, shape [batch, 1], or the common scale as a scalar */
    private NDArray momentScales(TrainingBatch batch, NDManager manager, NDArray like) {
        if (sampleMomentScale == null || batch == null || !batch.training()) {
            return Scalars.of(like, momentScale);
        }
        int[] indices = batch.indices();
        float[] scales = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            scales[i] = sampleMomentScale[indices[i]];
        }
        return manager.create(scales, new Shape(indices.length, 1));
    }

    @Override
    public String name() {
        return "nmm(data " + dataWeight + ", physics " + physicsWeight + ", effort " + effortWeight + ", warm-up "
                + warmupFrames + (envelopeFilter == null ? ""
                        : ", envelope low-pass " + envelopeFilter.cutoff() + " Hz order " + envelopeFilter.order()) + ")";
    }
}
