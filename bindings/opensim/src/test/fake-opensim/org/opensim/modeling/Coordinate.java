package org.opensim.modeling;

/** Fake coordinate: a slot in the state's q and u. */
public class Coordinate {

    /** As SWIG generates nested C++ enums. */
    public enum MotionType { Undefined, Rotational, Translational, Coupled }

    final int index;
    final String name;
    final MotionType motionType;
    Joint joint;
    final double min;
    final double max;
    final double defaultValue;
    final boolean locked;
    final boolean clamped;
    final double idGain;
    boolean dependent;

    Coordinate(int index, String name, String[] f) {
        this.index = index;
        this.name = name;
        motionType = MotionType.valueOf(f[0]);
        min = Double.parseDouble(f[2]);
        max = Double.parseDouble(f[3]);
        defaultValue = Double.parseDouble(f[4]);
        locked = Boolean.parseBoolean(f[5]);
        clamped = Boolean.parseBoolean(f[6]);
        idGain = Double.parseDouble(f[7]);
    }

    public String getName() {
        return name;
    }

    public MotionType getMotionType() {
        return motionType;
    }

    public Joint getJoint() {
        return joint;
    }

    public double getRangeMin() {
        return min;
    }

    public double getRangeMax() {
        return max;
    }

    public double getDefaultValue() {
        return defaultValue;
    }

    public boolean getDefaultLocked() {
        return locked;
    }

    public boolean getDefaultClamped() {
        return clamped;
    }

    public boolean isDependent(State s) {
        return dependent;
    }

    public void setValue(State s, double value, boolean enforceConstraints) {
        if (locked) {
            throw new IllegalStateException("fake: the adapter must not set locked coordinate " + name);
        }
        s.q[index] = value;
        s.stage = 0;
    }

    public void setSpeedValue(State s, double value) {
        s.u[index] = value;
        s.stage = 0;
    }

    public double getValue(State s) {
        return s.q[index];
    }

    public double getSpeedValue(State s) {
        return s.u[index];
    }
}
