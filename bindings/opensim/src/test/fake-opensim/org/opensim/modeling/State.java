package org.opensim.modeling;

/** Fake state: time, q, u and two numbers per muscle. */
public class State {
    final Model model;
    double time;
    final double[] q;
    final double[] u;
    final double[] activation;
    final double[] fiberLength;
    boolean deleted;
    /** 0 after a change of q or u, 1 position, 2 velocity, 3 dynamics (as SimTK's stages). */
    int stage;

    State(Model model, int nq, int nm) {
        this.model = model;
        q = new double[nq];
        u = new double[nq];
        activation = new double[nm];
        fiberLength = new double[nm];
        java.util.Arrays.fill(fiberLength, Double.NaN);
    }

    public State(State other) {
        model = other.model;
        time = other.time;
        q = other.q.clone();
        u = other.u.clone();
        activation = other.activation.clone();
        fiberLength = other.fiberLength.clone();
    }

    public void setTime(double t) {
        time = t;
    }

    public double getTime() {
        return time;
    }

    public void delete() {
        deleted = true;
    }
}
