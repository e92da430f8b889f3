package org.neuromsk.validation;

/**
 * How far one column of a result is from its reference.
 *
 * @param label the column label
 * @param rms root-mean-square error over the compared rows (column units)
 * @param max largest absolute error (column units)
 * @param peak largest absolute reference value (column units)
 * @param tolerance the RMS error allowed for this column (column units)
 */
public record ColumnError(String label, double rms, double max, double peak, double tolerance) {

    /** @return RMS error as a percentage of the reference peak (NaN when the peak is 0) */
    public double rmsPercentOfPeak() {
        return peak > 0 ? 100 * rms / peak : Double.NaN;
    }

    /** @return largest error as a percentage of the reference peak (NaN when the peak is 0) */
    public double maxPercentOfPeak() {
        return peak > 0 ? 100 * max / peak : Double.NaN;
    }

    /** @return whether the RMS error is within tolerance */
    public boolean passes() {
        return rms <= tolerance;
    }
}
