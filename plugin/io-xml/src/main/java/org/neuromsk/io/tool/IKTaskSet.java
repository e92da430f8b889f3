package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The tasks of an inverse kinematics setup, {@code <IKTaskSet>}.
 */
@XmlSeeAlso({IKMarkerTask.class, IKCoordinateTask.class})
public final class IKTaskSet extends OsimSet<IKTask> {

    /** An empty set without a name (for the XML binding). */
    public IKTaskSet() {
        super(IKTask.class);
    }

    /** @param name the set's name */
    public IKTaskSet(String name) {
        super(IKTask.class, name);
    }
}
