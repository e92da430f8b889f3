package org.neuromsk.pipeline.uncertainty;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.io.storage.Storage;

/**
 * Lower and upper bounds (5th and 95th percentiles of the ensemble) of every estimated signal, on the
 * estimate's times.
 *
 * @param estimate the central estimate (-)
 * @param lower 5th percentiles, same labels and times (-)
 * @param upper 95th percentiles (-)
 * @param members ensemble members used
 */
public record Intervals(Storage estimate, Storage lower, Storage upper, int members) {

    /** @return one table with, per signal, {@code <name>}, {@code <name>_lower}, {@code <name>_upper} */
    public Storage asTable() {
        List<String> labels = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        for (String name : estimate.labels()) {
            labels.add(name);
            columns.add(estimate.column(name));
            labels.add(name + "_lower");
            columns.add(lower.column(name));
            labels.add(name + "_upper");
            columns.add(upper.column(name));
        }
        return Storage.of(estimate.name() + "_intervals", false, labels, estimate.time(),
                columns.toArray(new double[0][]));
    }
}
