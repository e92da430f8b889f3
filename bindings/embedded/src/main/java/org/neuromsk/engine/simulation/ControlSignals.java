package org.neuromsk.engine.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.control.ControlLinear;
import org.neuromsk.io.control.ControlLinearNode;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * The controls of a controls file, as OpenSim's ControlSetController loads them: a ControlSet XML of
 * {@code ControlLinear} signals, or a Storage ({@code .sto}/{@code .mot}) whose columns become linear
 * controls named by their labels (no steps, extrapolation on). Immutable.
 *
 * @param source where the controls came from, for messages
 * @param controls the controls in file order, names unique
 */
public record ControlSignals(String source, List<LinearControl> controls) {

    /** The suffix OpenSim accepts after an actuator name. */
    public static final String EXCITATION_SUFFIX = ".excitation";

    /** Checks that names are unique and freezes the list. */
    public ControlSignals {
        controls = List.copyOf(controls);
        Set<String> names = new HashSet<>();
        for (LinearControl c : controls) {
            if (!names.add(c.name())) {
                throw new NeuroMskException(source + ": two controls are named '" + c.name() + "'");
            }
        }
    }

    /**
     * Reads a controls file: a Storage when the name ends in {@code .sto} or {@code .mot}, else a
     * ControlSet XML (OpenSim decides the same way).
     *
     * @param file the controls file
     * @return its controls
     * @throws org.neuromsk.io.FileFormatException if the file cannot be read
     * @throws NeuroMskException if a control has no nodes or unordered node times
     */
    public static ControlSignals read(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".sto") || lower.endsWith(".mot")) {
            return fromStorage(file.toString(), StorageReader.read(file));
        }
        return fromControlSet(OpenSimXml.readControlSet(file));
    }

    /**
     * @param doc a ControlSet document
     * @return its ControlLinear members, in file order
     * @throws org.neuromsk.io.FileFormatException naming the file and line of a control with missing,
     *     non-finite or unordered nodes
     */
    public static ControlSignals fromControlSet(OsimDocument<ControlSet> doc) {
        String source = doc.file().map(Path::toString).orElse("ControlSet '" + doc.root().name() + "'");
        for (Object member : doc.root().all()) {
            if (member instanceof org.w3c.dom.Element e) {
                throw doc.error(doc.root(), "ControlSet member <" + e.getLocalName() + "> '" + e.getAttribute("name")
                        + "' is not supported (only ControlLinear)");
            }
        }
        List<LinearControl> out = new ArrayList<>();
        for (ControlLinear c : doc.root().items()) {
            List<ControlLinearNode> nodes = c.xNodes();
            double[] t = new double[nodes.size()];
            double[] x = new double[nodes.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = nodes.get(i).t();
                x[i] = nodes.get(i).value();
            }
            try {
                out.add(new LinearControl(c.name(), t, x, c.useSteps(), c.extrapolate()));
            } catch (NeuroMskException e) {
                throw doc.error(c, e.getMessage());
            }
        }
        return new ControlSignals(source, out);
    }

    /**
     * @param source name of the table, for messages
     * @param table a controls table, one column per control
     * @return one linear control per column, named by its label
     */
    public static ControlSignals fromStorage(String source, Storage table) {
        List<LinearControl> out = new ArrayList<>();
        double[] time = table.time();
        for (int c = 0; c < table.columnCount(); c++) {
            out.add(new LinearControl(table.labels().get(c), time, table.column(c), false, true));
        }
        return new ControlSignals(source, out);
    }

    /**
     * Looks an actuator's control up as ControlSetController does: by the actuator's name, then by
     * {@code <actuator>.excitation}.
     *
     * @param actuator the actuator's name
     * @return its control, if the set has one
     */
    public Optional<LinearControl> forActuator(String actuator) {
        Optional<LinearControl> exact = find(actuator);
        return exact.isPresent() ? exact : find(actuator + EXCITATION_SUFFIX);
    }

    /**
     * @param name a control name
     * @return the control of that name
     */
    public Optional<LinearControl> find(String name) {
        return controls.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * @param control a control
     * @return the actuator it names: its name without a trailing {@code .excitation}
     */
    public static String actuatorOf(LinearControl control) {
        String n = control.name();
        return n.length() > EXCITATION_SUFFIX.length() && n.endsWith(EXCITATION_SUFFIX)
                ? n.substring(0, n.length() - EXCITATION_SUFFIX.length()) : n;
    }

    /**
     * The controls as a ControlSet OpenSim's ForwardTool reads: one ControlLinear per control with
     * every property written (OpenSim's defaults, except this control's {@code use_steps} and
     * {@code extrapolate}) and its nodes. Numbers are written so that they read back exactly.
     *
     * @param name the set's name
     * @return the set
     */
    public ControlSet toControlSet(String name) {
        ControlSet set = new ControlSet(name);
        for (LinearControl c : controls) {
            ControlLinear x = ControlLinear.withDefaults(c.name());
            x.setUseSteps(c.useSteps());
            x.setExtrapolate(c.extrapolate());
            double[] t = c.times();
            double[] v = c.values();
            for (int i = 0; i < t.length; i++) {
                x.addNode(t[i], v[i]);
            }
            set.add(x);
        }
        return set;
    }

    /**
     * Writes the controls as a ControlSet XML document (see {@link #toControlSet(String)}).
     *
     * @param setName the set's name
     * @param target the file to create or replace
     */
    public void writeControlSet(String setName, Path target) {
        OpenSimXml.write(toControlSet(setName), OpenSimXml.DEFAULT_VERSION, target);
    }
}
