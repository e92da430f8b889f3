package org.neuromsk.io.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.OsimObject;

/**
 * A control signal given by nodes (t, value) and interpolated linearly or held in steps,
 * {@code <ControlLinear>}. Controls are dimensionless (excitations for muscles). Use
 * {@link #withDefaults(String)} to build one that is written with every property, as OpenSim writes
 * it.
 */
@XmlRootElement(name = "ControlLinear")
public final class ControlLinear extends OsimObject {

    @XmlElement(name = "is_model_control")
    private Boolean isModelControl;

    @XmlElement(name = "extrapolate")
    private Boolean extrapolate;

    @XmlElement(name = "default_min")
    private Double defaultMin;

    @XmlElement(name = "default_max")
    private Double defaultMax;

    @XmlElement(name = "filter_on")
    private Boolean filterOn;

    @XmlElement(name = "use_steps")
    private Boolean useSteps;

    @XmlElementWrapper(name = "x_nodes")
    @XmlElement(name = "ControlLinearNode")
    private List<ControlLinearNode> xNodes = new ArrayList<>();

    @XmlElementWrapper(name = "min_nodes")
    @XmlElement(name = "ControlLinearNode")
    private List<ControlLinearNode> minNodes = new ArrayList<>();

    @XmlElementWrapper(name = "max_nodes")
    @XmlElement(name = "ControlLinearNode")
    private List<ControlLinearNode> maxNodes = new ArrayList<>();

    @XmlElement(name = "kp")
    private Double kp;

    @XmlElement(name = "kv")
    private Double kv;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ControlLinear() {
    }

    /** @param name the object's name */
    public ControlLinear(String name) {
        super(name);
    }

    /** @return whether the control drives a model actuator, {@code <is_model_control>}; true when absent */
    public boolean isModelControl() {
        return isModelControl != null ? isModelControl : true;
    }

    /** @param value new {@code <is_model_control>} */
    public void setIsModelControl(boolean value) {
        this.isModelControl = value;
    }

    /** @return true if the file gives {@code <is_model_control>} */
    public boolean hasIsModelControl() {
        return isModelControl != null;
    }

    /** @return whether values outside the nodes are extrapolated, {@code <extrapolate>}; true when absent */
    public boolean extrapolate() {
        return extrapolate != null ? extrapolate : true;
    }

    /** @param value new {@code <extrapolate>} */
    public void setExtrapolate(boolean value) {
        this.extrapolate = value;
    }

    /** @return true if the file gives {@code <extrapolate>} */
    public boolean hasExtrapolate() {
        return extrapolate != null;
    }

    /** @return lower bound used when {@code min_nodes} is empty, {@code <default_min>}; 0.02 when absent */
    public double defaultMin() {
        return defaultMin != null ? defaultMin : 0.02;
    }

    /** @param value new {@code <default_min>} */
    public void setDefaultMin(double value) {
        this.defaultMin = value;
    }

    /** @return true if the file gives {@code <default_min>} */
    public boolean hasDefaultMin() {
        return defaultMin != null;
    }

    /** @return upper bound used when {@code max_nodes} is empty, {@code <default_max>}; 1.0 when absent */
    public double defaultMax() {
        return defaultMax != null ? defaultMax : 1.0;
    }

    /** @param value new {@code <default_max>} */
    public void setDefaultMax(double value) {
        this.defaultMax = value;
    }

    /** @return true if the file gives {@code <default_max>} */
    public boolean hasDefaultMax() {
        return defaultMax != null;
    }

    /**
     * @return whether a filter is applied (unused by OpenSim's tools), {@code <filter_on>}; false when absent
     */
    public boolean filterOn() {
        return filterOn != null ? filterOn : false;
    }

    /** @param value new {@code <filter_on>} */
    public void setFilterOn(boolean value) {
        this.filterOn = value;
    }

    /** @return true if the file gives {@code <filter_on>} */
    public boolean hasFilterOn() {
        return filterOn != null;
    }

    /**
     * @return whether values are held in steps instead of interpolated, {@code <use_steps>}; false when
     * absent
     */
    public boolean useSteps() {
        return useSteps != null ? useSteps : false;
    }

    /** @param value new {@code <use_steps>} */
    public void setUseSteps(boolean value) {
        this.useSteps = value;
    }

    /** @return true if the file gives {@code <use_steps>} */
    public boolean hasUseSteps() {
        return useSteps != null;
    }

    /** @return the control values at times, {@code <x_nodes>}, in file order (read-only) */
    public List<ControlLinearNode> xNodes() {
        return Collections.unmodifiableList(xNodes);
    }

    /** @param value appended to {@code <x_nodes>} */
    public void addXNode(ControlLinearNode value) {
        xNodes.add(value);
    }

    /** @return lower bounds at times (CMC), {@code <min_nodes>}, in file order (read-only) */
    public List<ControlLinearNode> minNodes() {
        return Collections.unmodifiableList(minNodes);
    }

    /** @param value appended to {@code <min_nodes>} */
    public void addMinNode(ControlLinearNode value) {
        minNodes.add(value);
    }

    /** @return upper bounds at times (CMC), {@code <max_nodes>}, in file order (read-only) */
    public List<ControlLinearNode> maxNodes() {
        return Collections.unmodifiableList(maxNodes);
    }

    /** @param value appended to {@code <max_nodes>} */
    public void addMaxNode(ControlLinearNode value) {
        maxNodes.add(value);
    }

    /** @return position gain used by CMC (1/s²), {@code <kp>}; 100.0 when absent */
    public double kp() {
        return kp != null ? kp : 100.0;
    }

    /** @param value new {@code <kp>} */
    public void setKp(double value) {
        this.kp = value;
    }

    /** @return true if the file gives {@code <kp>} */
    public boolean hasKp() {
        return kp != null;
    }

    /** @return velocity gain used by CMC (1/s), {@code <kv>}; 20.0 when absent */
    public double kv() {
        return kv != null ? kv : 20.0;
    }

    /** @param value new {@code <kv>} */
    public void setKv(double value) {
        this.kv = value;
    }

    /** @return true if the file gives {@code <kv>} */
    public boolean hasKv() {
        return kv != null;
    }

    /**
     * @param name the control name: an actuator name, or {@code <actuator>.excitation}
     * @return a control with OpenSim's default for every property, set explicitly, and no nodes
     */
    public static ControlLinear withDefaults(String name) {
        ControlLinear control = new ControlLinear(name);
        control.isModelControl = true;
        control.extrapolate = true;
        control.defaultMin = 0.02;
        control.defaultMax = 1.0;
        control.filterOn = false;
        control.useSteps = false;
        control.kp = 100.0;
        control.kv = 20.0;
        return control;
    }

    /**
     * @param t time (s)
     * @param value control value (dimensionless)
     */
    public void addNode(double t, double value) {
        xNodes.add(new ControlLinearNode(t, value));
    }

    /** @return the node times of {@code x_nodes} (s) */
    public double[] times() {
        return xNodes.stream().mapToDouble(ControlLinearNode::t).toArray();
    }

    /** @return the node values of {@code x_nodes} */
    public double[] values() {
        return xNodes.stream().mapToDouble(ControlLinearNode::value).toArray();
    }
}
