package org.opensim.modeling;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fake ID tool: generalized force of coordinate i = gain_i * q_i (q in rad or m; the coordinate's
 * idgain in the model file), plus 100 when external loads are given. Coordinates absent from the file
 * take their default value. Muscles must be among the excluded forces (as the adapter's default).
 */
public class InverseDynamicsTool {
    Model model;
    String name = "";
    String coordinatesFile;
    String externalLoads = "";
    double lowpass = -1;
    double start = Double.NEGATIVE_INFINITY;
    double end = Double.POSITIVE_INFINITY;
    ArrayStr excluded = new ArrayStr();
    String resultsDir = ".";
    String output = "inverse_dynamics.sto";
    public static double lastLowpass = Double.NaN;

    public InverseDynamicsTool() {
    }

    public void setName(String n) {
        name = n;
    }

    public void setModel(Model m) {
        model = m;
    }

    public void setCoordinatesFileName(String f) {
        coordinatesFile = f;
    }

    public void setExternalLoadsFileName(String f) {
        externalLoads = f;
    }

    public void setLowpassCutoffFrequency(double f) {
        lowpass = f;
    }

    public void setStartTime(double t) {
        start = t;
    }

    public void setEndTime(double t) {
        end = t;
    }

    public void setExcludedForces(ArrayStr a) {
        excluded = a;
    }

    public void setResultsDir(String d) {
        resultsDir = d;
    }

    public void setOutputGenForceFileName(String f) {
        output = f;
    }

    public boolean run() {
        if (model == null) {
            throw new RuntimeException("InverseDynamicsTool: no model");
        }
        if (!externalLoads.isEmpty() && !Files.isRegularFile(Path.of(externalLoads))) {
            throw new RuntimeException("ExternalLoads: cannot open " + externalLoads);
        }
        lastLowpass = lowpass;
        FakeTable in = FakeTable.read(coordinatesFile);
        FakeTable out = new FakeTable();
        for (Coordinate c : model.tree) {
            out.labels.add(c.name + (c.motionType == Coordinate.MotionType.Rotational ? "_moment" : "_force"));
        }
        for (int r = 0; r < in.rows.size(); r++) {
            double t = in.times.get(r);
            if (t < start - 1e-12 || t > end + 1e-12) {
                continue;
            }
            double[] row = new double[model.tree.size()];
            for (Coordinate c : model.tree) {
                double[] col = in.column(c.name);
                double q = col == null ? c.defaultValue : col[r];
                if (col != null && in.inDegrees && c.motionType == Coordinate.MotionType.Rotational) {
                    q = Math.toRadians(q);
                }
                row[c.index] = c.idGain * q + (externalLoads.isEmpty() ? 0 : 100);
            }
            out.times.add(t);
            out.rows.add(row);
        }
        out.write(Path.of(resultsDir).resolve(output).toString(), "Inverse Dynamics Generalized Forces");
        return true;
    }

    public void delete() {
    }
}
