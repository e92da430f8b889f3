package org.neuromsk.virtual;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.neuromsk.error.NeuroMskException;

/**
 * How the muscles of a virtual subject share the phase of the slow modulation of their co-contraction
 * baseline ({@link SubjectTruth#baselineActivation}).
 */
public enum CoContractionMode {

    /**
     * One phase per subject for all its muscles: a common co-activation command, as De Luca &amp; Mambrito
     * (1987) found for agonist and antagonist motor units. The default.
     */
    SHARED("shared"),

    /** An independent phase per muscle: the generator's former default, kept for comparison. */
    PER_MUSCLE("per-muscle");

    private final String label;

    CoContractionMode(String label) {
        this.label = label;
    }

    /** @return the name used on the command line and in the JSON files ({@code shared}, {@code per-muscle}) */
    public String label() {
        return label;
    }

    /**
     * @param what what the text was given as, for the message (e.g. {@code --co-contraction})
     * @param text a {@link #label()}
     * @return its mode
     * @throws NeuroMskException for any other text (one line naming the accepted values)
     */
    public static CoContractionMode parse(String what, String text) {
        for (CoContractionMode m : values()) {
            if (m.label.equals(text)) {
                return m;
            }
        }
        throw new NeuroMskException(what + " must be "
                + Arrays.stream(values()).map(CoContractionMode::label).collect(Collectors.joining(" or "))
                + ", got '" + text + "'");
    }
}
