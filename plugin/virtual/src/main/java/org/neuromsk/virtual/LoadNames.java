package org.neuromsk.virtual;

import org.neuromsk.io.NumberText;

/** Names of loads in files and folders: 2 kg is {@code 2kg}, 0.5 kg is {@code 0.5kg}. */
final class LoadNames {

    private LoadNames() {
    }

    /**
     * @param mass load (kg)
     * @return its label
     */
    static String label(double mass) {
        return NumberText.shortest(mass) + "kg";
    }
}
