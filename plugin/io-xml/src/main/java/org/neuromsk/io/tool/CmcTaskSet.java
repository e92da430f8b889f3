package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The tracking tasks of computed muscle control, {@code <CMC_TaskSet>}.
 */
@XmlRootElement(name = "CMC_TaskSet")
@XmlSeeAlso({CmcJoint.class})
public final class CmcTaskSet extends OsimSet<CmcJoint> {

    /** An empty set without a name (for the XML binding). */
    public CmcTaskSet() {
        super(CmcJoint.class);
    }

    /** @param name the set's name */
    public CmcTaskSet(String name) {
        super(CmcJoint.class, name);
    }
}
