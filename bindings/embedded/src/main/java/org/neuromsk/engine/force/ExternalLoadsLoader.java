package org.neuromsk.engine.force;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Reads an ExternalLoads XML file and its data table into {@link ExternalForce}s on a model. The data
 * file is resolved against the XML file's folder, as OpenSim does. Disabled forces are checked but
 * left out.
 */
public final class ExternalLoadsLoader {

    private ExternalLoadsLoader() {
    }

    /**
     * @param xmlFile the ExternalLoads file
     * @param model the model the loads act on
     * @return the enabled loads, in file order
     * @throws org.neuromsk.io.FileFormatException if the file, its data or a body it names is wrong
     */
    public static List<ExternalForce> load(Path xmlFile, Model model) {
        OsimDocument<ExternalLoads> doc = OpenSimXml.readExternalLoads(xmlFile);
        ExternalLoads loads = doc.root();
        Path data = loads.datafilePath(xmlFile)
                .orElseThrow(() -> doc.error(loads, "ExternalLoads has no <datafile>"));
        if (!Files.isRegularFile(data)) {
            throw doc.error(loads, "datafile " + data + " does not exist");
        }
        ExternalLoadData table = new ExternalLoadData(StorageReader.read(data), data);
        List<ExternalForce> forces = new ArrayList<>();
        for (org.neuromsk.io.externalloads.ExternalForce f : loads.forces()) {
            String name = f.name();
            PhysicalFrame body = frame(doc, f, "applied_to_body", f.appliedToBody(), model);
            PhysicalFrame forceFrame = frame(doc, f, "force_expressed_in_body", f.forceExpressedInBody(), model);
            PhysicalFrame pointFrame = frame(doc, f, "point_expressed_in_body", f.pointExpressedInBody(), model);
            ExternalForce force = new ExternalForce(name, body, forceFrame, pointFrame,
                    table.functions(f.forceIdentifier(), name),
                    table.functions(f.pointIdentifier(), name),
                    table.functions(f.torqueIdentifier(), name));
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
