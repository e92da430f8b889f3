package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * {@code f(x) = amplitude·sin(omega·x + phase) + offset}, {@code <Sine>}.
 */
public final class Sine extends OsimFunction {

    @XmlElement(name = "amplitude")
    private Double amplitude;

    @XmlElement(name = "omega")
    private Double omega;

    @XmlElement(name = "phase")
    private Double phase;

    @XmlElement(name = "offset")
    private Double offset;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Sine() {
    }

    /** @param name the object's name */
    public Sine(String name) {
        super(name);
    }

    /** @return amplitude (unit of the function), {@code <amplitude>}; 1.0 when absent */
    public double amplitude() {
        return amplitude != null ? amplitude : 1.0;
    }

    /** @param value new {@code <amplitude>} */
    public void setAmplitude(double value) {
        this.amplitude = value;
    }

    /** @return true if the file gives {@code <amplitude>} */
    public boolean hasAmplitude() {
        return amplitude != null;
    }

    /** @return angular frequency (rad per unit of x, rad/s for time), {@code <omega>}; 1.0 when absent */
    public double omega() {
        return omega != null ? omega : 1.0;
    }

    /** @param value new {@code <omega>} */
    public void setOmega(double value) {
        this.omega = value;
    }

    /** @return true if the file gives {@code <omega>} */
    public boolean hasOmega() {
        return omega != null;
    }

    /** @return phase (rad), {@code <phase>}; 0.0 when absent */
    public double phase() {
        return phase != null ? phase : 0.0;
    }

    /** @param value new {@code <phase>} */
    public void setPhase(double value) {
        this.phase = value;
    }

    /** @return true if the file gives {@code <phase>} */
    public boolean hasPhase() {
        return phase != null;
    }

    /** @return offset (unit of the function), {@code <offset>}; 0.0 when absent */
    public double offset() {
        return offset != null ? offset : 0.0;
    }

    /** @param value new {@code <offset>} */
    public void setOffset(double value) {
        this.offset = value;
    }

    /** @return true if the file gives {@code <offset>} */
    public boolean hasOffset() {
        return offset != null;
    }
}
