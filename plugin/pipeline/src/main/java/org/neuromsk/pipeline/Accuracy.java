package org.neuromsk.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.forward.KinematicsComparison;

/** Estimated vs true signals: RMS error and Pearson correlation per muscle. */
final class Accuracy {

    private Accuracy() {
    }

    /**
     * @param estimate estimated signals (-)
     * @param truth true signals (-), linear between its rows
     * @return per muscle in both tables {RMS error (-), r (-)}
     */
    static Map<String, double[]> of(Storage estimate, Storage truth) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] time = estimate.time();
        for (String name : estimate.labels()) {
            if (!truth.hasColumn(name)) {
                continue;
            }
            double[] e = estimate.column(name);
            double[] t = new double[time.length];
            double sum = 0;
            for (int k = 0; k < time.length; k++) {
                t[k] = KinematicsComparison.interpolate(truth.time(), truth.column(name), time[k]);
                sum += (e[k] - t[k]) * (e[k] - t[k]);
            }
            double r = time.length > 2 ? new PearsonsCorrelation().correlation(e, t) : Double.NaN;
            out.put(name, new double[] {Math.sqrt(sum / time.length), r});
        }
        return out;
    }
}
