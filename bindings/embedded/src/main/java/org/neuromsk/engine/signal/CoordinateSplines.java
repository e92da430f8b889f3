package org.neuromsk.engine.signal;

import org.neuromsk.engine.function.GCVSpline;

/**
 * The InverseDynamicsTool's coordinate splines ({@code GCVSplineSet(5, coordinates)}): a natural
 * quintic {@link GCVSpline} per column against time, giving q (value), q̇ (first derivative) and q̈
 * (second derivative) at any time. Units: q in the column's unit (rad or m), q̇ per s, q̈ per s².
 * OpenSim requires at least 6 rows for degree 5; this class needs at least 3.
 */
public final class CoordinateSplines {

    /** Spline degree used by OpenSim's InverseDynamicsTool. */
    public static final int DEGREE = 5;

    private final GCVSpline[] splines;

    /**
     * @param table coordinates (time strictly increasing), typically the output of {@link CoordinateLowpass}
     */
    public CoordinateSplines(TimeSeries table) {
        double[] time = table.times();
        splines = new GCVSpline[table.columnCount()];
        for (int c = 0; c < splines.length; c++) {
            splines[c] = new GCVSpline(DEGREE, time, table.column(c));
        }
    }

    /**
     * @param time sample times (s), strictly increasing
     * @param columns data columns {@code [column][row]}
     */
    public CoordinateSplines(double[] time, double[][] columns) {
        this(new TimeSeries(time, columns));
    }

    /** @return the number of columns */
    public int columnCount() {
        return splines.length;
    }

    /** @return the spline of one column */
    public GCVSpline spline(int column) {
        return splines[column];
    }

    /** @return q of a column at time t (s) */
    public double value(int column, double t) {
        return splines[column].value(t);
    }

    /** @return q̇ of a column at time t (s), per second */
    public double speed(int column, double t) {
        return splines[column].firstDerivative(t);
    }

    /** @return q̈ of a column at time t (s), per second squared */
    public double acceleration(int column, double t) {
        return splines[column].secondDerivative(t);
    }

    /**
     * Fills q, q̇ and q̈ of every column at time t; any output array may be null to skip it.
     *
     * @param t time (s)
     * @param q values, length ≥ columnCount()
     * @param qDot first derivatives, length ≥ columnCount()
     * @param qDDot second derivatives, length ≥ columnCount()
     */
    public void evaluate(double t, double[] q, double[] qDot, double[] qDDot) {
        for (int c = 0; c < splines.length; c++) {
            if (q != null) {
                q[c] = splines[c].value(t);
            }
            if (qDot != null) {
                qDot[c] = splines[c].firstDerivative(t);
            }
            if (qDDot != null) {
                qDDot[c] = splines[c].secondDerivative(t);
            }
        }
    }
}
