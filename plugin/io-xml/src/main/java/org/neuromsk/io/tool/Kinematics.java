package org.neuromsk.io.tool;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;

/**
 * Coordinate values, speeds and accelerations over time, {@code <Kinematics>}.
 */
@XmlRootElement(name = "Kinematics")
public final class Kinematics extends Analysis {

    @XmlElement(name = "coordinates")
    private NameList coordinates;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Kinematics() {
    }

    /** @param name the object's name */
    public Kinematics(String name) {
        super(name);
    }

    /** @return coordinates to record, or all, {@code <coordinates>}; empty when absent */
    public List<String> coordinates() {
        return coordinates != null ? coordinates.values() : List.of();
    }

    /** @param values new {@code <coordinates>} */
    public void setCoordinates(List<String> values) {
        this.coordinates = new NameList(values);
    }
}
