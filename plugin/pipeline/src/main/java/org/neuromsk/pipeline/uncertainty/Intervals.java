package org.neuromsk.pipeline.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neuromsk.io.storage.Storage;

/**
 * 90 % bounds of every estimated signal, on the estimate's times: the ensemble's 5th and 95th
 * percentiles, or calibrated bounds ({@link IntervalCalibration}).
 *
 * @param estimate the central estimate (-)
 * @param lower lower bounds, same labels and times (-)
 * @param upper upper bounds (-)
 * @param spread half the members' 5–95 % range (-)
 * @param members ensemble members used
 * @param calibration the calibration applied, if any
 */
public record Intervals(Storage estimate, Storage lower, Storage upper, Storage spread, int members,
        Optional<IntervalCalibration> calibration) {

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
