package org.neuromsk.io.tool;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.NumberList;
import org.neuromsk.io.xml.OsimObject;

/**
 * A CMC task tracking one coordinate, {@code <CMC_Joint>}.
 */
@XmlRootElement(name = "CMC_Joint")
public final class CmcJoint extends OsimObject {

    @XmlElement(name = "on")
    private Boolean on;

    @XmlElement(name = "weight")
    private NumberList weight;

    @XmlElement(name = "wrt_body")
    private String wrtBody;

    @XmlElement(name = "express_body")
    private String expressBody;

    @XmlElement(name = "active")
    private NameList active;

    @XmlElement(name = "kp")
    private NumberList kp;

    @XmlElement(name = "kv")
    private NumberList kv;

    @XmlElement(name = "ka")
    private NumberList ka;

    @XmlElement(name = "r0")
    private NumberList r0;

    @XmlElement(name = "r1")
    private NumberList r1;

    @XmlElement(name = "r2")
    private NumberList r2;

    @XmlElement(name = "coordinate")
    private String coordinate;

    @XmlElement(name = "limit")
    private Double limit;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public CmcJoint() {
    }

    /** @param name the object's name */
    public CmcJoint(String name) {
        super(name);
    }

    /** @return whether the task is used, {@code <on>}; true when absent */
    public boolean on() {
        return on != null ? on : true;
    }

    /** @param value new {@code <on>} */
    public void setOn(boolean value) {
        this.on = value;
    }

    /** @return true if the file gives {@code <on>} */
    public boolean hasOn() {
        return on != null;
    }

    /** @return weight of each tracked component, {@code <weight>}; empty when absent */
    public NumberList weight() {
        return weight != null ? weight : NumberList.EMPTY;
    }

    /** @param values new {@code <weight>} (copied) */
    public void setWeight(double... values) {
        this.weight = NumberList.of(values);
    }

    /** @return body the task is measured relative to (point tasks), {@code <wrt_body>}; empty when absent */
    public String wrtBody() {
        return wrtBody != null ? wrtBody : "";
    }

    /** @param value new {@code <wrt_body>}, null to remove it */
    public void setWrtBody(String value) {
        this.wrtBody = value;
    }

    /** @return true if the file gives {@code <wrt_body>} */
    public boolean hasWrtBody() {
        return wrtBody != null;
    }

    /** @return body the task is expressed in (point tasks), {@code <express_body>}; empty when absent */
    public String expressBody() {
        return expressBody != null ? expressBody : "";
    }

    /** @param value new {@code <express_body>}, null to remove it */
    public void setExpressBody(String value) {
        this.expressBody = value;
    }

    /** @return true if the file gives {@code <express_body>} */
    public boolean hasExpressBody() {
        return expressBody != null;
    }

    /** @return which components are tracked: true/false per component, {@code <active>}; empty when absent */
    public List<String> active() {
        return active != null ? active.values() : List.of();
    }

    /** @param values new {@code <active>} */
    public void setActive(List<String> values) {
        this.active = new NameList(values);
    }

    /** @return position gains (1/s²), {@code <kp>}; empty when absent */
    public NumberList kp() {
        return kp != null ? kp : NumberList.EMPTY;
    }

    /** @param values new {@code <kp>} (copied) */
    public void setKp(double... values) {
        this.kp = NumberList.of(values);
    }

    /** @return velocity gains (1/s), {@code <kv>}; empty when absent */
    public NumberList kv() {
        return kv != null ? kv : NumberList.EMPTY;
    }

    /** @param values new {@code <kv>} (copied) */
    public void setKv(double... values) {
        this.kv = NumberList.of(values);
    }

    /** @return acceleration gains (dimensionless), {@code <ka>}; empty when absent */
    public NumberList ka() {
        return ka != null ? ka : NumberList.EMPTY;
    }

    /** @param values new {@code <ka>} (copied) */
    public void setKa(double... values) {
        this.ka = NumberList.of(values);
    }

    /** @return first direction of a point task, {@code <r0>}; empty when absent */
    public NumberList r0() {
        return r0 != null ? r0 : NumberList.EMPTY;
    }

    /** @param values new {@code <r0>} (copied) */
    public void setR0(double... values) {
        this.r0 = NumberList.of(values);
    }

    /** @return second direction of a point task, {@code <r1>}; empty when absent */
    public NumberList r1() {
        return r1 != null ? r1 : NumberList.EMPTY;
    }

    /** @param values new {@code <r1>} (copied) */
    public void setR1(double... values) {
        this.r1 = NumberList.of(values);
    }

    /** @return third direction of a point task, {@code <r2>}; empty when absent */
    public NumberList r2() {
        return r2 != null ? r2 : NumberList.EMPTY;
    }

    /** @param values new {@code <r2>} (copied) */
    public void setR2(double... values) {
        this.r2 = NumberList.of(values);
    }

    /** @return name of the tracked coordinate, {@code <coordinate>}; empty when absent */
    public String coordinate() {
        return coordinate != null ? coordinate : "";
    }

    /** @param value new {@code <coordinate>}, null to remove it */
    public void setCoordinate(String value) {
        this.coordinate = value;
    }

    /** @return true if the file gives {@code <coordinate>} */
    public boolean hasCoordinate() {
        return coordinate != null;
    }

    /**
     * @return error limit beyond which the weight grows (rad or m); 0: none, {@code <limit>}; 0.0 when absent
     */
    public double limit() {
        return limit != null ? limit : 0.0;
    }

    /** @param value new {@code <limit>} */
    public void setLimit(double value) {
        this.limit = value;
    }

    /** @return true if the file gives {@code <limit>} */
    public boolean hasLimit() {
        return limit != null;
    }
}
