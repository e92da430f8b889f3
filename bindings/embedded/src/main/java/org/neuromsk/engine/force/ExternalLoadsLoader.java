package org.neuromsk.engine.force;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.io.NumberText;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Reads an ExternalLoads XML file and its data table into {@link ExternalForce}s on a model. The data
 * file is resolved against the XML file's folder, as OpenSim does. Disabled forces are checked but
 * left out.
 */
public final class ExternalLoadsLoader {

    /** Difference of times taken as equal (s): data files are printed with 8 decimals or fewer. */
    private static final double TIME_TOLERANCE = 1e-6;

    private ExternalLoadsLoader() {
    }

    private static String seconds(double t) {
        return NumberText.significant(t, 6);
    }

    /**
     * @param xmlFile the ExternalLoads file
     * @param model the model the loads act on
     * @return the enabled loads, in file order
     * @throws org.neuromsk.io.FileFormatException if the file, its data or a body it names is wrong
     */
    public static List<ExternalForce> load(Path xmlFile, Model model) {
        return load(xmlFile, model, Double.NaN, Double.NaN, w -> { });
    }

    /**
     * As {@link #load(Path, Model, double, double, Consumer)} for a motion analysed from {@code from} to
     * {@code to}: the loads are needed at the motion's times within that window (the tools report no
     * others).
     *
     * @param xmlFile the ExternalLoads file
     * @param model the model the loads act on
     * @param motion the motion the loads go with
     * @param from requested first time (s); may precede the motion
     * @param to requested last time (s); may follow the motion
     * @param warnings receives the one-line warning
     * @return the enabled loads, in file order
     */
    public static List<ExternalForce> load(Path xmlFile, Model model, Storage motion, double from, double to,
            Consumer<String> warnings) {
        return load(xmlFile, model, Math.max(from, motion.startTime()), Math.min(to, motion.endTime()), warnings);
    }

    /**
     * As {@link #load(Path, Model)}, and warns when the data do not span the times the loads are
     * needed at: outside their span the loads are extrapolated, as OpenSim does, without a word from it.
     *
     * @param xmlFile the ExternalLoads file
     * @param model the model the loads act on
     * @param start first time the loads are needed at (s)
     * @param end last time the loads are needed at (s)
     * @param warnings receives the one-line warning
     * @return the enabled loads, in file order
     */
    public static List<ExternalForce> load(Path xmlFile, Model model, double start, double end,
            Consumer<String> warnings) {
        OsimDocument<ExternalLoads> doc = OpenSimXml.readExternalLoads(xmlFile);
        ExternalLoads loads = doc.root();
        Path data = loads.datafilePath(xmlFile)
                .orElseThrow(() -> doc.error(loads, "ExternalLoads has no <datafile>"));
        if (!Files.isRegularFile(data)) {
            throw doc.error(loads, "datafile", "datafile " + data + " does not exist");
        }
        ExternalLoadData table = new ExternalLoadData(StorageReader.read(data), data);
        double first = table.table().startTime();
        double last = table.table().endTime();
        if (start < first - TIME_TOLERANCE || end > last + TIME_TOLERANCE) {
            warnings.accept(data + ": the external loads span " + seconds(first) + " to " + seconds(last)
                    + " s but are needed from " + seconds(start) + " to " + seconds(end)
                    + " s; outside their span they are extrapolated (as OpenSim does)");
        }
        List<ExternalForce> forces = new ArrayList<>();
        for (org.neuromsk.io.externalloads.ExternalForce f : loads.forces()) {
            String name = f.name();
            PhysicalFrame body = frame(doc, f, "applied_to_body", f.appliedToBody(), model);
            PhysicalFrame forceFrame = frame(doc, f, "force_expressed_in_body", f.forceExpressedInBody(), model);
            PhysicalFrame pointFrame = frame(doc, f, "point_expressed_in_body", f.pointExpressedInBody(), model);
            ExternalForce force = new ExternalForce(name, body, forceFrame, pointFrame,
                    table.functions(f.forceIdentifier(), name, warnings),
                    table.functions(f.pointIdentifier(), name, warnings),
                    table.functions(f.torqueIdentifier(), name, warnings));
            // A disabled force (appliesForce false, or OpenSim 3's isDisabled true) is still checked,
            // as OpenSim connects it, but applies nothing.
            if (f.appliesForce()) {
                forces.add(force);
            }
        }
        return forces;
    }

    private static PhysicalFrame frame(OsimDocument<ExternalLoads> doc, Object force, String property, String body,
            Model model) {
        String nameOfForce = ((org.neuromsk.io.externalloads.ExternalForce) force).name();
        if (body == null || body.isBlank()) {
            throw doc.error(force, "ExternalForce '" + nameOfForce + "' has no <" + property + ">");
        }
        if (!model.hasFrame(body)) {
            throw doc.error(force, "ExternalForce '" + nameOfForce + "': <" + property + "> names body '" + body
                    + "', which model '" + model.name() + "' does not have");
        }
        return model.frame(body);
    }
}
