package org.neuromsk.virtual;

import java.util.List;

import org.neuromsk.engine.model.Model;
import org.neuromsk.error.NeuroMskException;

/** The elbow model's coordinate and muscles, by role. */
public final class ElbowMuscles {

    /** The elbow flexion coordinate (rad), positive in flexion. */
    public static final String COORDINATE = "r_elbow_flex";
    /** The body that carries the hand-held load. */
    public static final String LOAD_BODY = "load";
    /** Every muscle, in the model's force-set order. */
    public static final List<String> ALL = List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed");
    /** Muscles with a positive moment arm about {@link #COORDINATE}. */
    public static final List<String> FLEXORS = List.of("BIClong", "BICshort", "BRA", "BRD");
    /** Muscles with a negative moment arm about {@link #COORDINATE}. */
    public static final List<String> EXTENSORS = List.of("TRIlong", "TRIlat", "TRImed");
    /** Muscles a surface electrode records. */
    public static final List<String> SURFACE = List.of("BIClong", "BICshort", "BRD", "TRIlong", "TRIlat");
    /** Deep muscles: no EMG is given for them. */
    public static final List<String> HIDDEN = List.of("BRA", "TRImed");

    private ElbowMuscles() {
    }

    /**
     * @param muscle a muscle name
     * @return whether it is a flexor
     */
    public static boolean isFlexor(String muscle) {
        return FLEXORS.contains(muscle);
    }

    /**
     * @param model a model
     * @throws NeuroMskException naming what is missing when the model lacks the elbow coordinate or the
     *     load body, lacks one of the muscles or has others
     */
    public static void require(Model model) {
        String where = model.file().map(Object::toString).orElse("model '" + model.name() + "'");
        if (!model.multibody().hasCoordinate(COORDINATE)) {
            throw new NeuroMskException(where + ": no coordinate '" + COORDINATE + "'; virtual subjects need the "
                    + "NeuroMSK elbow model (models-osim/elbow.osim) or one with the same names");
        }
        if (model.multibody().numCoordinates() != 1) {
            throw new NeuroMskException(where + ": expected one coordinate (" + COORDINATE + "), found "
                    + model.multibody().numCoordinates());
        }
        if (!model.hasFrame(LOAD_BODY)) {
            throw new NeuroMskException(where + ": no body '" + LOAD_BODY + "' to carry the hand-held load");
        }
        for (String m : ALL) {
            if (!model.muscles().containsKey(m)) {
                throw new NeuroMskException(where + ": lacks muscle '" + m + "' (needs " + String.join(", ", ALL)
                        + "; has " + String.join(", ", model.muscles().keySet()) + ")");
            }
        }
        if (model.muscles().size() != ALL.size()) {
            throw new NeuroMskException(where + ": muscles must be exactly " + String.join(", ", ALL) + "; found "
                    + String.join(", ", model.muscles().keySet()));
        }
    }
}
