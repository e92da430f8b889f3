package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The constraints of a model, {@code <ConstraintSet>}.
 */
@XmlSeeAlso({CoordinateCouplerConstraint.class})
public final class ConstraintSet extends OsimSet<Constraint> {

    /** An empty set without a name (for the XML binding). */
    public ConstraintSet() {
        super(Constraint.class);
    }

    /** @param name the set's name */
    public ConstraintSet(String name) {
        super(Constraint.class, name);
    }
}
