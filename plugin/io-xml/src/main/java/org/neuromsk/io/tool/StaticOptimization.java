package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Static optimization, {@code <StaticOptimization>}: activations minimising the sum of
 * activation^exponent that reproduce the inverse dynamics moments.
 */
@XmlRootElement(name = "StaticOptimization")
public final class StaticOptimization extends Analysis {

    @XmlElement(name = "use_model_force_set")
    private Boolean useModelForceSet;

    @XmlElement(name = "activation_exponent")
    private Double activationExponent;

    @XmlElement(name = "use_muscle_physiology")
    private Boolean useMusclePhysiology;

    @XmlElement(name = "optimizer_convergence_criterion")
    private Double optimizerConvergenceCriterion;

    @XmlElement(name = "optimizer_max_iterations")
    private Integer optimizerMaxIterations;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public StaticOptimization() {
    }

    /** @param name the object's name */
    public StaticOptimization(String name) {
        super(name);
    }

    /**
     * @return whether the model's forces are used (else coordinate actuators only),
     * {@code <use_model_force_set>}; true when absent
     */
    public boolean useModelForceSet() {
        return useModelForceSet != null ? useModelForceSet : true;
    }

    /** @param value new {@code <use_model_force_set>} */
    public void setUseModelForceSet(boolean value) {
        this.useModelForceSet = value;
    }

    /** @return true if the file gives {@code <use_model_force_set>} */
    public boolean hasUseModelForceSet() {
        return useModelForceSet != null;
    }

    /**
     * @return exponent of the activations in the cost (dimensionless), {@code <activation_exponent>}; 2.0
     * when absent
     */
    public double activationExponent() {
        return activationExponent != null ? activationExponent : 2.0;
    }

    /** @param value new {@code <activation_exponent>} */
    public void setActivationExponent(double value) {
        this.activationExponent = value;
    }

    /** @return true if the file gives {@code <activation_exponent>} */
    public boolean hasActivationExponent() {
        return activationExponent != null;
    }

    /**
     * @return whether force-length-velocity properties limit muscle force, {@code <use_muscle_physiology>};
     * true when absent
     */
    public boolean useMusclePhysiology() {
        return useMusclePhysiology != null ? useMusclePhysiology : true;
    }

    /** @param value new {@code <use_muscle_physiology>} */
    public void setUseMusclePhysiology(boolean value) {
        this.useMusclePhysiology = value;
    }

    /** @return true if the file gives {@code <use_muscle_physiology>} */
    public boolean hasUseMusclePhysiology() {
        return useMusclePhysiology != null;
    }

    /**
     * @return convergence tolerance of the optimizer, {@code <optimizer_convergence_criterion>}; 1e-4 when
     * absent
     */
    public double optimizerConvergenceCriterion() {
        return optimizerConvergenceCriterion != null ? optimizerConvergenceCriterion : 1e-4;
    }

    /** @param value new {@code <optimizer_convergence_criterion>} */
    public void setOptimizerConvergenceCriterion(double value) {
        this.optimizerConvergenceCriterion = value;
    }

    /** @return true if the file gives {@code <optimizer_convergence_criterion>} */
    public boolean hasOptimizerConvergenceCriterion() {
        return optimizerConvergenceCriterion != null;
    }

    /** @return iteration limit of the optimizer, {@code <optimizer_max_iterations>}; 100 when absent */
    public int optimizerMaxIterations() {
        return optimizerMaxIterations != null ? optimizerMaxIterations : 100;
    }

    /** @param value new {@code <optimizer_max_iterations>} */
    public void setOptimizerMaxIterations(int value) {
        this.optimizerMaxIterations = value;
    }

    /** @return true if the file gives {@code <optimizer_max_iterations>} */
    public boolean hasOptimizerMaxIterations() {
        return optimizerMaxIterations != null;
    }
}
