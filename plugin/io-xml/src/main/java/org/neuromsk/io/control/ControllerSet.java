package org.neuromsk.io.control;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The controllers of a model or tool, {@code <ControllerSet>}. Controllers other than
 * {@link ControlSetController} are preserved, not typed.
 */
@XmlSeeAlso({ControlSetController.class})
public final class ControllerSet extends OsimSet<Controller> {

    /** An empty set without a name (for the XML binding). */
    public ControllerSet() {
        super(Controller.class);
    }

    /** @param name the set's name */
    public ControllerSet(String name) {
        super(Controller.class, name);
    }
}
