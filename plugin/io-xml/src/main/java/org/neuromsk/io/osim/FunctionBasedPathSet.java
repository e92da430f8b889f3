package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * A file of {@link FunctionBasedPath}s, {@code <Set_FunctionBasedPath_>}.
 */
@XmlRootElement(name = "Set_FunctionBasedPath_")
@XmlSeeAlso({FunctionBasedPath.class})
public final class FunctionBasedPathSet extends OsimSet<FunctionBasedPath> {

    /** An empty set without a name (for the XML binding). */
    public FunctionBasedPathSet() {
        super(FunctionBasedPath.class);
    }

    /** @param name the set's name */
    public FunctionBasedPathSet(String name) {
        super(FunctionBasedPath.class, name);
    }
}
