package org.neuromsk.opensim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's joints as a tree of bodies, to tell which coordinates a muscle path can span: those of
 * the joints between consecutive bodies its points are fixed to.
 */
final class JointTree {

    /**
     * A joint.
     *
     * @param name joint name
     * @param parentBody base body (or ground) of its parent frame
     * @param childBody base body of its child frame
     * @param coordinates its coordinates' names
     */
    record Joint(String name, String parentBody, String childBody, List<String> coordinates) {
        Joint {
            coordinates = List.copyOf(coordinates);
        }
    }

    private final Map<String, Joint> jointOfChild = new HashMap<>();
    private final List<String> coordinateOrder;

    /**
     * @param joints every joint of the model
     * @param coordinateOrder every coordinate name, in the order results are to be given
     */
    JointTree(List<Joint> joints, List<String> coordinateOrder) {
        for (Joint j : joints) {
            jointOfChild.put(j.childBody(), j);
        }
        this.coordinateOrder = List.copyOf(coordinateOrder);
    }

    /**
     * @param bodies the bodies of a path's points, in path order
     * @return coordinates of the joints between consecutive distinct bodies, in {@code coordinateOrder}
     */
    List<String> spannedCoordinates(List<String> bodies) {
        Set<String> joints = new LinkedHashSet<>();
        String previous = null;
        for (String b : bodies) {
            if (previous != null && !previous.equals(b)) {
                joints.addAll(jointsBetween(previous, b));
            }
            previous = b;
        }
        Set<String> coordinates = new LinkedHashSet<>();
        for (Joint j : jointOfChild.values()) {
            if (joints.contains(j.name())) {
                coordinates.addAll(j.coordinates());
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : coordinateOrder) {
            if (coordinates.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return joints on the tree path between two bodies (those not shared by their chains to the root) */
    private Set<String> jointsBetween(String a, String b) {
        List<String> up = chain(a);
        List<String> other = chain(b);
        Set<String> result = new LinkedHashSet<>();
        for (String j : up) {
            if (!other.contains(j)) {
                result.add(j);
            }
        }
        for (String j : other) {
            if (!up.contains(j)) {
                result.add(j);
            }
        }
        return result;
    }

    /** @return joint names from a body up to the root */
    private List<String> chain(String body) {
        List<String> joints = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String current = body;
        while (jointOfChild.containsKey(current) && seen.add(current)) {
            Joint j = jointOfChild.get(current);
            joints.add(j.name());
            current = j.parentBody();
        }
        return joints;
    }
}
