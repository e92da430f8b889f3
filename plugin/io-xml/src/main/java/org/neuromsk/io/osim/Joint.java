package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

import org.neuromsk.io.xml.OsimObject;

/**
 * A joint between a parent and a child frame. The socket paths are kept as written; they usually name
 * offset frames under {@link #frames()}.
 */
public abstract class Joint extends OsimObject {

    @XmlElement(name = "socket_parent_frame")
    private String socketParentFrame;

    @XmlElement(name = "socket_child_frame")
    private String socketChildFrame;

    @XmlElementWrapper(name = "coordinates")
    @XmlElement(name = "Coordinate")
    private List<Coordinate> coordinates = new ArrayList<>();

    @XmlElementWrapper(name = "frames")
    @XmlElement(name = "PhysicalOffsetFrame")
    private List<PhysicalOffsetFrame> frames = new ArrayList<>();

    /** For subclasses. */
    protected Joint() {
    }

    /** @param name the object's name */
    protected Joint(String name) {
        super(name);
    }

    /** @return path of the parent frame, {@code <socket_parent_frame>}; empty when absent */
    public String socketParentFrame() {
        return socketParentFrame != null ? socketParentFrame : "";
    }

    /** @param value new {@code <socket_parent_frame>}, null to remove it */
    public void setSocketParentFrame(String value) {
        this.socketParentFrame = value;
    }

    /** @return true if the file gives {@code <socket_parent_frame>} */
    public boolean hasSocketParentFrame() {
        return socketParentFrame != null;
    }

    /** @return path of the child frame, {@code <socket_child_frame>}; empty when absent */
    public String socketChildFrame() {
        return socketChildFrame != null ? socketChildFrame : "";
    }

    /** @param value new {@code <socket_child_frame>}, null to remove it */
    public void setSocketChildFrame(String value) {
        this.socketChildFrame = value;
    }

    /** @return true if the file gives {@code <socket_child_frame>} */
    public boolean hasSocketChildFrame() {
        return socketChildFrame != null;
    }

    /** @return the generalized coordinates of this joint, {@code <coordinates>}, in file order (read-only) */
    public List<Coordinate> coordinates() {
        return Collections.unmodifiableList(coordinates);
    }

    /** @param value appended to {@code <coordinates>} */
    public void addCoordinate(Coordinate value) {
        coordinates.add(value);
    }

    /** @return offset frames owned by the joint, {@code <frames>}, in file order (read-only) */
    public List<PhysicalOffsetFrame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** @param value appended to {@code <frames>} */
    public void addFrame(PhysicalOffsetFrame value) {
        frames.add(value);
    }

    /**
     * @param name a coordinate name
     * @return the coordinate of this joint with that name
     */
    public Optional<Coordinate> findCoordinate(String name) {
        return coordinates.stream().filter(c -> name.equals(c.name())).findFirst();
    }
}
