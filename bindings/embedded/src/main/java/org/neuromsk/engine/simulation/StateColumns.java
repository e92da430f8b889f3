package org.neuromsk.engine.simulation;

import java.util.List;

/**
 * Finds a state's column in a states table as OpenSim's TableUtilities.findStateLabelIndex does, so
 * that files with OpenSim 4 names, shortened 4.0-beta paths or OpenSim 3 names all work: the exact
 * name; then the name with leading path elements removed one at a time; then its last element; then,
 * for {@code .../<coord>/value} the bare coordinate name, for {@code .../<coord>/speed}
 * {@code <coord>_u}, and otherwise the last two elements joined by a dot
 * ({@code <muscle>.activation}).
 */
final class StateColumns {

    private StateColumns() {
    }

    /**
     * @param labels the table's column labels (time excluded)
     * @param state an OpenSim 4 state name
     * @return the index of its column, or -1
     */
    static int find(List<String> labels, String state) {
        int found = labels.indexOf(state);
        if (found >= 0) {
            return found;
        }
        String shorter = state;
        int slash = shorter.indexOf('/');
        while (slash >= 0) {
            shorter = shorter.substring(slash + 1);
            found = labels.indexOf(shorter);
            if (found >= 0) {
                return found;
            }
            slash = shorter.indexOf('/');
        }
        int back = state.lastIndexOf('/');
        String prefix = back < 0 ? "" : state.substring(0, back);
        String last = state.substring(back + 1);
        found = labels.indexOf(last);
        if (found >= 0 || back < 0) {
            return found;
        }
        String owner = prefix.substring(prefix.lastIndexOf('/') + 1);
        if (last.equals("value")) {
            return labels.indexOf(owner);
        }
        if (last.equals("speed")) {
            return labels.indexOf(owner + "_u");
        }
        return labels.indexOf(owner + "." + last);
    }
}
