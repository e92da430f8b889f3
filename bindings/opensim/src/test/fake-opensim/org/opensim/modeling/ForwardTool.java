package org.opensim.modeling;

import java.nio.file.Path;

/**
 * Fake forward tool. Like OpenSim's, setModel() copies the controllers made from the controls file into
 * the model, so controls given after setModel() do not act: the muscles' controls are then 0 instead
 * of 0.25. States hold every coordinate at its default value, at 0.1 s steps. updateModelForces() adds
 * one actuator per force set file (named after the file, control 0.5) to the model it is given, and
 * with replace_force_set drops the model's muscles from the controls.
 */
public class ForwardTool {
    Model model;
    String name = "";
    String controls = "";
    boolean controllersInModel;
    double initial;
    double fin;
    String resultsDir = ".";
    ArrayStr forceSetFiles = new ArrayStr();
    boolean replaceForceSet;
    java.util.Map<Model, java.util.List<String>> added = new java.util.HashMap<>();

    public ForwardTool() {
    }

    public void setName(String n) {
        name = n;
    }

    public void setControlsFileName(String f) {
        controls = f;
    }

    public void setModel(Model m) {
        model = m;
        controllersInModel = !controls.isEmpty();
    }

    public void setForceSetFiles(ArrayStr files) {
        forceSetFiles = files;
    }

    public void setReplaceForceSet(boolean b) {
        replaceForceSet = b;
    }

    public void updateModelForces(Model m, String setupFile) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < forceSetFiles.getSize(); i++) {
            String file = Path.of(forceSetFiles.get(i)).getFileName().toString();
            names.add(file.substring(0, file.lastIndexOf('.')));
        }
        added.put(m, names);
    }

    public void setInitialTime(double t) {
        initial = t;
    }

    public void setFinalTime(double t) {
        fin = t;
    }

    public void setSolveForEquilibrium(boolean b) {
    }

    public void setErrorTolerance(double e) {
    }

    public void setMaxDT(double d) {
    }

    public void setMinDT(double d) {
    }

    public void setMaximumNumberOfSteps(int n) {
    }

    public void setStatesFileName(String f) {
    }

    public void setExternalLoadsFileName(String f) {
    }

    public void setResultsDir(String d) {
        resultsDir = d;
    }

    public boolean run() {
        double control = controllersInModel ? 0.25 : 0.0;
        FakeTable states = new FakeTable();
        FakeTable controlsOut = new FakeTable();
        for (Coordinate c : model.tree) {
            states.labels.add("/jointset/" + c.joint.name + "/" + c.name + "/value");
            states.labels.add("/jointset/" + c.joint.name + "/" + c.name + "/speed");
        }
        java.util.List<String> extra = added.getOrDefault(model, java.util.List.of());
        boolean muscles = extra.isEmpty() || !replaceForceSet;
        for (Muscle m : model.muscles) {
            states.labels.add("/forceset/" + m.name + "/activation");
            if (muscles) {
                controlsOut.labels.add(m.name);
            }
        }
        controlsOut.labels.addAll(extra);
        int steps = (int) Math.round((fin - initial) / 0.1);
        for (int k = 0; k <= steps; k++) {
            double t = initial + k * (fin - initial) / steps;
            double[] row = new double[states.labels.size()];
            int i = 0;
            for (Coordinate c : model.tree) {
                row[i++] = c.defaultValue;
                row[i++] = 0;
            }
            for (int m = 0; m < model.muscles.size(); m++) {
                row[i++] = control;
            }
            states.times.add(t);
            states.rows.add(row);
            controlsOut.times.add(t);
            double[] u = new double[controlsOut.labels.size()];
            java.util.Arrays.fill(u, control);
            for (int a = u.length - extra.size(); a < u.length; a++) {
                u[a] = 0.5;
            }
            controlsOut.rows.add(u);
        }
        states.write(Path.of(resultsDir).resolve(name + "_states.sto").toString(), name + "_states");
        controlsOut.write(Path.of(resultsDir).resolve(name + "_controls.sto").toString(), name + "_controls");
        return true;
    }

    public void delete() {
    }
}
