package org.neuromsk.engine.multibody;

import java.util.Objects;
import org.neuromsk.engine.multibody.spatial.Transform;
import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;

/**
 * A rigid body with its own frame: mass (kg), mass centre in the body frame (m) and inertia about
 * the mass centre in body axes (kg·m²), as OpenSim's {@code <Body>}. Compared by identity.
 */
public final class Body implements PhysicalFrame {

    private final String name;
    private final double mass;
    private final Vec3 massCenter;
    private final Inertia inertiaAboutMassCenter;

    /**
     * @param name unique body name
     * @param mass (kg), ≥ 0
     * @param massCenter mass centre in the body frame (m)
     * @param inertiaAboutMassCenter inertia about the mass centre, body axes (kg·m²)
     */
    public Body(String name, double mass, Vec3 massCenter, Inertia inertiaAboutMassCenter) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new NeuroMskException("body name is blank");
        }
        if (!(mass >= 0) || Double.isInfinite(mass)) {
            throw new NeuroMskException("body '" + name + "' has invalid mass " + mass + " (kg)");
        }
        this.name = name;
        this.mass = mass;
        this.massCenter = Objects.requireNonNull(massCenter, "massCenter");
        this.inertiaAboutMassCenter = Objects.requireNonNull(inertiaAboutMassCenter, "inertia");
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the mass (kg) */
    public double mass() {
        return mass;
    }

    /** @return the mass centre in the body frame (m) */
    public Vec3 massCenter() {
        return massCenter;
    }

    /** @return the inertia about the mass centre in body axes (kg·m²) */
    public Inertia inertiaAboutMassCenter() {
        return inertiaAboutMassCenter;
    }

    @Override
    public PhysicalFrame base() {
        return this;
    }

    @Override
    public Transform transformInBase() {
        return Transform.IDENTITY;
    }

    @Override
    public String toString() {
        return "Body[" + name + "]";
    }
}
