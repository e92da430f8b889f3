package org.neuromsk.engine.simulation;

import java.util.Locale;

import org.neuromsk.io.NumberText;

/** Times in messages: nine significant digits, without trailing zeros ("0", "0.5", "0.999999400"→"0.9999994"). */
final class Times {

    private Times() {
    }

    /**
     * @param seconds a time (s)
     * @return its text, without unit
     */
    static String text(double seconds) {
        if (!Double.isFinite(seconds)) {
            return Double.toString(seconds);
        }
        return NumberText.shortest(Double.parseDouble(String.format(Locale.ROOT, "%.9g", seconds)));
    }
}
