package org.neuromsk.engine.simulation;

import java.util.Locale;

import org.neuromsk.error.NeuroMskException;

/**
 * How the forward dynamics computes the mass matrix M(q). The default is the composite-rigid-body
 * algorithm; the reference (n inverse-dynamics passes with unit accelerations, the original
 * implementation) is kept selectable so benchmarks and checks can compare the two in one run:
 * system property {@value #PROPERTY} = {@code crba} (default) or {@code unit-accelerations}, read when
 * a simulation is created.
 */
enum MassMatrixMethod {

    /** {@link org.neuromsk.engine.multibody.CompositeRigidBody}. */
    COMPOSITE_RIGID_BODY("crba"),
    /** {@link org.neuromsk.engine.multibody.InverseDynamics#massMatrix(double[])}. */
    UNIT_ACCELERATIONS("unit-accelerations");

    /** The system property that selects the method. */
    static final String PROPERTY = "neuromsk.forward.massMatrix";

    private final String key;

    MassMatrixMethod(String key) {
        this.key = key;
    }

    /**
     * @return the method the system property selects
     * @throws NeuroMskException for an unknown value
     */
    static MassMatrixMethod current() {
        String value = System.getProperty(PROPERTY, COMPOSITE_RIGID_BODY.key).trim().toLowerCase(Locale.ROOT);
        for (MassMatrixMethod m : values()) {
            if (m.key.equals(value)) {
                return m;
            }
        }
        throw new NeuroMskException("system property " + PROPERTY + " is '" + value + "'; use crba or "
                + "unit-accelerations");
    }
}
