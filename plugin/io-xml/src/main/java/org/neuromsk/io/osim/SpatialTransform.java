package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * The six {@link TransformAxis} of a {@link CustomJoint}, named {@code rotation1..3} and
 * {@code translation1..3}, in that order.
 */
public final class SpatialTransform extends OsimObject {

    @XmlElement(name = "TransformAxis")
    private List<TransformAxis> axes = new ArrayList<>();

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public SpatialTransform() {
    }

    /** @param name the object's name */
    public SpatialTransform(String name) {
        super(name);
    }

    /** @return the transform axes, {@code <TransformAxis>}, in file order (read-only) */
    public List<TransformAxis> axes() {
        return Collections.unmodifiableList(axes);
    }

    /** @param value appended to {@code <TransformAxis>} */
    public void addAxe(TransformAxis value) {
        axes.add(value);
    }

    /**
     * @param name {@code rotation1}, …, {@code translation3}
     * @return the axis with that name
     */
    public Optional<TransformAxis> axis(String name) {
        return axes.stream().filter(a -> name.equals(a.name())).findFirst();
    }
}
