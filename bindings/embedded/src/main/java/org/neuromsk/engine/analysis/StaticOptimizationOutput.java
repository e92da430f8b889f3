package org.neuromsk.engine.analysis;

import java.nio.file.Path;
import java.util.List;

import org.neuromsk.io.control.ControlLinear;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.xml.OpenSimXml;

/**
 * Writes static-optimisation results as OpenSim's StaticOptimization prints them:
 * {@code <prefix>_activation.sto} and {@code <prefix>_force.sto} (Storage version 1, fixed-point
 * numbers with the tool's output precision) and {@code <prefix>_controls.xml}, a ControlSet with one
 * ControlLinear per actuator holding every activation as a node at full precision, which ForwardTool
 * reads through a ControlSetController. Every file is written atomically.
 */
public final class StaticOptimizationOutput {

    /** {@code Version} attribute OpenSim 4.5.2 writes on documents. */
    public static final String DOCUMENT_VERSION = "40600";
    /** Name OpenSim gives the ControlSet built from the activations. */
    public static final String CONTROL_SET_NAME = "Control Set";

    private StaticOptimizationOutput() {
    }

    /**
     * @param result the tables
     * @param folder where to write (must exist)
     * @param prefix {@code <tool name>_<analysis name>}, e.g. {@code arm26_StaticOptimization}
     * @param outputPrecision digits after the decimal point in the .sto files (OpenSim's output_precision)
     * @return the three files written
     */
    public static List<Path> write(StaticOptimization.Result result, Path folder, String prefix,
            int outputPrecision) {
        StorageWriter.Options options = StorageWriter.Options.version1().withPrecision(outputPrecision);
        Path activation = folder.resolve(prefix + "_activation.sto");
        Path force = folder.resolve(prefix + "_force.sto");
        Path controls = folder.resolve(prefix + "_controls.xml");
        StorageWriter.write(result.activations(), activation, options);
        StorageWriter.write(result.forces(), force, options);
        OpenSimXml.write(controlSet(result.activations()), DOCUMENT_VERSION, controls);
        return List.of(activation, force, controls);
    }

    /**
     * OpenSim's {@code ControlSet(Storage)}: one ControlLinear per column, named by it, with every
     * property at OpenSim's default and a node per row.
     *
     * @param activations the activation table
     * @return the control set
     */
    public static ControlSet controlSet(Storage activations) {
        ControlSet set = new ControlSet(CONTROL_SET_NAME);
        double[] time = activations.time();
        for (int c = 0; c < activations.columnCount(); c++) {
            ControlLinear control = ControlLinear.withDefaults(activations.labels().get(c));
            double[] values = activations.column(c);
            for (int r = 0; r < time.length; r++) {
                control.addNode(time[r], values[r]);
            }
            set.add(control);
        }
        return set;
    }
}
