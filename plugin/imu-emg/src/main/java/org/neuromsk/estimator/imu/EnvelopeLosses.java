package org.neuromsk.estimator.imu;

import java.util.Locale;

import ai.djl.ndarray.NDArray;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.loss.Constants;
import org.neuromsk.training.loss.LossFunction;
import org.neuromsk.training.loss.Losses;

/**
 * Training losses for envelope regression that counter the peak underestimation of plain mean
 * squared error (whose optimum, the conditional mean, flattens peaks that are uncertain in time).
 * Predictions and targets arrive z-scored; the weights and ratios below use the raw envelopes
 * (normalised EMG, dimensionless, ≥ 0). Every number that meets an array is made with
 * {@link Constants#like} (owned by the batch, alive through the backward pass).
 */
public final class EnvelopeLosses {

    private static final float EPSILON = 1e-6f;

    private EnvelopeLosses() {
    }

    /**
     * Amplitude-weighted mean squared error: {@code mean((1 + α·y) · (ŷ − y)²)} over the batch and the
     * outputs, with {@code y} the raw target (clamped at 0) and the squared error in normalised units.
     * Errors at high activity count up to {@code 1 + α·max(y)} times more.
     *
     * @param alpha weight slope α (≥ 0; 0 gives mean squared error)
     * @return the loss
     */
    public static LossFunction amplitudeWeighted(double alpha) {
        if (!(alpha >= 0)) {
            throw new NeuroMskException("amplitude weight α must be ≥ 0, got " + alpha);
        }
        float a = (float) alpha;
        return Losses.named(String.format(Locale.ROOT, "weighted-mse(%g)", alpha), (p, t, b) -> {
            NDArray raw = b.normalisers().targets().invert(t);
            raw = raw.maximum(Constants.like(raw, 0));
            NDArray weight = raw.mul(Constants.like(raw, a)).add(Constants.like(raw, 1));
            return p.sub(t).square().mul(weight).mean();
        });
    }

    /**
     * Peak-ratio penalty: per output, the amplitude ratio {@code ρ = Σ y²·ŷ / Σ y³} over the batch (raw
     * units; the least-squares gain of ŷ on y with weights y, so dominated by the high-activity
     * samples) and the penalty {@code mean over outputs of (ρ − 1)²}. A network that predicts peaks at
     * 80 % of their height pays {@code 0.04}.
     *
     * @return the penalty (to add to a data loss with {@link LossFunction#plus})
     */
    public static LossFunction peakRatioPenalty() {
        return Losses.named("peak-ratio", (p, t, b) -> {
            NDArray target = b.normalisers().targets().invert(t);
            NDArray y = target.maximum(Constants.like(target, 0));
            NDArray yHat = b.rawPredictions(p);
            NDArray y2 = y.square();
            // sum over every axis but the last (samples, and output frames of sequence outputs)
            int[] axes = java.util.stream.IntStream.range(0, y.getShape().dimension() - 1).toArray();
            NDArray numerator = y2.mul(yHat).sum(axes);
            NDArray denominator = y2.mul(y).sum(axes);
            denominator = denominator.add(Constants.like(denominator, EPSILON));
            NDArray ratio = numerator.div(denominator);
            return ratio.sub(Constants.like(ratio, 1)).square().mean();
        });
    }

    /**
     * Reads a loss description: {@code mse}, {@code weighted:α}, or either followed by
     * {@code +peak:β} (the peak-ratio penalty with weight β), e.g. {@code weighted:2+peak:0.5}.
     *
     * @param spec the description
     * @return the loss
     */
    public static LossFunction parse(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split("\\+");
        LossFunction loss = data(parts[0].trim(), spec);
        for (int i = 1; i < parts.length; i++) {
            String term = parts[i].trim();
            if (!term.startsWith("peak:")) {
                throw new NeuroMskException("loss \"" + spec + "\": unknown term \"" + term + "\" (expected peak:β)");
            }
            loss = loss.plus(peakRatioPenalty(), number(term.substring(5), spec));
        }
        return loss;
    }

    private static LossFunction data(String term, String spec) {
        if (term.equals("mse")) {
            return Losses.meanSquaredError();
        }
        if (term.startsWith("weighted:")) {
            return amplitudeWeighted(number(term.substring(9), spec));
        }
        throw new NeuroMskException("loss \"" + spec + "\": expected mse or weighted:α first, got \"" + term + "\"");
    }

    private static double number(String text, String spec) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new NeuroMskException("loss \"" + spec + "\": \"" + text + "\" is not a non-negative number");
        }
    }
}
