package org.neuromsk.validation.forward;

/**
 * How far one state (or control) trajectory is from OpenSim's, over OpenSim's output times.
 *
 * @param label the column label
 * @param unit the unit of the numbers below (deg, deg/s, m, m/s, mm or "-")
 * @param rms root-mean-square error
 * @param max largest absolute error
 * @param rmsAllowed RMS error allowed
 * @param maxAllowed largest error allowed (infinite when only the RMS is bounded)
 */
public record StateError(String label, String unit, double rms, double max, double rmsAllowed, double maxAllowed) {

    /** @return whether both bounds hold */
    public boolean passes() {
        return rms <= rmsAllowed && max <= maxAllowed;
    }
}
