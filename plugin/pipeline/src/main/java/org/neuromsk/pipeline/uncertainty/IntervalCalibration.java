package org.neuromsk.pipeline.uncertainty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.pipeline.json.Json;

/**
 * Split-conformal calibration of ensemble intervals, measured on virtual subjects that are not the
 * ones it is applied to: a sample's score is |truth − centre| / (w + floor), w half the ensemble's
 * 5–95 % range (-) and floor a constant (-) that keeps the score finite where the members agree; the
 * scale is the ⌈0.9·(n + 1)⌉-th smallest of the n calibration scores, separately for muscles with
 * EMG (measured) and without (hidden). The calibrated interval is centre ± scale·(w + floor). Samples
 * of one trial are correlated, so the guarantee of split conformal prediction (exchangeable samples)
 * holds only approximately; the coverage on other subjects is what the report measures.
 *
 * @param measuredScale scale for muscles with EMG (-)
 * @param hiddenScale scale for muscles without EMG (-)
 * @param floor added to every half-width (-)
 * @param members ensemble size the scales were measured with
 * @param provenance how the scales were measured (subjects, seeds, estimator)
 */
public record IntervalCalibration(double measuredScale, double hiddenScale, double floor, int members,
        String provenance) {

    /** Nominal coverage of the intervals. */
    public static final double LEVEL = 0.9;

    /** Checks the values. */
    public IntervalCalibration {
        if (!(measuredScale > 0 && hiddenScale > 0 && floor > 0) || members < 2) {
            throw new NeuroMskException("interval calibration: scales and floor must be > 0 and members >= 2");
        }
    }

    /**
     * @param truth true value (-)
     * @param centre central estimate (-)
     * @param halfSpread half the ensemble's 5–95 % range (-)
     * @param floor the floor (-)
     * @return the conformity score (-)
     */
    public static double score(double truth, double centre, double halfSpread, double floor) {
        return Math.abs(truth - centre) / (halfSpread + floor);
    }

    /**
     * @param scores calibration scores
     * @param level nominal coverage (0–1)
     * @return the ⌈level·(n + 1)⌉-th smallest score (the largest when that exceeds n)
     */
    public static double quantile(double[] scores, double level) {
        if (scores.length == 0) {
            throw new NeuroMskException("interval calibration: no scores");
        }
        double[] s = scores.clone();
        Arrays.sort(s);
        int k = (int) Math.ceil(level * (s.length + 1));
        return s[Math.min(s.length, Math.max(1, k)) - 1];
    }

    /**
     * @param measured whether the muscle has EMG
     * @return its scale
     */
    public double scale(boolean measured) {
        return measured ? measuredScale : hiddenScale;
    }

    /** @return this as JSON */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("measuredScale", measuredScale);
        m.put("hiddenScale", hiddenScale);
        m.put("floor", floor);
        m.put("members", members);
        m.put("provenance", provenance);
        return Json.write(m);
    }

    /**
     * @param json text written by {@link #toJson()}
     * @return the calibration
     */
    public static IntervalCalibration fromJson(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> m)) {
            throw new NeuroMskException("interval calibration: expected a JSON object");
        }
        return new IntervalCalibration(number(m, "measuredScale"), number(m, "hiddenScale"), number(m, "floor"),
                (int) number(m, "members"), String.valueOf(m.get("provenance")));
    }

    private static double number(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new NeuroMskException("interval calibration: '" + key + "' must be a number");
        }
        return n.doubleValue();
    }
}
