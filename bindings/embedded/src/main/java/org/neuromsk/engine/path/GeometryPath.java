package org.neuromsk.engine.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neuromsk.engine.multibody.Kinematics;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.engine.wrap.WrapCode;
import org.neuromsk.engine.wrap.WrapResult;
import org.neuromsk.engine.wrap.WrapState;

/**
 * A muscle's path as OpenSim's GeometryPath computes it: the active points of its point set in order,
 * then each PathWrap tried on the segments of its span (up to 8 passes when there are several wraps,
 * stopping once the length changes by less than 0.5 mm). A PathWrap remembers a little of its last
 * wrap, so evaluating poses in time order reproduces OpenSim; {@link #newWrapStates()} gives the
 * starting memory.
 *
 * <p>Quirk kept from OpenSim 4.5.2: a tangent point's Ground location is cached the first time it
 * is read during a path computation, and moving the point in a later pass does not refresh that
 * cache. So with several wraps, the reported length, the ranking of optional wraps and the force
 * directions use each tangent point's Ground location from the pass that first inserted it, while
 * the wrap objects themselves (and the points where forces act) use its current location. The
 * arc lengths are always current.
 */
public final class GeometryPath {

    private static final int MAX_PASSES = 8;
    private static final double LENGTH_CONVERGENCE = 0.0005;

    private final String name;
    private final List<PathPoint> points;
    private final List<PathWrap> wraps;

    /**
     * @param name the owner's name (for messages)
     * @param points the path point set, in order
     * @param wraps the path wrap set, in order
     */
    public GeometryPath(String name, List<PathPoint> points, List<PathWrap> wraps) {
        this.name = Objects.requireNonNull(name, "name");
        this.points = List.copyOf(points);
        this.wraps = List.copyOf(wraps);
    }

    /** @return the owner's name */
    public String name() {
        return name;
    }

    /** @return the path point set */
    public List<PathPoint> points() {
        return points;
    }

    /** @return the path wrap set */
    public List<PathWrap> wraps() {
        return wraps;
    }

    /** @return one fresh memory per PathWrap */
    public WrapState[] newWrapStates() {
        WrapState[] s = new WrapState[wraps.size()];
        java.util.Arrays.fill(s, WrapState.INITIAL);
        return s;
    }

    /**
     * @param pose kinematics realized to positions at q
     * @param q coordinate values in tree order (rad, m)
     * @param wrapStates the PathWraps' memories, updated in place
     * @return the path at this pose
     */
    public CurrentPath compute(Kinematics pose, double[] q, WrapState[] wrapStates) {
        List<CurrentPath.Point> path = new ArrayList<>();
        List<Integer> sourceIndex = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            PathPoint p = points.get(i);
            if (p.isActive(q)) {
                Vec3 local = p.location(q);
                path.add(new CurrentPath.Point(p.frame(), local, pose.frameTransform(p.frame()).apply(local),
                        p instanceof MovingPathPoint m ? m : null, -1, 0));
                sourceIndex.add(i);
            }
        }
        if (!wraps.isEmpty() && !path.isEmpty()) {
            applyWraps(pose, q, path, sourceIndex, wrapStates);
        }
        return new CurrentPath(List.copyOf(path), CurrentPath.lengthOf(path));
    }

    private void applyWraps(Kinematics pose, double[] q, List<CurrentPath.Point> path, List<Integer> sourceIndex,
            WrapState[] states) {
        int n = wraps.size();
        int[] order = new int[n];
        WrapCode[] result = new WrapCode[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int passes = n < 2 ? 1 : MAX_PASSES;
        Vec3[][] firstGround = new Vec3[n][2];
        double lastLength = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < n; k++) {
                int w = order[k];
                result[k] = WrapCode.NO_WRAP;
                removeWrapPoints(path, sourceIndex, w);
                PathWrap wrap = wraps.get(w);
                if (!wrap.active()) {
                    continue;
                }
                int[] span = span(wrap, q, path, sourceIndex);
                if (span == null) {
                    return;
                }
                result[k] = wrapSpan(pose, wrap, w, span, path, sourceIndex, states, firstGround, n == 1);
            }
            double length = CurrentPath.lengthOf(path);
            if (Math.abs(length - lastLength) < LENGTH_CONVERGENCE) {
                break;
            }
            lastLength = length;
            if (pass == 0 && n > 1 && result[0] == WrapCode.NO_WRAP && result[1] == WrapCode.INSIDE_RADIUS) {
                order[0] = 1;
                order[1] = 0;
                removeWrapPoints(path, sourceIndex, 0);
            }
        }
    }

    /** @return indices in the current path of the first and last active points of the wrap's span, or null */
    private int[] span(PathWrap wrap, double[] q, List<CurrentPath.Point> path, List<Integer> sourceIndex) {
        int startSource = wrap.first() < 0 ? 0 : wrap.first();
        int endSource = wrap.last() < 0 ? points.size() - 1 : wrap.last();
        int fwd = startSource;
        while (fwd <= endSource && !points.get(fwd).isActive(q)) {
            fwd++;
        }
        int rev = endSource;
        while (rev >= startSource && !points.get(rev).isActive(q)) {
            rev--;
        }
        if (fwd > endSource || rev < startSource) {
            return null;
        }
        int start = sourceIndex.indexOf(fwd);
        int end = sourceIndex.indexOf(rev);
        return start < 0 || end < 0 ? null : new int[] {start, end};
    }

    /**
     * Tries the wrap on each segment of its span and inserts its tangent points on the chosen one.
     * The wrap sees every point where it is now (frame pose times local location), while lengths,
     * the ranking of optional wraps and the inserted points' Ground locations use
     * {@link CurrentPath.Point#ground()}, which for a tangent point is {@code firstGround}.
     */
    private WrapCode wrapSpan(Kinematics pose, PathWrap wrap, int w, int[] span, List<CurrentPath.Point> path,
            List<Integer> sourceIndex, WrapState[] states, Vec3[][] firstGround, boolean singleWrap) {
        Transform groundFromFrame = pose.frameTransform(wrap.frame());
        Transform groundToWrap = groundFromFrame.times(wrap.wrapInFrame());
        Transform wrapFromGround = groundToWrap.inverse();
        WrapResult best = null;
        int bestSegment = -1;
        WrapCode code = WrapCode.NO_WRAP;
        double minChange = Double.POSITIVE_INFINITY;
        for (int a = span[0]; a < span[1]; a++) {
            CurrentPath.Point p1 = path.get(a);
            CurrentPath.Point p2 = path.get(a + 1);
            if (p1.sameWrapAs(p2)) {
                continue;
            }
            double[] w1 = array(wrapFromGround.apply(currentLocation(pose, p1)));
            double[] w2 = array(wrapFromGround.apply(currentLocation(pose, p2)));
            WrapResult r = wrap.geometry().wrap(w1, w2, states[w], !singleWrap);
            code = r.code();
            if (code == WrapCode.MANDATORY_WRAP) {
                best = r;
                bestSegment = a;
                states[w] = r.state();
                break;
            }
            if (code == WrapCode.WRAPPED) {
                double change = lengthChange(p1.ground(), p2.ground(), groundToWrap, r);
                if (change < minChange) {
                    best = r;
                    bestSegment = a;
                    states[w] = r.state();
                    minChange = change;
                }
            }
        }
        if (best != null && best.insertsWrap()) {
            Transform frameFromWrap = wrap.wrapInFrame();
            Vec3 t1Local = frameFromWrap.apply(vec(best.r1()));
            Vec3 t2Local = frameFromWrap.apply(vec(best.r2()));
            // Caching on insertion equals OpenSim's caching on first read: the end-of-pass length
            // reads the points before this wrap can move them again.
            if (firstGround[w][0] == null) {
                firstGround[w][0] = groundFromFrame.apply(t1Local);
                firstGround[w][1] = groundFromFrame.apply(t2Local);
            }
            path.add(bestSegment + 1, new CurrentPath.Point(wrap.frame(), t1Local, firstGround[w][0], null, w, 0));
            path.add(bestSegment + 2, new CurrentPath.Point(wrap.frame(), t2Local, firstGround[w][1], null, w,
                    best.arcLength()));
            sourceIndex.add(bestSegment + 1, -1);
            sourceIndex.add(bestSegment + 2, -1);
        }
        return code;
    }

    /** @return where the point is at this pose (m): its frame's pose applied to its local location */
    private static Vec3 currentLocation(Kinematics pose, CurrentPath.Point p) {
        return p.wrap() < 0 ? p.ground() : pose.frameTransform(p.frame()).apply(p.local());
    }

    /**
     * OpenSim's ranking of an optional wrap: |g1 − r1| + arc + |r2 − g2| − |g1 − g2| (m), with the
     * segment's end points taken as the path reports them ({@link CurrentPath.Point#ground()}).
     */
    private static double lengthChange(Vec3 g1, Vec3 g2, Transform groundToWrap, WrapResult r) {
        Vec3 r1 = groundToWrap.apply(vec(r.r1()));
        Vec3 r2 = groundToWrap.apply(vec(r.r2()));
        return g1.minus(r1).norm() + r.arcLength() + g2.minus(r2).norm() - g1.minus(g2).norm();
    }

    private static void removeWrapPoints(List<CurrentPath.Point> path, List<Integer> sourceIndex, int w) {
        for (int j = 0; j < path.size(); j++) {
            if (path.get(j).wrap() == w) {
                path.remove(j);
                path.remove(j);
                sourceIndex.remove(j);
                sourceIndex.remove(j);
                return;
            }
        }
    }

    private static double[] array(Vec3 v) {
        return new double[] {v.x(), v.y(), v.z()};
    }

    private static Vec3 vec(double[] a) {
        return new Vec3(a[0], a[1], a[2]);
    }
}
