package org.neuromsk.io.tool;

import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.NameList;

/**
 * Muscle lengths, forces and moment arms over time, {@code <MuscleAnalysis>}.
 */
@XmlRootElement(name = "MuscleAnalysis")
public final class MuscleAnalysis extends Analysis {

    @XmlElement(name = "muscle_list")
    private NameList muscleList;

    @XmlElement(name = "moment_arm_coordinate_list")
    private NameList momentArmCoordinateList;

    @XmlElement(name = "compute_moments")
    private Boolean computeMoments;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public MuscleAnalysis() {
    }

    /** @param name the object's name */
    public MuscleAnalysis(String name) {
        super(name);
    }

    /** @return muscles to analyse, or all, {@code <muscle_list>}; empty when absent */
    public List<String> muscleList() {
        return muscleList != null ? muscleList.values() : List.of();
    }

    /** @param values new {@code <muscle_list>} */
    public void setMuscleList(List<String> values) {
        this.muscleList = new NameList(values);
    }

    /**
     * @return coordinates for moment arms, or all, {@code <moment_arm_coordinate_list>}; empty when absent
     */
    public List<String> momentArmCoordinateList() {
        return momentArmCoordinateList != null ? momentArmCoordinateList.values() : List.of();
    }

    /** @param values new {@code <moment_arm_coordinate_list>} */
    public void setMomentArmCoordinateList(List<String> values) {
        this.momentArmCoordinateList = new NameList(values);
    }

    /** @return whether moment arms and moments are computed, {@code <compute_moments>}; null when absent */
    public Boolean computeMoments() {
        return computeMoments;
    }

    /** @param value new {@code <compute_moments>}, null to remove it */
    public void setComputeMoments(Boolean value) {
        this.computeMoments = value;
    }
}
