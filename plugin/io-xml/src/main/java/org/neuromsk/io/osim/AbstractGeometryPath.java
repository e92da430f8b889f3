package org.neuromsk.io.osim;

import org.neuromsk.io.xml.OsimObject;

/**
 * The path of a path actuator: {@link GeometryPath} or {@link FunctionBasedPath}. Its
 * {@code <Appearance>} is display-only and stays preserved as an unknown element.
 */
public abstract class AbstractGeometryPath extends OsimObject {

    /** For subclasses. */
    protected AbstractGeometryPath() {
    }

    /** @param name the object's name */
    protected AbstractGeometryPath(String name) {
        super(name);
    }
}
