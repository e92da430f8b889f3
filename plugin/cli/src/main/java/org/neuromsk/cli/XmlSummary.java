package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuromsk.io.control.ControlLinear;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.externalloads.ExternalForce;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.osim.ForceSet;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.tool.ToolSetup;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.io.xml.OsimObject;

/** Text summary of an OpenSim XML document other than a model. */
final class XmlSummary {

    private XmlSummary() {
    }

    static void print(Path file, PrintWriter out) {
        OsimDocument<OsimObject> doc = OpenSimXml.read(file);
        OsimObject root = doc.root();
        if (root instanceof Model) {
            ModelSummary.print(file, out);
            return;
        }
        out.printf("%s %s (%s, OpenSim document version %s)%n", root.xmlTag(),
                root.name() == null ? "" : "\"" + root.name() + "\"", file, doc.version());
        if (root instanceof ToolSetup tool) {
            out.println("  " + tool.describe());
        } else if (root instanceof ControlSet controls) {
            printControls(controls, out);
        } else if (root instanceof ExternalLoads loads) {
            printLoads(loads, file, out);
        } else if (root instanceof ForceSet forces) {
            out.printf("  forces (%d): %s%n", forces.items().size(), forces.items().stream()
                    .map(f -> f.name() + " [" + f.xmlTag() + "]").collect(Collectors.joining(", ")));
        }
        printUninterpreted(doc.warnings(), out);
    }

    /**
     * Lists, once each, the kinds of elements the reader kept without interpreting them.
     *
     * @param warnings the document's warnings ({@code Model/BodySet/.../attached_geometry: ...})
     * @param out where to print
     */
    static void printUninterpreted(List<String> warnings, PrintWriter out) {
        if (warnings.isEmpty()) {
            return;
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String w : warnings) {
            String path = w.contains(":") ? w.substring(0, w.indexOf(':')) : w;
            kinds.add(path.substring(path.lastIndexOf('/') + 1));
        }
        out.printf("  not interpreted, kept when written back: %s%n", String.join(", ", kinds));
    }

    private static void printControls(ControlSet controls, PrintWriter out) {
        out.printf("  controls (%d):%n", controls.items().size());
        for (ControlLinear c : controls.items()) {
            double[] t = c.times();
            out.printf(Locale.ROOT, "    %-24s %4d nodes%s%s%n", c.name(), t.length,
                    t.length > 0 ? String.format(Locale.ROOT, ", %.4g to %.4g s", t[0], t[t.length - 1]) : "",
                    c.useSteps() ? ", steps" : ", linear");
        }
    }

    private static void printLoads(ExternalLoads loads, Path file, PrintWriter out) {
        out.printf("  data file: %s%n", loads.datafilePath(file).map(Path::toString).orElse("none"));
        for (ExternalForce f : loads.forces()) {
            out.printf("  %s: on %s, force %s (in %s), point %s (in %s), torque %s%n", f.name(), f.appliedToBody(),
                    orNone(f.forceIdentifier()), f.forceExpressedInBody(), orNone(f.pointIdentifier()),
                    f.pointExpressedInBody(), orNone(f.torqueIdentifier()));
        }
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "none" : s;
    }
}
