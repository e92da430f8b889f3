package org.neuromsk.io.osim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.control.Controller;
import org.neuromsk.io.control.ControllerSet;
import org.neuromsk.io.xml.OsimObject;
import org.neuromsk.io.xml.Vec3;

/**
 * An OpenSim model, {@code <Model>} (the root of an {@code .osim} file). Lengths are in m, masses in
 * kg, forces in N, angles in rad. Socket paths are kept as written; resolving them is the engine's job.
 * The {@code defaults} block of old files is ignored.
 *
 * <p>The query methods ({@link #bodies()}, {@link #coordinates()}, …) return the typed members in file
 * order; members of classes this library does not model are preserved in the sets but not listed.
 */
@XmlRootElement(name = "Model")
public final class Model extends OsimObject {

    @XmlElement(name = "Ground")
    private Ground ground;

    @XmlElement(name = "gravity")
    private Vec3 gravity;

    @XmlElement(name = "credits")
    private String credits;

    @XmlElement(name = "publications")
    private String publications;

    @XmlElement(name = "length_units")
    private String lengthUnits;

    @XmlElement(name = "force_units")
    private String forceUnits;

    @XmlElement(name = "assembly_accuracy")
    private Double assemblyAccuracy;

    @XmlElement(name = "BodySet")
    private BodySet bodySet;

    @XmlElement(name = "JointSet")
    private JointSet jointSet;

    @XmlElement(name = "ControllerSet")
    private ControllerSet controllerSet;

    @XmlElement(name = "ConstraintSet")
    private ConstraintSet constraintSet;

    @XmlElement(name = "ForceSet")
    private ForceSet forceSet;

    @XmlElement(name = "MarkerSet")
    private MarkerSet markerSet;

    @XmlElement(name = "ContactGeometrySet")
    private ContactGeometrySet contactGeometrySet;

    @XmlElement(name = "ProbeSet")
    private ProbeSet probeSet;

    @XmlElement(name = "ComponentSet")
    private ComponentSet componentSet;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public Model() {
    }

    /** @param name the object's name */
    public Model(String name) {
        super(name);
    }

    /** @return the ground frame, {@code <Ground>}; null when absent */
    public Ground ground() {
        return ground;
    }

    /** @param value new {@code <Ground>}, null to remove it */
    public void setGround(Ground value) {
        this.ground = value;
    }

    /** @return gravitational acceleration in ground (m/s²), {@code <gravity>}; 0 −9.80665 0 when absent */
    public Vec3 gravity() {
        return gravity != null ? gravity : new Vec3(0, -9.80665, 0);
    }

    /** @param value new {@code <gravity>}, null to remove it */
    public void setGravity(Vec3 value) {
        this.gravity = value;
    }

    /** @return true if the file gives {@code <gravity>} */
    public boolean hasGravity() {
        return gravity != null;
    }

    /** @return authors of the model, {@code <credits>}; empty when absent */
    public String credits() {
        return credits != null ? credits : "";
    }

    /** @param value new {@code <credits>}, null to remove it */
    public void setCredits(String value) {
        this.credits = value;
    }

    /** @return true if the file gives {@code <credits>} */
    public boolean hasCredits() {
        return credits != null;
    }

    /** @return publications describing the model, {@code <publications>}; empty when absent */
    public String publications() {
        return publications != null ? publications : "";
    }

    /** @param value new {@code <publications>}, null to remove it */
    public void setPublications(String value) {
        this.publications = value;
    }

    /** @return true if the file gives {@code <publications>} */
    public boolean hasPublications() {
        return publications != null;
    }

    /** @return unit of lengths in the file, {@code <length_units>}; {@code "meters"} when absent */
    public String lengthUnits() {
        return lengthUnits != null ? lengthUnits : "meters";
    }

    /** @param value new {@code <length_units>}, null to remove it */
    public void setLengthUnits(String value) {
        this.lengthUnits = value;
    }

    /** @return true if the file gives {@code <length_units>} */
    public boolean hasLengthUnits() {
        return lengthUnits != null;
    }

    /** @return unit of forces in the file, {@code <force_units>}; {@code "N"} when absent */
    public String forceUnits() {
        return forceUnits != null ? forceUnits : "N";
    }

    /** @param value new {@code <force_units>}, null to remove it */
    public void setForceUnits(String value) {
        this.forceUnits = value;
    }

    /** @return true if the file gives {@code <force_units>} */
    public boolean hasForceUnits() {
        return forceUnits != null;
    }

    /**
     * @return accuracy to which constraints are satisfied when assembling (m or rad),
     * {@code <assembly_accuracy>}; 1e-9 when absent
     */
    public double assemblyAccuracy() {
        return assemblyAccuracy != null ? assemblyAccuracy : 1e-9;
    }

    /** @param value new {@code <assembly_accuracy>} */
    public void setAssemblyAccuracy(double value) {
        this.assemblyAccuracy = value;
    }

    /** @return true if the file gives {@code <assembly_accuracy>} */
    public boolean hasAssemblyAccuracy() {
        return assemblyAccuracy != null;
    }

    /** @return the bodies, {@code <BodySet>}; null when absent */
    public BodySet bodySet() {
        return bodySet;
    }

    /** @param value new {@code <BodySet>}, null to remove it */
    public void setBodySet(BodySet value) {
        this.bodySet = value;
    }

    /** @return the joints, {@code <JointSet>}; null when absent */
    public JointSet jointSet() {
        return jointSet;
    }

    /** @param value new {@code <JointSet>}, null to remove it */
    public void setJointSet(JointSet value) {
        this.jointSet = value;
    }

    /** @return the controllers, {@code <ControllerSet>}; null when absent */
    public ControllerSet controllerSet() {
        return controllerSet;
    }

    /** @param value new {@code <ControllerSet>}, null to remove it */
    public void setControllerSet(ControllerSet value) {
        this.controllerSet = value;
    }

    /** @return the constraints, {@code <ConstraintSet>}; null when absent */
    public ConstraintSet constraintSet() {
        return constraintSet;
    }

    /** @param value new {@code <ConstraintSet>}, null to remove it */
    public void setConstraintSet(ConstraintSet value) {
        this.constraintSet = value;
    }

    /** @return the forces (muscles, actuators, …), {@code <ForceSet>}; null when absent */
    public ForceSet forceSet() {
        return forceSet;
    }

    /** @param value new {@code <ForceSet>}, null to remove it */
    public void setForceSet(ForceSet value) {
        this.forceSet = value;
    }

    /** @return the markers, {@code <MarkerSet>}; null when absent */
    public MarkerSet markerSet() {
        return markerSet;
    }

    /** @param value new {@code <MarkerSet>}, null to remove it */
    public void setMarkerSet(MarkerSet value) {
        this.markerSet = value;
    }

    /** @return contact geometry, {@code <ContactGeometrySet>}; null when absent */
    public ContactGeometrySet contactGeometrySet() {
        return contactGeometrySet;
    }

    /** @param value new {@code <ContactGeometrySet>}, null to remove it */
    public void setContactGeometrySet(ContactGeometrySet value) {
        this.contactGeometrySet = value;
    }

    /** @return probes, {@code <ProbeSet>}; null when absent */
    public ProbeSet probeSet() {
        return probeSet;
    }

    /** @param value new {@code <ProbeSet>}, null to remove it */
    public void setProbeSet(ProbeSet value) {
        this.probeSet = value;
    }

    /** @return other components, {@code <ComponentSet>}; null when absent */
    public ComponentSet componentSet() {
        return componentSet;
    }

    /** @param value new {@code <ComponentSet>}, null to remove it */
    public void setComponentSet(ComponentSet value) {
        this.componentSet = value;
    }

    /** @return the bodies, in file order (ground excluded) */
    public List<Body> bodies() {
        return bodySet == null ? List.of() : bodySet.items();
    }

    /** @return the joints, in file order */
    public List<Joint> joints() {
        return jointSet == null ? List.of() : jointSet.items();
    }

    /** @return the coordinates of all joints: joint by joint in file order, each joint's in its order */
    public List<Coordinate> coordinates() {
        List<Coordinate> all = new ArrayList<>();
        for (Joint joint : joints()) {
            all.addAll(joint.coordinates());
        }
        return Collections.unmodifiableList(all);
    }

    /** @return the constraints, in file order */
    public List<Constraint> constraints() {
        return constraintSet == null ? List.of() : constraintSet.items();
    }

    /** @return the forces (muscles included), in file order */
    public List<Force> forces() {
        return forceSet == null ? List.of() : forceSet.items();
    }

    /** @return the actuators (muscles included), in file order */
    public List<Actuator> actuators() {
        return forceSet == null ? List.of() : forceSet.itemsOf(Actuator.class);
    }

    /** @return the muscles, in file order */
    public List<Muscle> muscles() {
        return forceSet == null ? List.of() : forceSet.itemsOf(Muscle.class);
    }

    /** @return the markers, in file order */
    public List<Marker> markers() {
        return markerSet == null ? List.of() : markerSet.items();
    }

    /** @return the controllers, in file order */
    public List<Controller> controllers() {
        return controllerSet == null ? List.of() : controllerSet.items();
    }

    /**
     * @param name a body name
     * @return the body
     */
    public Optional<Body> findBody(String name) {
        return bodySet == null ? Optional.empty() : bodySet.find(name);
    }

    /**
     * @param name a joint name
     * @return the joint
     */
    public Optional<Joint> findJoint(String name) {
        return jointSet == null ? Optional.empty() : jointSet.find(name);
    }

    /**
     * @param name a coordinate name
     * @return the first coordinate with that name, in {@link #coordinates()} order
     */
    public Optional<Coordinate> findCoordinate(String name) {
        return coordinates().stream().filter(c -> name.equals(c.name())).findFirst();
    }

    /**
     * @param coordinate a coordinate of this model
     * @return the joint that owns it
     */
    public Optional<Joint> jointOf(Coordinate coordinate) {
        return joints().stream().filter(j -> j.coordinates().contains(coordinate)).findFirst();
    }

    /**
     * @param name a force name
     * @return the force
     */
    public Optional<Force> findForce(String name) {
        return forceSet == null ? Optional.empty() : forceSet.find(name);
    }

    /**
     * @param name a muscle name
     * @return the muscle
     */
    public Optional<Muscle> findMuscle(String name) {
        return muscles().stream().filter(m -> name.equals(m.name())).findFirst();
    }

    /**
     * @param name a marker name
     * @return the marker
     */
    public Optional<Marker> findMarker(String name) {
        return markerSet == null ? Optional.empty() : markerSet.find(name);
    }

    /**
     * @param name a constraint name
     * @return the constraint
     */
    public Optional<Constraint> findConstraint(String name) {
        return constraintSet == null ? Optional.empty() : constraintSet.find(name);
    }
}
