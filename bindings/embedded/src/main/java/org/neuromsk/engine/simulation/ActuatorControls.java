package org.neuromsk.engine.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;

/**
 * The model's controls as functions of time: each actuator's control is the sum, over the control
 * sources (one per ControlSetController), of the control the source gives it (looked up by the
 * actuator's name, then {@code <actuator>.excitation}); actuators no source names get 0, as in
 * OpenSim. Controls are not clamped. Immutable.
 */
public final class ActuatorControls {

    private static final int NAMES_IN_MESSAGES = 12;

    private final List<String> actuators;
    private final LinearControl[][] controls;
    private final List<ControlSignals> sources;

    private ActuatorControls(List<String> actuators, LinearControl[][] controls, List<ControlSignals> sources) {
        this.actuators = actuators;
        this.controls = controls;
        this.sources = sources;
    }

    /**
     * Connects control sources to actuators as OpenSim's ControlSetController does; like OpenSim it
     * refuses a control that names no actuator of the model.
     *
     * @param actuators the model's actuator names, in force-set order
     * @param modelName the model's name, for messages
     * @param sources the control sources
     * @return the bound controls
     * @throws NeuroMskException naming the file and the control that matches no actuator
     */
    public static ActuatorControls bind(List<String> actuators, String modelName, List<ControlSignals> sources) {
        Set<String> known = new HashSet<>(actuators);
        for (ControlSignals s : sources) {
            for (LinearControl c : s.controls()) {
                if (!known.contains(ControlSignals.actuatorOf(c))) {
                    throw new NeuroMskException(s.source() + ": control '" + c.name() + "' names no actuator of model '"
                            + modelName + "' (actuators: " + listed(actuators) + ")");
                }
            }
        }
        LinearControl[][] table = new LinearControl[actuators.size()][];
        for (int a = 0; a < table.length; a++) {
            List<LinearControl> found = new ArrayList<>();
            for (ControlSignals s : sources) {
                s.forActuator(actuators.get(a)).ifPresent(found::add);
            }
            table[a] = found.toArray(new LinearControl[0]);
        }
        return new ActuatorControls(List.copyOf(actuators), table, List.copyOf(sources));
    }

    /** @return the actuator names, in control-slot order */
    public List<String> actuators() {
        return actuators;
    }

    /**
     * @param t time (s)
     * @param out receives one control per actuator
     */
    public void evaluate(double t, double[] out) {
        for (int a = 0; a < controls.length; a++) {
            double sum = 0;
            for (LinearControl c : controls[a]) {
                sum += c.value(t);
            }
            out[a] = sum;
        }
    }

    /**
     * @param t time (s)
     * @return one control per actuator
     */
    public double[] at(double t) {
        double[] out = new double[controls.length];
        evaluate(t, out);
        return out;
    }

    /** @return the names of actuators no source gives a control (they get 0) */
    public List<String> uncontrolled() {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < controls.length; a++) {
            if (controls[a].length == 0) {
                out.add(actuators.get(a));
            }
        }
        return out;
    }

    /**
     * Refuses a simulation that would run outside the nodes of a control it uses. OpenSim would
     * silently extrapolate (or hold the end values); here a control may be extrapolated by at most
     * half its mean node spacing, which absorbs the round-off of node times written by OpenSim's
     * tools (static optimisation's last node is 6e-7 s before its final time) while catching
     * controls meant for another trial or time base.
     *
     * @param start first simulated time (s)
     * @param end last simulated time (s)
     * @throws NeuroMskException naming the file, the control and both time ranges
     */
    public void requireCoverage(double start, double end) {
        for (ControlSignals s : sources) {
            for (LinearControl c : s.controls()) {
                if (c.size() < 2 || !used(c)) {
                    continue;
                }
                double margin = 0.5 * (c.lastTime() - c.firstTime()) / (c.size() - 1);
                if (start < c.firstTime() - margin || end > c.lastTime() + margin) {
                    throw new NeuroMskException(s.source() + ": control '" + c.name() + "' has nodes from "
                            + Times.text(c.firstTime()) + " to " + Times.text(c.lastTime())
                            + " s, but the simulation runs from " + Times.text(start) + " to " + Times.text(end)
                            + " s; give controls that cover the simulated time range");
                }
            }
        }
    }

    private boolean used(LinearControl c) {
        for (LinearControl[] row : controls) {
            if (Arrays.asList(row).contains(c)) {
                return true;
            }
        }
        return false;
    }

    private static String listed(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        if (names.size() <= NAMES_IN_MESSAGES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_IN_MESSAGES)) + ", … " + (names.size() - NAMES_IN_MESSAGES)
                + " more";
    }
}
