package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.MskModel;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Body;
import org.neuromsk.io.osim.Force;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.WrapObject;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** Text summary of an {@code .osim} model: what it contains, with counts. */
final class ModelSummary {

    private ModelSummary() {
    }

    static void print(Path file, PrintWriter out) {
        OsimDocument<Model> doc = OpenSimXml.readModel(file);
        Model m = doc.root();
        out.printf("Model %s (%s, OpenSim document version %s)%n", m.name(), file, doc.version());
        out.printf("  bodies (%d): %s%n", m.bodies().size(), names(m.bodies(), Body::name));
        out.printf("  joints (%d): %s%n", m.joints().size(),
                m.joints().stream().map(j -> j.name() + " [" + j.xmlTag() + "]").collect(Collectors.joining(", ")));
        printCoordinates(doc, m, out);
        List<Muscle> muscles = m.muscles();
        out.printf("  muscles (%d): %s%n", muscles.size(), countByType(muscles));
        for (Muscle mu : muscles) {
            out.printf(Locale.ROOT, "    %-14s %-30s Fmax %8.1f N  lopt %.4f m  lts %.4f m  pennation %.3f rad%n",
                    mu.name(), mu.xmlTag(), mu.maxIsometricForce(), mu.optimalFiberLength(), mu.tendonSlackLength(),
                    mu.pennationAngleAtOptimal());
        }
        List<Force> others = new ArrayList<>(m.forces());
        others.removeAll(muscles);
        out.printf("  other forces (%d): %s%n", others.size(), others.isEmpty() ? "-"
                : others.stream().map(f -> f.name() + " [" + f.xmlTag() + "]").collect(Collectors.joining(", ")));
        out.printf("  constraints (%d): %s%n", m.constraints().size(), countByType(m.constraints()));
        out.printf("  markers (%d)%n", m.markers().size());
        List<WrapObject> wraps = new ArrayList<>();
        m.bodies().forEach(b -> wraps.addAll(b.wrapObjects()));
        if (m.ground() != null) {
            wraps.addAll(m.ground().wrapObjects());
        }
        out.printf("  wrap objects (%d): %s%n", wraps.size(), countByType(wraps));
        XmlSummary.printUninterpreted(doc.warnings(), out);
    }

    private static void printCoordinates(OsimDocument<Model> doc, Model m, PrintWriter out) {
        List<CoordinateInfo> coordinates;
        try (MskModel engine = new EmbeddedBackend().loadModel(doc.file().orElseThrow())) {
            coordinates = engine.coordinates();
        } catch (NeuroMskException e) {
            out.printf("  coordinates (%d): %s%n", m.coordinates().size(),
                    names(m.coordinates(), org.neuromsk.io.osim.Coordinate::name));
            out.printf("    (the embedded engine cannot build this model: %s)%n", e.getMessage());
            return;
        }
        out.printf("  coordinates (%d): %s%n", coordinates.size(),
                coordinates.stream().map(CoordinateInfo::name).collect(Collectors.joining(", ")));
        for (CoordinateInfo c : coordinates) {
            String unit = switch (c.motionType()) {
                case ROTATIONAL -> "rad";
                case TRANSLATIONAL -> "m";
                case COUPLED -> "";
            };
            out.printf(Locale.ROOT, "    %-20s joint %-18s %-13s range [%.4g, %.4g] %s  default %.4g%s%n", c.name(),
                    c.joint(), c.motionType().name().toLowerCase(Locale.ROOT), c.rangeMin(), c.rangeMax(), unit,
                    c.defaultValue(), c.locked() ? "  locked" : "");
        }
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return items.isEmpty() ? "-" : items.stream().map(name).collect(Collectors.joining(", "));
    }

    private static String countByType(List<? extends org.neuromsk.io.xml.OsimObject> items) {
        if (items.isEmpty()) {
            return "-";
        }
        Map<String, Integer> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(i.xmlTag(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
