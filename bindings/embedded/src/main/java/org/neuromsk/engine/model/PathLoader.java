package org.neuromsk.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.engine.function.Constant;
import org.neuromsk.engine.function.Function;
import org.neuromsk.engine.multibody.MultibodyModel;
import org.neuromsk.engine.multibody.PhysicalFrame;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.path.ConditionalPathPoint;
import org.neuromsk.engine.path.CoordinateCoupler;
import org.neuromsk.engine.path.FixedPathPoint;
import org.neuromsk.engine.path.GeometryPath;
import org.neuromsk.engine.path.MovingPathPoint;
import org.neuromsk.engine.path.PathPoint;
import org.neuromsk.engine.path.PathWrap;
import org.neuromsk.engine.wrap.EllipsoidMethod;
import org.neuromsk.engine.wrap.Quadrant;
import org.neuromsk.engine.wrap.WrapCylinder;
import org.neuromsk.engine.wrap.WrapEllipsoid;
import org.neuromsk.engine.wrap.WrapObject;
import org.neuromsk.engine.wrap.WrapSphere;
import org.neuromsk.io.osim.AbstractPathPoint;
import org.neuromsk.io.osim.CoordinateCouplerConstraint;
import org.neuromsk.io.osim.OsimFunction;
import org.neuromsk.io.osim.PathActuator;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Builds the muscle paths (path points, wrap objects) and coordinate couplers of a model document
 * on top of its multibody system.
 */
final class PathLoader {

    private final OsimDocument<org.neuromsk.io.osim.Model> doc;
    private final MultibodyModel multibody;
    private final FrameLookup frames;
    private final Map<String, WrapDefinition> wrapObjects = new LinkedHashMap<>();

    /** Resolves a frame reference made by a component at a path. */
    interface FrameLookup {
        PhysicalFrame resolve(String owner, String reference, Object element);
    }

    private record WrapDefinition(org.neuromsk.io.osim.WrapObject xml, PhysicalFrame frame) {
    }

    PathLoader(OsimDocument<org.neuromsk.io.osim.Model> doc, MultibodyModel multibody, FrameLookup frames,
            Map<String, PhysicalFrame> framesByName) {
        this.doc = doc;
        this.multibody = multibody;
        this.frames = frames;
        org.neuromsk.io.osim.Model m = doc.root();
        if (m.ground() != null) {
            for (org.neuromsk.io.osim.WrapObject w : m.ground().wrapObjects()) {
                wrapObjects.put(w.name(), new WrapDefinition(w, framesByName.get("/ground")));
            }
        }
        for (org.neuromsk.io.osim.Body b : m.bodies()) {
            for (org.neuromsk.io.osim.WrapObject w : b.wrapObjects()) {
                wrapObjects.put(w.name(), new WrapDefinition(w, framesByName.get("/bodyset/" + b.name())));
            }
        }
    }

    /** @return the path of every path actuator (muscles included), by actuator name */
    Map<String, GeometryPath> paths() {
        Map<String, GeometryPath> out = new LinkedHashMap<>();
        for (org.neuromsk.io.osim.Force f : doc.root().forces()) {
            if (f instanceof PathActuator actuator && actuator.geometryPath().isPresent()) {
                out.put(actuator.name(), path(actuator, actuator.geometryPath().get()));
            }
        }
        return out;
    }

    /** @return the enforced coordinate couplers */
    List<CoordinateCoupler> couplers() {
        List<CoordinateCoupler> out = new ArrayList<>();
        for (org.neuromsk.io.osim.Constraint c : doc.root().constraints()) {
            if (!(c instanceof CoordinateCouplerConstraint cc) || Boolean.FALSE.equals(cc.isEnforced())) {
                continue;
            }
            List<String> independent = cc.independentCoordinateNames();
            if (independent.size() != 1) {
                throw doc.error(cc, "CoordinateCouplerConstraint '" + cc.name() + "' has " + independent.size()
                        + " independent coordinates; the embedded engine supports one");
            }
            Function f = cc.coupledCoordinatesFunction() == null ? null
                    : FunctionMapper.map(cc.coupledCoordinatesFunction());
            if (f == null) {
                throw doc.error(cc, "CoordinateCouplerConstraint '" + cc.name()
                        + "': coupled_coordinates_function is missing or of an unsupported type");
            }
            out.add(new CoordinateCoupler(coordinate(cc, cc.dependentCoordinateName()),
                    coordinate(cc, independent.get(0)), f, cc.scaleFactor()));
        }
        return out;
    }

    private GeometryPath path(PathActuator actuator, org.neuromsk.io.osim.GeometryPath xml) {
        String owner = "/forceset/" + actuator.name() + "/" + xml.name();
        List<PathPoint> points = new ArrayList<>();
        for (AbstractPathPoint p : xml.pathPoints()) {
            points.add(point(owner + "/" + p.name(), p));
        }
        List<PathWrap> wraps = new ArrayList<>();
        for (org.neuromsk.io.osim.PathWrap w : xml.pathWraps()) {
            wraps.add(wrap(actuator, w));
        }
        return new GeometryPath(actuator.name(), points, wraps);
    }

    private PathPoint point(String owner, AbstractPathPoint p) {
        PhysicalFrame frame = frames.resolve(owner, p.socketParentFrame(), p);
        if (p instanceof org.neuromsk.io.osim.ConditionalPathPoint c) {
            int q = optionalCoordinate(c, c.socketCoordinate());
            double min = c.range() == null ? Double.NEGATIVE_INFINITY : c.range().min();
            double max = c.range() == null ? Double.POSITIVE_INFINITY : c.range().max();
            return new ConditionalPathPoint(p.name(), frame, FrameResolver.vec(c.location()), q, min, max);
        }
        if (p instanceof org.neuromsk.io.osim.MovingPathPoint m) {
            OsimFunction[] xml = {m.xLocation(), m.yLocation(), m.zLocation()};
            String[] sockets = {m.socketXCoordinate(), m.socketYCoordinate(), m.socketZCoordinate()};
            Function[] f = new Function[3];
            int[] c = new int[3];
            double[] lo = new double[3];
            double[] hi = new double[3];
            for (int k = 0; k < 3; k++) {
                f[k] = xml[k] == null ? new Constant(0) : FunctionMapper.map(xml[k]);
                if (f[k] == null) {
                    throw doc.error(m, "MovingPathPoint '" + m.name() + "': function type " + xml[k].xmlTag()
                            + " is not supported");
                }
                c[k] = optionalCoordinate(m, sockets[k]);
                Coordinate coordinate = c[k] < 0 ? null : multibody.coordinates().get(c[k]);
                lo[k] = coordinate == null ? 0 : coordinate.rangeMin();
                hi[k] = coordinate == null ? 0 : coordinate.rangeMax();
            }
            return new MovingPathPoint(p.name(), frame, f, c, lo, hi);
        }
        if (p instanceof org.neuromsk.io.osim.PathPoint fixed) {
            return new FixedPathPoint(p.name(), frame, FrameResolver.vec(fixed.location()));
        }
        throw doc.error(p, "path point type " + p.xmlTag() + " is not supported");
    }

    private PathWrap wrap(PathActuator actuator, org.neuromsk.io.osim.PathWrap w) {
        WrapDefinition def = wrapObjects.get(w.wrapObject());
        if (def == null) {
            throw doc.error(w, "path of '" + actuator.name() + "' wraps over '" + w.wrapObject()
                    + "', which no body of the model has");
        }
        org.neuromsk.io.osim.WrapObject x = def.xml();
        Quadrant quadrant = isBlank(x.quadrant()) ? Quadrant.ALL : Quadrant.parse(x.quadrant());
        WrapObject geometry;
        if (x instanceof org.neuromsk.io.osim.WrapCylinder c) {
            geometry = new WrapCylinder(c.radius(), c.length(), quadrant);
        } else if (x instanceof org.neuromsk.io.osim.WrapEllipsoid e) {
            geometry = new WrapEllipsoid(e.dimensions().toArray(), quadrant,
                    isBlank(w.method()) ? EllipsoidMethod.HYBRID : EllipsoidMethod.parse(w.method()));
        } else if (x instanceof org.neuromsk.io.osim.WrapSphere s) {
            geometry = new WrapSphere(s.radius(), quadrant);
        } else {
            throw doc.error(x, "wrap object type " + x.xmlTag() + " ('" + x.name() + "') is not supported");
        }
        Transform pose = Transform.ofEulerXYZ(FrameResolver.vec(x.translation()), FrameResolver.vec(x.xyzBodyRotation()));
        int first = w.range() == null || w.range().first() < 1 ? -1 : w.range().first() - 1;
        int last = w.range() == null || w.range().last() < 1 ? -1 : w.range().last() - 1;
        return new PathWrap(x.name(), geometry, def.frame(), pose, x.active(), first, last);
    }

    private int coordinate(Object element, String nameOrPath) {
        String name = lastSegment(nameOrPath);
        if (!multibody.hasCoordinate(name)) {
            throw doc.error(element, "'" + nameOrPath + "' names no coordinate of the model");
        }
        return multibody.coordinateIndex(name);
    }

    private int optionalCoordinate(Object element, String socket) {
        return socket == null || socket.isBlank() ? -1 : coordinate(element, socket);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String lastSegment(String path) {
        String p = path.trim();
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }
}
