package org.neuromsk.estimator.gait;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Park &amp; Park (2025), "sEMG Prediction Using Gait Kinematics and Machine Learning", Table 1: R² of
 * the ensemble averages of measured and estimated EMG, by muscle (our short names).
 */
public final class ParkAndParkTable1 {

    /** Their torque-based model. */
    public static final Map<String, Double> TORQUE_BASED = ordered(new String[] {"TA", "GM", "VL", "RF", "BF", "ST",
        "SOL"}, new double[] {0.737, 0.877, 0.687, 0.470, 0.573, 0.808, 0.824});

    /** Their baseline MLP. */
    public static final Map<String, Double> BASELINE = ordered(new String[] {"TA", "GM", "VL", "RF", "BF", "ST", "SOL"},
            new double[] {-1.14, -0.0516, -26.9, -73.8, -2.02, -4.24, 0.00343});

    private ParkAndParkTable1() {
    }

    /**
     * @param muscle our short name
     * @return their torque-based R², if the muscle is in their table
     */
    public static OptionalDouble torqueBased(String muscle) {
        Double v = TORQUE_BASED.get(muscle);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * @param muscle our short name
     * @return their baseline R², if the muscle is in their table
     */
    public static OptionalDouble baseline(String muscle) {
        Double v = BASELINE.get(muscle);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static Map<String, Double> ordered(String[] names, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
