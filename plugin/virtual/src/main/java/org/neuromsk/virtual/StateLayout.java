package org.neuromsk.virtual;

import java.util.List;

import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.error.NeuroMskException;

/**
 * Where the elbow angle, its speed and each muscle's activation and fibre length sit in a
 * {@link ForwardModel}'s state vector.
 *
 * @param angle index of the elbow angle (rad)
 * @param speed index of its speed (rad/s)
 * @param activation per muscle in {@link ElbowMuscles#ALL} order, index of its activation
 * @param fiberLength per muscle, index of its fibre length (m)
 */
record StateLayout(int angle, int speed, int[] activation, int[] fiberLength) {

    /**
     * @param forward the simulation's view of an elbow model
     * @return its layout
     * @throws NeuroMskException if a muscle has no activation or fibre-length state
     */
    static StateLayout of(ForwardModel forward) {
        List<String> names = forward.stateNames();
        int[] order = forward.openSimOrder();
        int n = ElbowMuscles.ALL.size();
        int[] act = new int[n];
        int[] fib = new int[n];
        for (int m = 0; m < n; m++) {
            act[m] = order[require(names, "/forceset/" + ElbowMuscles.ALL.get(m) + "/activation")];
            fib[m] = order[require(names, "/forceset/" + ElbowMuscles.ALL.get(m) + "/fiber_length")];
        }
        String coordinate = "/jointset/" + forward.model().multibody().mobilizedBodyOfCoordinate(0).joint().name() + "/"
                + ElbowMuscles.COORDINATE;
        return new StateLayout(order[require(names, coordinate + "/value")],
                order[require(names, coordinate + "/speed")], act, fib);
    }

    private static int require(List<String> names, String state) {
        int i = names.indexOf(state);
        if (i < 0) {
            throw new NeuroMskException("the elbow model has no state '" + state + "'");
        }
        return i;
    }
}
