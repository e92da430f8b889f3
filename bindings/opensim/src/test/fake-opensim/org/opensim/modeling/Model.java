package org.opensim.modeling;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Fake model read from a properties file (see the adapter's tests for the keys). Coordinates are listed
 * in tree order under {@code coordinates}; the coordinate set uses {@code coordinateSetOrder} when
 * given, so that tree order and set order can differ as in real models.
 */
public class Model {

    /** q[dependent] = factor * q[independent], enforced by assemble(). */
    record Coupler(int dependent, int independent, double factor) {
    }

    final Properties properties;
    final String name;
    final List<Coordinate> tree = new ArrayList<>();
    final CoordinateSet coordinateSet;
    final List<Joint> joints = new ArrayList<>();
    final List<Muscle> muscles = new ArrayList<>();
    Coupler coupler;
    State working;
    boolean deleted;

    public Model(String file) throws IOException {
        this(read(file));
    }

    Model(Properties p) throws IOException {
        properties = p;
        if (p.containsKey("broken")) {
            throw new IOException("Object::newInstanceOfType(): No object of type '" + p.getProperty("broken")
                    + "' is registered.\nCheck the file.");
        }
        name = p.getProperty("name");
        for (String c : list(p, "coordinates")) {
            tree.add(new Coordinate(tree.size(), c, p.getProperty("coordinate." + c).split("\\|")));
        }
        List<Coordinate> setOrder = new ArrayList<>();
        for (String c : p.containsKey("coordinateSetOrder") ? list(p, "coordinateSetOrder") : list(p, "coordinates")) {
            setOrder.add(coordinate(c));
        }
        coordinateSet = new CoordinateSet(setOrder);
        for (String j : list(p, "joints")) {
            String[] f = p.getProperty("joint." + j).split("\\|");
            List<Coordinate> cs = new ArrayList<>();
            for (String c : f.length > 2 ? f[2].split(",") : new String[0]) {
                cs.add(coordinate(c));
            }
            Joint joint = new Joint(j, f[0], f[1], cs);
            cs.forEach(c -> c.joint = joint);
            joints.add(joint);
        }
        for (String m : list(p, "muscles")) {
            Muscle muscle = new Muscle(this, muscles.size(), m, p.getProperty("muscle." + m).split("\\|"));
            for (String arm : list(p, "muscle." + m + ".arms")) {
                String[] kv = arm.split(":");
                muscle.arms.put(coordinate(kv[0]).index, Double.parseDouble(kv[1]));
            }
            for (String body : list(p, "muscle." + m + ".points")) {
                muscle.points.add(new AbstractPathPoint(body));
            }
            muscles.add(muscle);
        }
        if (p.containsKey("coupler")) {
            String[] f = p.getProperty("coupler").split(":");
            coupler = new Coupler(coordinate(f[0]).index, coordinate(f[1]).index, Double.parseDouble(f[2]));
            coordinate(f[0]).dependent = true;
        }
    }

    private static Properties read(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IOException("Could not open file " + file);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }

    Coordinate coordinate(String c) {
        return tree.stream().filter(x -> x.name.equals(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fake model has no coordinate " + c));
    }

    void checkStage(State s, int stage, String what) {
        if (deleted) {
            throw new IllegalStateException("fake: model " + name + " used after delete()");
        }
        if (s.stage < stage) {
            throw new RuntimeException(what + ": expected stage " + stage + " but the state is at stage " + s.stage);
        }
    }

    /** @return the properties with the muscles' current parameters, for clone() and print() */
    Properties current() {
        Properties p = new Properties();
        p.putAll(properties);
        for (Muscle m : muscles) {
            String[] f = p.getProperty("muscle." + m.name).split("\\|");
            f[1] = Double.toString(m.maxIsometricForce);
            f[2] = Double.toString(m.optimalFiberLength);
            f[3] = Double.toString(m.tendonSlackLength);
            f[4] = Double.toString(m.pennation);
            f[5] = Double.toString(m.maxContractionVelocity);
            p.setProperty("muscle." + m.name, String.join("|", f));
        }
        return p;
    }

    @Override
    public Model clone() {
        try {
            return new Model(current());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public State initSystem() {
        working = new State(this, tree.size(), muscles.size());
        for (Coordinate c : tree) {
            working.q[c.index] = c.defaultValue;
        }
        Arrays.fill(working.activation, 0.05);
        return working;
    }

    public String getName() {
        return name;
    }

    public CoordinateSet getCoordinateSet() {
        return coordinateSet;
    }

    public SimTKArrayString getCoordinateNamesInMultibodyTreeOrder() {
        return new SimTKArrayString(tree.stream().map(Coordinate::getName).toList());
    }

    public JointSet getJointSet() {
        return new JointSet(joints);
    }

    public ConstraintSet getConstraintSet() {
        return new ConstraintSet(coupler == null ? 0 : 1);
    }

    public SetMuscles getMuscles() {
        return new SetMuscles(muscles);
    }

    public void assemble(State s) {
        if (coupler != null) {
            s.q[coupler.dependent()] = coupler.factor() * s.q[coupler.independent()];
        }
        s.stage = Math.max(s.stage, 1);
    }

    public void realizePosition(State s) {
        s.stage = Math.max(s.stage, 1);
    }

    public void realizeVelocity(State s) {
        s.stage = Math.max(s.stage, 2);
    }

    public void realizeDynamics(State s) {
        s.stage = Math.max(s.stage, 3);
    }

    public void equilibrateMuscles(State s) {
        realizeVelocity(s);
        for (Muscle m : muscles) {
            s.fiberLength[m.index] = m.getLength(s) - m.tendonSlackLength;
        }
    }

    public boolean print(String file) {
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            current().store(out, "fake model " + name);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public void delete() {
        deleted = true;
    }
}
