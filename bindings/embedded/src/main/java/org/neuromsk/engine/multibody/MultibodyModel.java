package org.neuromsk.engine.multibody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neuromsk.engine.multibody.joint.Coordinate;
import org.neuromsk.engine.multibody.joint.Joint;
import org.neuromsk.engine.multibody.joint.MotionType;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.error.NeuroMskException;

/**
 * An immutable tree of bodies connected to Ground by joints, with coordinates in multibody tree
 * order: joints in the order they were added (each parent body's joint before its children's),
 * each joint's coordinates in its own order. Body index 0 is Ground; bodies 1..n follow the joint
 * order. Build one with {@link #builder()}; evaluate it with {@link Kinematics} and
 * {@link InverseDynamics}.
 */
public final class MultibodyModel {

    private final List<MobilizedBody> mobilizedBodies;
    private final List<Body> bodies;
    private final List<Coordinate> coordinates;
    private final List<MotionType> motionTypes;
    private final int[] coordinateMobod;
    private final Map<PhysicalFrame, Integer> bodyIndexByBase;
    private final Map<String, Integer> coordinateIndexByName;
    private final Map<String, Body> bodyByName;
    private final Map<String, MobilizedBody> mobodByJointName;

    // Flat per-mobilized-body constants for the kinematics loops (index i = bodyIndex − 1).
    final int[] parentIndex;
    final int[] firstCoordinate;
    final double[] rotationPF;
    final double[] translationPF;
    final double[] rotationMB;
    final double[] translationMB;
    // Flat per-body mass properties (index = bodyIndex; entry 0 is Ground and unused).
    final double[] mass;
    final double[] massCenter;
    final double[] inertia;

    private MultibodyModel(List<MobilizedBody> mobods) {
        this.mobilizedBodies = List.copyOf(mobods);
        int n = mobods.size();
        List<Body> bodyList = new ArrayList<>();
        List<Coordinate> coords = new ArrayList<>();
        List<MotionType> types = new ArrayList<>();
        List<Integer> coordMobod = new ArrayList<>();
        bodyIndexByBase = new IdentityHashMap<>();
        bodyIndexByBase.put(Ground.INSTANCE, 0);
        coordinateIndexByName = new HashMap<>();
        bodyByName = new HashMap<>();
        mobodByJointName = new HashMap<>();
        parentIndex = new int[n];
        firstCoordinate = new int[n];
        rotationPF = new double[9 * n];
        translationPF = new double[3 * n];
        rotationMB = new double[9 * n];
        translationMB = new double[3 * n];
        mass = new double[n + 1];
        massCenter = new double[3 * (n + 1)];
        inertia = new double[6 * (n + 1)];
        for (int i = 0; i < n; i++) {
            MobilizedBody m = mobods.get(i);
            bodyList.add(m.body());
            bodyIndexByBase.put(m.body(), m.bodyIndex());
            bodyByName.put(m.body().name(), m.body());
            mobodByJointName.put(m.joint().name(), m);
            for (int k = 0; k < m.joint().numCoordinates(); k++) {
                coordinateIndexByName.put(m.joint().coordinate(k).name(), coords.size());
                coords.add(m.joint().coordinate(k));
                types.add(m.joint().motionType(k));
                coordMobod.add(i);
            }
            parentIndex[i] = m.parentBodyIndex();
            firstCoordinate[i] = m.firstCoordinate();
            Transform pf = m.parentFrame().transformInBase();
            pf.rotation().copyTo(rotationPF, 9 * i);
            pf.translation().copyTo(translationPF, 3 * i);
            Transform mb = m.childFrame().transformInBase().inverse();
            mb.rotation().copyTo(rotationMB, 9 * i);
            mb.translation().copyTo(translationMB, 3 * i);
            Body b = m.body();
            int bi = m.bodyIndex();
            mass[bi] = b.mass();
            b.massCenter().copyTo(massCenter, 3 * bi);
            Inertia in = b.inertiaAboutMassCenter();
            inertia[6 * bi] = in.ixx();
            inertia[6 * bi + 1] = in.iyy();
            inertia[6 * bi + 2] = in.izz();
            inertia[6 * bi + 3] = in.ixy();
            inertia[6 * bi + 4] = in.ixz();
            inertia[6 * bi + 5] = in.iyz();
        }
        this.bodies = List.copyOf(bodyList);
        this.coordinates = List.copyOf(coords);
        this.motionTypes = List.copyOf(types);
        this.coordinateMobod = coordMobod.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return a builder for a new model */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the mobilized bodies in tree order; element i has body index i + 1 */
    public List<MobilizedBody> mobilizedBodies() {
        return mobilizedBodies;
    }

    /** @return the number of bodies, Ground excluded */
    public int numBodies() {
        return bodies.size();
    }

    /** @return the bodies in tree order (body index i + 1 at position i) */
    public List<Body> bodies() {
        return bodies;
    }

    /**
     * @param name a body name
     * @return the body
     * @throws NeuroMskException if there is none
     */
    public Body body(String name) {
        Body b = bodyByName.get(name);
        if (b == null) {
            throw new NeuroMskException("model has no body '" + name + "'");
        }
        return b;
    }

    /**
     * @param frame any frame of this model (Ground, a body, or an offset frame on either)
     * @return the index of the frame's base: 0 for Ground, 1..numBodies for bodies
     * @throws NeuroMskException if the frame is not attached to this model
     */
    public int bodyIndex(PhysicalFrame frame) {
        Integer i = bodyIndexByBase.get(frame.base());
        if (i == null) {
            throw new NeuroMskException("frame '" + frame.name() + "' is not attached to this model");
        }
        return i;
    }

    /**
     * @param name a joint name
     * @return the mobilized body whose joint has that name
     * @throws NeuroMskException if there is none
     */
    public MobilizedBody mobilizedBodyOfJoint(String name) {
        MobilizedBody m = mobodByJointName.get(name);
        if (m == null) {
            throw new NeuroMskException("model has no joint '" + name + "'");
        }
        return m;
    }

    /** @return the number of coordinates (= generalized speeds) */
    public int numCoordinates() {
        return coordinates.size();
    }

    /** @return all coordinates in multibody tree order */
    public List<Coordinate> coordinates() {
        return coordinates;
    }

    /**
     * @param i coordinate index in tree order
     * @return its motion type
     */
    public MotionType motionType(int i) {
        return motionTypes.get(i);
    }

    /**
     * @param i coordinate index in tree order
     * @return the mobilized body whose joint owns it
     */
    public MobilizedBody mobilizedBodyOfCoordinate(int i) {
        return mobilizedBodies.get(coordinateMobod[i]);
    }

    /**
     * @param name a coordinate name
     * @return whether the model has it
     */
    public boolean hasCoordinate(String name) {
        return coordinateIndexByName.containsKey(name);
    }

    /**
     * @param name a coordinate name
     * @return its index in tree order
     * @throws NeuroMskException if there is none
     */
    public int coordinateIndex(String name) {
        Integer i = coordinateIndexByName.get(name);
        if (i == null) {
            throw new NeuroMskException("model has no coordinate '" + name + "'");
        }
        return i;
    }

    /** @return every coordinate's default value, tree order (rad or m) */
    public double[] defaultPositions() {
        return coordinates.stream().mapToDouble(Coordinate::defaultValue).toArray();
    }

    /** @return every coordinate's default speed, tree order (rad/s or m/s) */
    public double[] defaultSpeeds() {
        return coordinates.stream().mapToDouble(Coordinate::defaultSpeed).toArray();
    }

    /**
     * Collects joints in tree order and checks the topology when built.
     */
    public static final class Builder {

        private record Entry(Joint joint, PhysicalFrame parent, PhysicalFrame child) {
        }

        private final List<Entry> entries = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a joint. Joints must come in tree order: the joint that connects a body must be added
         * before any joint whose parent frame is on that body.
         *
         * @param joint the mobilizer
         * @param parentFrame F, on Ground or on the body of an earlier joint
         * @param childFrame M, on the body this joint connects (a body not connected yet)
         * @return this builder
         */
        public Builder addJoint(Joint joint, PhysicalFrame parentFrame, PhysicalFrame childFrame) {
            entries.add(new Entry(Objects.requireNonNull(joint, "joint"),
                    Objects.requireNonNull(parentFrame, "parentFrame"),
                    Objects.requireNonNull(childFrame, "childFrame")));
            return this;
        }

        /**
         * @return the model
         * @throws NeuroMskException on a duplicate name, a body connected twice, a child frame on
         *     Ground, or joints out of tree order
         */
        public MultibodyModel build() {
            Map<PhysicalFrame, Integer> childJoint = new IdentityHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                PhysicalFrame childBase = e.child().base();
                if (!(childBase instanceof Body)) {
                    throw new NeuroMskException("joint '" + e.joint().name() + "': child frame '" + e.child().name()
                            + "' is fixed to ground; the child must be on a body");
                }
                Integer previous = childJoint.put(childBase, i);
                if (previous != null) {
                    throw new NeuroMskException("body '" + childBase.name() + "' is the child of two joints, '"
                            + entries.get(previous).joint().name() + "' and '" + e.joint().name()
                            + "'; closed loops need a constraint, not a second joint");
                }
            }
            Map<String, String> names = new HashMap<>();
            Map<String, String> coordinateNames = new HashMap<>();
            Map<PhysicalFrame, Integer> placed = new IdentityHashMap<>();
            placed.put(Ground.INSTANCE, 0);
            List<MobilizedBody> mobods = new ArrayList<>();
            int coordinate = 0;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                String jointName = e.joint().name();
                PhysicalFrame parentBase = e.parent().base();
                Body child = (Body) e.child().base();
                if (parentBase == child) {
                    throw new NeuroMskException("joint '" + jointName + "' connects body '" + child.name()
                            + "' to itself");
                }
                Integer parentIndex = placed.get(parentBase);
                if (parentIndex == null) {
                    Integer later = childJoint.get(parentBase);
                    if (later == null) {
                        throw new NeuroMskException("joint '" + jointName + "': parent body '" + parentBase.name()
                                + "' is not connected to ground by any joint");
                    }
                    throw new NeuroMskException("joint '" + jointName + "' (position " + (i + 1)
                            + ") comes before joint '" + entries.get(later).joint().name() + "' (position "
                            + (later + 1) + ") that connects its parent body '" + parentBase.name()
                            + "'; add joints parents first");
                }
                unique(names, "joint " + jointName, "joint:" + jointName);
                unique(names, "body " + child.name(), "body:" + child.name());
                if (child.name().equals(Ground.INSTANCE.name())) {
                    throw new NeuroMskException("a body may not be named 'ground'");
                }
                for (Coordinate c : e.joint().coordinates()) {
                    String owner = coordinateNames.putIfAbsent(c.name(), jointName);
                    if (owner != null) {
                        throw new NeuroMskException("coordinate '" + c.name() + "' appears in joints '" + owner
                                + "' and '" + jointName + "'; coordinate names must be unique");
                    }
                }
                int bodyIndex = mobods.size() + 1;
                placed.put(child, bodyIndex);
                mobods.add(new MobilizedBody(bodyIndex, child, e.joint(), e.parent(), e.child(), parentIndex,
                        coordinate));
                coordinate += e.joint().numCoordinates();
            }
            return new MultibodyModel(Collections.unmodifiableList(mobods));
        }

        private static void unique(Map<String, String> seen, String what, String key) {
            if (seen.put(key, what) != null) {
                throw new NeuroMskException("duplicate " + what + " in model");
            }
        }
    }
}
