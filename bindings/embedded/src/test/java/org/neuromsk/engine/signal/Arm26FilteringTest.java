package org.neuromsk.engine.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.neuromsk.io.testing.TestData;

/** The InverseDynamicsTool pre-processing on the arm26 tutorial IK file (121 rows, ~120 Hz, 8 decimals). */
class Arm26FilteringTest {

    private static final String TUTORIAL = "opensim-models/Tutorials/Computed_Muscle_Control/OutputReference/";

    /** Minimal .mot/.sto reader for tests: rows after "endheader" and the label line. */
    static double[][] readRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int i = 0;
        while (!lines.get(i).trim().equals("endheader")) {
            i++;
        }
        i += 2; // skip endheader and the labels
        List<double[]> rows = new ArrayList<>();
        for (; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.isEmpty()) {
                String[] f = line.split("\\s+");
                double[] row = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    row[k] = Double.parseDouble(f[k]);
                }
                rows.add(row);
            }
        }
        return rows.toArray(new double[0][]);
    }

    private static TimeSeries asSeries(double[][] rows) {
        int n = rows.length;
        int nc = rows[0].length - 1;
        double[] time = new double[n];
        double[][] columns = new double[nc][n];
        for (int r = 0; r < n; r++) {
            time[r] = rows[r][0];
            for (int c = 0; c < nc; c++) {
                columns[c][r] = rows[r][c + 1];
            }
        }
        return new TimeSeries(time, columns);
    }

    @Test
    void filteredGridFollowsTheToolRules() throws IOException {
        TimeSeries raw = asSeries(readRows(TestData.require(TUTORIAL + "InverseKinematics/arm26_InverseKinematics.mot")));
        assertEquals(121, raw.rowCount());
        CoordinateLowpass.Result r = CoordinateLowpass.filter(raw, 6.0);

        // padded by 121/2 = 60 rows: first padded time 2·t0 − t60 = −0.5 (t60 = 0.5 in the file)
        double paddedStart = 2 * raw.time(0) - raw.time(60);
        assertEquals(-0.5, paddedStart, 1e-12);
        double paddedEnd = 2 * raw.time(120) - raw.time(60);
        // times printed with 8 decimals are not uniform → resampled at the smallest padded step
        assertTrue(r.resampled());
        double dtMin = CoordinateLowpass.smallestStep(CoordinateLowpass.pad(raw, 60).times());
        assertEquals(r.samplingInterval(), dtMin);
        assertEquals(0.00833333, dtMin, 1e-8);
        double[] time = r.table().times();
        double t = paddedStart;
        for (int i = 0; i < time.length; i++) {
            assertEquals(t, time[i], 0.0, "row " + i);
            t += dtMin;
        }
        assertTrue(time[time.length - 1] <= paddedEnd && t > paddedEnd);

        // the filtered elbow angle stays close to the raw one on this smooth motion (6 Hz ≫ its content)
        CoordinateSplines splines = new CoordinateSplines(r.table());
        for (int i = 0; i < raw.rowCount(); i += 10) {
            assertEquals(raw.value(1, i), splines.value(1, raw.time(i)), 0.5, "elbow (deg) at row " + i);
        }
    }

    @Test
    void selectedTimesMatchOpenSimFilteredInverseDynamicsOutput() throws IOException {
        // OpenSim 4.5.2 reproduces this tutorial result exactly (data README); its time column is the
        // tool's row selection on the padded, resampled table for time_range 0..1.
        TimeSeries raw = asSeries(readRows(TestData.require(TUTORIAL + "InverseKinematics/arm26_InverseKinematics.mot")));
        double[][] reference = readRows(TestData.require(TUTORIAL + "InverseDynamics/FilteredResults/arm26_InverseDynamics.sto"));
        double[] time = CoordinateLowpass.filter(raw, 6.0).table().times();
        TimeSelection.RowRange rows = TimeSelection.select(time, 0.0, 1.0);
        double[] selected = rows.times(time);
        assertEquals(reference.length, selected.length);
        assertEquals(121, selected.length);
        for (int i = 0; i < selected.length; i++) {
            assertEquals(String.format(Locale.ROOT, "%.8f", reference[i][0]),
                    String.format(Locale.ROOT, "%.8f", selected[i]), "row " + i);
        }
        assertEquals(-2.0e-7, selected[0], 1e-9);
    }
}
