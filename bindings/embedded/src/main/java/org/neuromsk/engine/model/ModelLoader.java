package org.neuromsk.engine.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuromsk.engine.function.Constant;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.Body;
import org.neuromsk.engine.multibody.Inertia;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.joint.BallJoint;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.CustomJoint;
import org.neuromsk.engine.multibody.joint.FreeJoint;
import org.neuromsk.engine.multibody.joint.GimbalJoint;
import org.neuromsk.engine.multibody.joint.Joint;
import org.neuromsk.engine.multibody.joint.PinJoint;
import org.neuromsk.engine.multibody.joint.PlanarJoint;
import org.neuromsk.engine.multibody.joint.SliderJoint;
import org.neuromsk.engine.multibody.joint.SpatialTransform;
import org.neuromsk.engine.multibody.joint.TransformAxis;
import org.neuromsk.engine.multibody.joint.UniversalJoint;
import org.neuromsk.engine.multibody.joint.WeldJoint;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Actuator;
import org.neuromsk.io.osim.Force;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.OsimFunction;
import org.neuromsk.io.xml.ObjectGroup;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;
import org.neuromsk.io.xml.XmlNumbers;
import org.w3c.dom.Element;

/**
 * Builds the engine's {@link Model} from an {@code .osim} file: bodies with their mass properties,
 * joints of every OpenSim type with their offset frames, coordinates with their settings, gravity and
 * a description of the force set. Errors name the file, the line and the element.
 */
public final class ModelLoader {

    private final OsimDocument<org.neuromsk.io.osim.Model> doc;
    private final org.neuromsk.io.osim.Model xml;

    private ModelLoader(OsimDocument<org.neuromsk.io.osim.Model> doc) {
        this.doc = doc;
        this.xml = doc.root();
    }

    /**
     * @param file an {@code .osim} file
     * @return the model
     * @throws org.neuromsk.io.FileFormatException if the file is not a model the engine can build
     */
    public static Model load(Path file) {
        return fromDocument(OpenSimXml.readModel(file));
    }

    /**
     * @param doc a parsed model document
     * @return the model
     */
    public static Model fromDocument(OsimDocument<org.neuromsk.io.osim.Model> doc) {
        return new ModelLoader(doc).build();
    }

    private Model build() {
        refuseUnknownMembers(xml.jointSet() == null ? List.of() : xml.jointSet().all(), "JointSet");
        refuseOtherUnits();
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (org.neuromsk.io.osim.Body b : xml.bodies()) {
            org.neuromsk.io.osim.Inertia i = b.inertia();
            try {
                bodies.put(b.name(), new Body(b.name(), b.mass(), FrameResolver.vec(b.massCenter()),
                        new Inertia(i.ixx(), i.iyy(), i.izz(), i.ixy(), i.ixz(), i.iyz())));
            } catch (NeuroMskException e) {
                throw doc.error(b, e.getMessage());
            }
        }
        FrameResolver frames = new FrameResolver(doc, bodies);
        MultibodyModel.Builder builder = MultibodyModel.builder();
        for (org.neuromsk.io.osim.Joint j : treeOrder(frames)) {
            String owner = "/jointset/" + j.name();
            PhysicalFrame parent = frames.resolve(owner, j.socketParentFrame(), j);
            PhysicalFrame child = frames.resolve(owner, j.socketChildFrame(), j);
            builder.addJoint(joint(j), parent, child);
        }
        MultibodyModel multibody;
        try {
            multibody = builder.build();
        } catch (NeuroMskException e) {
            throw doc.error(xml.jointSet(), e.getMessage());
        }
        org.neuromsk.io.xml.Vec3 g = xml.gravity();
        Vec3 gravity = g == null ? new Vec3(0, -9.80665, 0) : new Vec3(g.x(), g.y(), g.z());
        Map<String, PhysicalFrame> allFrames = frames.all();
        PathLoader paths = new PathLoader(doc, multibody, frames::resolve, allFrames);
        return new Model(xml.name() == null ? fileName() : xml.name(), doc.file().orElse(null), multibody, gravity,
                allFrames, forces(), paths.paths(), paths.couplers(), new MuscleLoader(doc).muscles());
    }

    /**
     * The engine, like OpenSim's dynamics, takes every length in metres and every force in newtons;
     * {@code <length_units>} and {@code <force_units>} are not conversions. A model declaring other
     * units would have its numbers misread by a factor, so it is refused.
     */
    private void refuseOtherUnits() {
        String length = xml.lengthUnits().strip();
        if (!List.of("meters", "meter", "m", "metres", "metre").contains(length.toLowerCase(Locale.ROOT))) {
            throw doc.error(xml, "length_units", "<length_units> is '" + length
                    + "': the model's lengths must be in meters (they are not converted)");
        }
        String force = xml.forceUnits().strip();
        if (!List.of("n", "newtons", "newton").contains(force.toLowerCase(Locale.ROOT))) {
            throw doc.error(xml, "force_units", "<force_units> is '" + force
                    + "': the model's forces must be in newtons (they are not converted)");
        }
    }

    /**
     * The multibody-tree order of OpenSim 4.x: joints by level (distance from Ground in joints), and in
     * file order within a level. It is the order of the coordinates in OpenSim's states and of the
     * columns of its inverse-dynamics output.
     */
    private List<org.neuromsk.io.osim.Joint> treeOrder(FrameResolver frames) {
        List<org.neuromsk.io.osim.Joint> remaining = new ArrayList<>(xml.joints());
        List<org.neuromsk.io.osim.Joint> ordered = new ArrayList<>();
        Set<PhysicalFrame> connected = new HashSet<>();
        connected.add(org.neuromsk.engine.multibody.Ground.INSTANCE);
        while (!remaining.isEmpty()) {
            List<org.neuromsk.io.osim.Joint> level = new ArrayList<>();
            for (org.neuromsk.io.osim.Joint j : remaining) {
                PhysicalFrame parentBase = frames.resolve("/jointset/" + j.name(), j.socketParentFrame(), j).base();
                if (connected.contains(parentBase)) {
                    level.add(j);
                }
            }
            if (level.isEmpty()) {
                org.neuromsk.io.osim.Joint j = remaining.get(0);
                throw doc.error(j, "joint '" + j.name() + "' hangs from '" + j.socketParentFrame()
                        + "', which no joint connects to ground");
            }
            for (org.neuromsk.io.osim.Joint j : level) {
                connected.add(frames.resolve("/jointset/" + j.name(), j.socketChildFrame(), j).base());
            }
            ordered.addAll(level);
            remaining.removeAll(level);
        }
        return ordered;
    }

    private Joint joint(org.neuromsk.io.osim.Joint j) {
        String name = j.name();
        List<Coordinate> c = new ArrayList<>();
        for (org.neuromsk.io.osim.Coordinate x : j.coordinates()) {
            c.add(coordinate(x));
        }
        if (j instanceof org.neuromsk.io.osim.CustomJoint custom) {
            return new CustomJoint(name, spatialTransform(custom), c);
        }
        if (j instanceof org.neuromsk.io.osim.WeldJoint) {
            need(j, c, 0);
            return new WeldJoint(name);
        }
        if (j instanceof org.neuromsk.io.osim.PinJoint) {
            need(j, c, 1);
            return new PinJoint(name, c.get(0));
        }
        if (j instanceof org.neuromsk.io.osim.SliderJoint) {
            need(j, c, 1);
            return new SliderJoint(name, c.get(0));
        }
        if (j instanceof org.neuromsk.io.osim.UniversalJoint) {
            need(j, c, 2);
            return new UniversalJoint(name, c.get(0), c.get(1));
        }
        if (j instanceof org.neuromsk.io.osim.GimbalJoint) {
            need(j, c, 3);
            return new GimbalJoint(name, c.get(0), c.get(1), c.get(2));
        }
        if (j instanceof org.neuromsk.io.osim.BallJoint) {
            need(j, c, 3);
            return new BallJoint(name, c.get(0), c.get(1), c.get(2));
        }
        if (j instanceof org.neuromsk.io.osim.PlanarJoint) {
            need(j, c, 3);
            return new PlanarJoint(name, c.get(0), c.get(1), c.get(2));
        }
        if (j instanceof org.neuromsk.io.osim.FreeJoint) {
            need(j, c, 6);
            return new FreeJoint(name, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5));
        }
        throw doc.error(j, "joint type " + j.xmlTag() + " ('" + name + "') is not supported by the embedded engine");
    }

    private void need(org.neuromsk.io.osim.Joint j, List<Coordinate> c, int n) {
        if (c.size() != n) {
            throw doc.error(j, j.xmlTag() + " '" + j.name() + "' must have " + n + " coordinate(s), found " + c.size());
        }
    }

    private static Coordinate coordinate(org.neuromsk.io.osim.Coordinate x) {
        Coordinate c = Coordinate.named(x.name()).withDefaultValue(x.defaultValue())
                .withDefaultSpeed(x.defaultSpeedValue()).withClamped(x.clamped()).withLocked(x.locked());
        if (x.range() != null) {
            c = c.withRange(x.range().min(), x.range().max());
        }
        return c;
    }

    private SpatialTransform spatialTransform(org.neuromsk.io.osim.CustomJoint j) {
        String[] names = {"rotation1", "rotation2", "rotation3", "translation1", "translation2", "translation3"};
        TransformAxis[] axes = new TransformAxis[6];
        org.neuromsk.io.osim.SpatialTransform st = j.spatialTransform();
        if (st == null) {
            throw doc.error(j, "CustomJoint '" + j.name() + "' has no SpatialTransform");
        }
        for (int k = 0; k < 6; k++) {
            final int index = k;
            org.neuromsk.io.osim.TransformAxis a = st.axis(names[k]).orElseThrow(() -> doc.error(st,
                    "CustomJoint '" + j.name() + "' has no TransformAxis '" + names[index] + "'"));
            axes[k] = transformAxis(j, a);
        }
        return SpatialTransform.of(axes[0], axes[1], axes[2], axes[3], axes[4], axes[5]);
    }

    private TransformAxis transformAxis(org.neuromsk.io.osim.CustomJoint j, org.neuromsk.io.osim.TransformAxis a) {
        Vec3 axis = FrameResolver.vec(a.axis());
        OsimFunction f = a.function();
        String where = "CustomJoint '" + j.name() + "' axis " + a.name();
        if (f == null) {
            Element unknown = firstUnknown(a.unknownElements());
            if (unknown != null) {
                throw doc.error(a, where + ": function type " + unknown.getLocalName()
                        + " is not supported (element JointSet/" + j.xmlTag() + "/SpatialTransform/TransformAxis/"
                        + unknown.getLocalName() + ")");
            }
        }
        Function function = f == null ? new Constant(0) : FunctionMapper.map(f);
        if (function == null) {
            throw doc.error(f, where + ": function type " + f.xmlTag() + " is not supported");
        }
        List<String> coordinates = a.coordinates();
        if (coordinates.size() > 1) {
            throw doc.error(a, where + " depends on " + coordinates.size()
                    + " coordinates; the embedded engine supports one per axis");
        }
        if (coordinates.isEmpty()) {
            return TransformAxis.constant(axis, function.value(0));
        }
        return TransformAxis.of(axis, coordinates.get(0), function, f != null && FunctionMapper.isUnitSlopeLinear(f));
    }

    private static Element firstUnknown(List<Element> elements) {
        return elements.isEmpty() ? null : elements.get(0);
    }

    private void refuseUnknownMembers(List<Object> members, String set) {
        for (Object o : members) {
            if (o instanceof Element e) {
                throw new NeuroMskException(fileName() + ": " + set + " member <" + e.getLocalName() + "> '"
                        + e.getAttribute("name") + "' (element Model/" + set + "/objects/" + e.getLocalName()
                        + ") is not a type the embedded engine knows");
            }
        }
    }

    private List<ForceDescription> forces() {
        List<ObjectGroup> groups = xml.forceSet() == null ? List.of() : xml.forceSet().groups();
        List<ForceDescription> out = new ArrayList<>();
        for (Force f : xml.forces()) {
            out.add(new ForceDescription(f.name(), f.xmlTag(), f instanceof Muscle, f instanceof Actuator,
                    f.appliesForce(), groupsListing(f.name(), groups)));
        }
        if (xml.forceSet() != null) {
            for (Object o : xml.forceSet().all()) {
                if (o instanceof Element e) {
                    String name = e.getAttribute("name");
                    String type = e.getLocalName();
                    out.add(new ForceDescription(name, type, OpenSimForceClasses.isMuscle(type),
                            OpenSimForceClasses.isActuator(type), appliesForce(e),
                            groupsListing(name, groups)));
                }
            }
        }
        return out;
    }

    private static List<String> groupsListing(String member, List<ObjectGroup> groups) {
        List<String> memberOf = new ArrayList<>();
        for (ObjectGroup g : groups) {
            if (g.members().contains(member)) {
                memberOf.add(g.name());
            }
        }
        return memberOf;
    }

    /**
     * @param e a ForceSet member of a type the reader does not model
     * @return its {@code appliesForce} (default true), or the negated OpenSim 3 {@code isDisabled}
     */
    private boolean appliesForce(Element e) {
        String applies = childText(e, "appliesForce");
        String disabled = childText(e, "isDisabled");
        try {
            if (applies != null) {
                return XmlNumbers.parseBoolean(applies);
            }
            return disabled == null || !XmlNumbers.parseBoolean(disabled);
        } catch (IllegalArgumentException ex) {
            throw doc.error(xml.forceSet(), "ForceSet member <" + e.getLocalName() + "> '" + e.getAttribute("name")
                    + "': " + ex.getMessage());
        }
    }

    private static String childText(Element e, String tag) {
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && tag.equals(child.getLocalName())) {
                String text = child.getTextContent();
                return text == null || text.isBlank() ? null : text;
            }
        }
        return null;
    }

    private String fileName() {
        return doc.file().map(Path::toString).orElse("<model>");
    }
}
