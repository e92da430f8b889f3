package org.opensim.modeling;

/** Fake spline set: piecewise-linear values; first derivative = slope of the segment holding t. */
public class GCVSplineSet {
    final FakeTable table;

    public GCVSplineSet(int degree, Storage storage) {
        if (storage.getSize() < degree + 1) {
            throw new RuntimeException("GCVSpline: too few data points");
        }
        table = storage.table;
    }

    public int getIndex(String name) {
        return table.labels.indexOf(name);
    }

    public double evaluate(int index, int derivOrder, double t) {
        int n = table.times.size();
        int hi = 1;
        while (hi < n - 1 && table.times.get(hi) < t) {
            hi++;
        }
        double t0 = table.times.get(hi - 1);
        double t1 = table.times.get(hi);
        double v0 = table.rows.get(hi - 1)[index];
        double v1 = table.rows.get(hi)[index];
        double slope = (v1 - v0) / (t1 - t0);
        return derivOrder == 0 ? v0 + slope * (t - t0) : derivOrder == 1 ? slope : 0;
    }
}
