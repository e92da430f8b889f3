package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.XmlNumbers;

/**
 * A computed muscle control setup, {@code <CMCTool>}: finds controls that track desired kinematics,
 * usually with reserve actuators from {@code force_set_files}.
 */
@XmlRootElement(name = "CMCTool")
public final class CMCTool extends AbstractTool {

    @XmlElement(name = "desired_points_file")
    private String desiredPointsFile;

    @XmlElement(name = "desired_kinematics_file")
    private String desiredKinematicsFile;

    @XmlElement(name = "task_set_file")
    private String taskSetFile;

    @XmlElement(name = "constraints_file")
    private String constraintsFile;

    @XmlElement(name = "rra_controls_file")
    private String rraControlsFile;

    @XmlElement(name = "lowpass_cutoff_frequency")
    private Double lowpassCutoffFrequency;

    @XmlElement(name = "cmc_time_window")
    private Double cmcTimeWindow;

    @XmlElement(name = "use_curvature_filter")
    private Boolean useCurvatureFilter;

    @XmlElement(name = "use_fast_optimization_target")
    private Boolean useFastOptimizationTarget;

    @XmlElement(name = "optimizer_algorithm")
    private String optimizerAlgorithm;

    @XmlElement(name = "numerical_derivative_step_size")
    private Double numericalDerivativeStepSize;

    @XmlElement(name = "optimization_convergence_tolerance")
    private Double optimizationConvergenceTolerance;

    @XmlElement(name = "optimizer_max_iterations")
    private Integer optimizerMaxIterations;

    @XmlElement(name = "optimizer_print_level")
    private Integer optimizerPrintLevel;

    @XmlElement(name = "use_verbose_printing")
    private Boolean useVerbosePrinting;

    @XmlElement(name = "actuators_to_exclude")
    private NameList actuatorsToExclude;

    @XmlElement(name = "external_loads_model_kinematics_file")
    private String externalLoadsModelKinematicsFile;

    @XmlElement(name = "lowpass_cutoff_frequency_for_load_kinematics")
    private Double lowpassCutoffFrequencyForLoadKinematics;

    @XmlElement(name = "optimizer_derivative_dx")
    private Double optimizerDerivativeDx;

    @XmlElement(name = "optimizer_convergence_criterion")
    private Double optimizerConvergenceCriterion;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public CMCTool() {
    }

    /** @param name the object's name */
    public CMCTool(String name) {
        super(name);
    }

    /** @return desired point trajectories, {@code <desired_points_file>}; empty when absent */
    public String desiredPointsFile() {
        return desiredPointsFile != null ? desiredPointsFile : "";
    }

    /** @param value new {@code <desired_points_file>}, null to remove it */
    public void setDesiredPointsFile(String value) {
        this.desiredPointsFile = value;
    }

    /** @return true if the file gives {@code <desired_points_file>} */
    public boolean hasDesiredPointsFile() {
        return desiredPointsFile != null;
    }

    /**
     * @return desired coordinate trajectories (.mot/.sto), {@code <desired_kinematics_file>}; empty when
     * absent
     */
    public String desiredKinematicsFile() {
        return desiredKinematicsFile != null ? desiredKinematicsFile : "";
    }

    /** @param value new {@code <desired_kinematics_file>}, null to remove it */
    public void setDesiredKinematicsFile(String value) {
        this.desiredKinematicsFile = value;
    }

    /** @return true if the file gives {@code <desired_kinematics_file>} */
    public boolean hasDesiredKinematicsFile() {
        return desiredKinematicsFile != null;
    }

    /** @return tracking tasks (CMC_TaskSet XML), {@code <task_set_file>}; empty when absent */
    public String taskSetFile() {
        return taskSetFile != null ? taskSetFile : "";
    }

    /** @param value new {@code <task_set_file>}, null to remove it */
    public void setTaskSetFile(String value) {
        this.taskSetFile = value;
    }

    /** @return true if the file gives {@code <task_set_file>} */
    public boolean hasTaskSetFile() {
        return taskSetFile != null;
    }

    /** @return control constraints (ControlSet XML), {@code <constraints_file>}; empty when absent */
    public String constraintsFile() {
        return constraintsFile != null ? constraintsFile : "";
    }

    /** @param value new {@code <constraints_file>}, null to remove it */
    public void setConstraintsFile(String value) {
        this.constraintsFile = value;
    }

    /** @return true if the file gives {@code <constraints_file>} */
    public boolean hasConstraintsFile() {
        return constraintsFile != null;
    }

    /** @return residual controls from RRA, {@code <rra_controls_file>}; empty when absent */
    public String rraControlsFile() {
        return rraControlsFile != null ? rraControlsFile : "";
    }

    /** @param value new {@code <rra_controls_file>}, null to remove it */
    public void setRraControlsFile(String value) {
        this.rraControlsFile = value;
    }

    /** @return true if the file gives {@code <rra_controls_file>} */
    public boolean hasRraControlsFile() {
        return rraControlsFile != null;
    }

    /**
     * @return low-pass cut-off for the desired kinematics (Hz); negative: no filtering,
     * {@code <lowpass_cutoff_frequency>}; -1.0 when absent
     */
    public double lowpassCutoffFrequency() {
        return lowpassCutoffFrequency != null ? lowpassCutoffFrequency : -1.0;
    }

    /** @param value new {@code <lowpass_cutoff_frequency>} */
    public void setLowpassCutoffFrequency(double value) {
        this.lowpassCutoffFrequency = value;
    }

    /** @return true if the file gives {@code <lowpass_cutoff_frequency>} */
    public boolean hasLowpassCutoffFrequency() {
        return lowpassCutoffFrequency != null;
    }

    /** @return look-ahead window of the controller (s), {@code <cmc_time_window>}; 0.01 when absent */
    public double cmcTimeWindow() {
        return cmcTimeWindow != null ? cmcTimeWindow : 0.01;
    }

    /** @param value new {@code <cmc_time_window>} */
    public void setCmcTimeWindow(double value) {
        this.cmcTimeWindow = value;
    }

    /** @return true if the file gives {@code <cmc_time_window>} */
    public boolean hasCmcTimeWindow() {
        return cmcTimeWindow != null;
    }

    /**
     * @return whether the curvature filter smooths controls, {@code <use_curvature_filter>}; false when
     * absent
     */
    public boolean useCurvatureFilter() {
        return useCurvatureFilter != null ? useCurvatureFilter : false;
    }

    /** @param value new {@code <use_curvature_filter>} */
    public void setUseCurvatureFilter(boolean value) {
        this.useCurvatureFilter = value;
    }

    /** @return true if the file gives {@code <use_curvature_filter>} */
    public boolean hasUseCurvatureFilter() {
        return useCurvatureFilter != null;
    }

    /**
     * @return whether desired accelerations are hard constraints, {@code <use_fast_optimization_target>};
     * true when absent
     */
    public boolean useFastOptimizationTarget() {
        return useFastOptimizationTarget != null ? useFastOptimizationTarget : true;
    }

    /** @param value new {@code <use_fast_optimization_target>} */
    public void setUseFastOptimizationTarget(boolean value) {
        this.useFastOptimizationTarget = value;
    }

    /** @return true if the file gives {@code <use_fast_optimization_target>} */
    public boolean hasUseFastOptimizationTarget() {
        return useFastOptimizationTarget != null;
    }

    /** @return optimizer name, {@code <optimizer_algorithm>}; {@code "ipopt"} when absent */
    public String optimizerAlgorithm() {
        return optimizerAlgorithm != null ? optimizerAlgorithm : "ipopt";
    }

    /** @param value new {@code <optimizer_algorithm>}, null to remove it */
    public void setOptimizerAlgorithm(String value) {
        this.optimizerAlgorithm = value;
    }

    /** @return true if the file gives {@code <optimizer_algorithm>} */
    public boolean hasOptimizerAlgorithm() {
        return optimizerAlgorithm != null;
    }

    /**
     * @return step of numerical derivatives in the optimizer, {@code <numerical_derivative_step_size>};
     * 1.0e-4 when absent
     */
    public double numericalDerivativeStepSize() {
        return numericalDerivativeStepSize != null ? numericalDerivativeStepSize : 1.0e-4;
    }

    /** @param value new {@code <numerical_derivative_step_size>} */
    public void setNumericalDerivativeStepSize(double value) {
        this.numericalDerivativeStepSize = value;
    }

    /** @return true if the file gives {@code <numerical_derivative_step_size>} */
    public boolean hasNumericalDerivativeStepSize() {
        return numericalDerivativeStepSize != null;
    }

    /**
     * @return convergence tolerance of the optimizer, {@code <optimization_convergence_tolerance>}; 1.0e-4
     * when absent
     */
    public double optimizationConvergenceTolerance() {
        return optimizationConvergenceTolerance != null ? optimizationConvergenceTolerance : 1.0e-4;
    }

    /** @param value new {@code <optimization_convergence_tolerance>} */
    public void setOptimizationConvergenceTolerance(double value) {
        this.optimizationConvergenceTolerance = value;
    }

    /** @return true if the file gives {@code <optimization_convergence_tolerance>} */
    public boolean hasOptimizationConvergenceTolerance() {
        return optimizationConvergenceTolerance != null;
    }

    /** @return iteration limit of the optimizer, {@code <optimizer_max_iterations>}; 1000 when absent */
    public int optimizerMaxIterations() {
        return optimizerMaxIterations != null ? optimizerMaxIterations : 1000;
    }

    /** @param value new {@code <optimizer_max_iterations>} */
    public void setOptimizerMaxIterations(int value) {
        this.optimizerMaxIterations = value;
    }

    /** @return true if the file gives {@code <optimizer_max_iterations>} */
    public boolean hasOptimizerMaxIterations() {
        return optimizerMaxIterations != null;
    }

    /** @return optimizer verbosity, {@code <optimizer_print_level>}; 0 when absent */
    public int optimizerPrintLevel() {
        return optimizerPrintLevel != null ? optimizerPrintLevel : 0;
    }

    /** @param value new {@code <optimizer_print_level>} */
    public void setOptimizerPrintLevel(int value) {
        this.optimizerPrintLevel = value;
    }

    /** @return true if the file gives {@code <optimizer_print_level>} */
    public boolean hasOptimizerPrintLevel() {
        return optimizerPrintLevel != null;
    }

    /** @return whether CMC prints details, {@code <use_verbose_printing>}; false when absent */
    public boolean useVerbosePrinting() {
        return useVerbosePrinting != null ? useVerbosePrinting : false;
    }

    /** @param value new {@code <use_verbose_printing>} */
    public void setUseVerbosePrinting(boolean value) {
        this.useVerbosePrinting = value;
    }

    /** @return true if the file gives {@code <use_verbose_printing>} */
    public boolean hasUseVerbosePrinting() {
        return useVerbosePrinting != null;
    }

    /** @return actuators CMC leaves alone, {@code <actuators_to_exclude>}; empty when absent */
    public List<String> actuatorsToExclude() {
        return actuatorsToExclude != null ? actuatorsToExclude.values() : List.of();
    }

    /** @param values new {@code <actuators_to_exclude>} */
    public void setActuatorsToExclude(List<String> values) {
        this.actuatorsToExclude = new NameList(values);
    }

    /**
     * @return kinematics for the external loads (ignored by OpenSim 4),
     * {@code <external_loads_model_kinematics_file>}; empty when absent
     */
    public String externalLoadsModelKinematicsFile() {
        return externalLoadsModelKinematicsFile != null ? externalLoadsModelKinematicsFile : "";
    }

    /** @param value new {@code <external_loads_model_kinematics_file>}, null to remove it */
    public void setExternalLoadsModelKinematicsFile(String value) {
        this.externalLoadsModelKinematicsFile = value;
    }

    /** @return true if the file gives {@code <external_loads_model_kinematics_file>} */
    public boolean hasExternalLoadsModelKinematicsFile() {
        return externalLoadsModelKinematicsFile != null;
    }

    /**
     * @return cut-off for those kinematics (Hz); ignored by OpenSim 4,
     * {@code <lowpass_cutoff_frequency_for_load_kinematics>}; -1.0 when absent
     */
    public double lowpassCutoffFrequencyForLoadKinematics() {
        return lowpassCutoffFrequencyForLoadKinematics != null ? lowpassCutoffFrequencyForLoadKinematics : -1.0;
    }

    /** @param value new {@code <lowpass_cutoff_frequency_for_load_kinematics>} */
    public void setLowpassCutoffFrequencyForLoadKinematics(double value) {
        this.lowpassCutoffFrequencyForLoadKinematics = value;
    }

    /** @return true if the file gives {@code <lowpass_cutoff_frequency_for_load_kinematics>} */
    public boolean hasLowpassCutoffFrequencyForLoadKinematics() {
        return lowpassCutoffFrequencyForLoadKinematics != null;
    }

    /**
     * @return openSim 3 name of the numerical derivative step (not read by OpenSim 4),
     * {@code <optimizer_derivative_dx>}; NaN when absent
     */
    public double optimizerDerivativeDx() {
        return optimizerDerivativeDx != null ? optimizerDerivativeDx : Double.NaN;
    }

    /** @param value new {@code <optimizer_derivative_dx>} */
    public void setOptimizerDerivativeDx(double value) {
        this.optimizerDerivativeDx = value;
    }

    /** @return true if the file gives {@code <optimizer_derivative_dx>} */
    public boolean hasOptimizerDerivativeDx() {
        return optimizerDerivativeDx != null;
    }

    /**
     * @return openSim 3 name of the convergence tolerance (not read by OpenSim 4),
     * {@code <optimizer_convergence_criterion>}; NaN when absent
     */
    public double optimizerConvergenceCriterion() {
        return optimizerConvergenceCriterion != null ? optimizerConvergenceCriterion : Double.NaN;
    }

    /** @param value new {@code <optimizer_convergence_criterion>} */
    public void setOptimizerConvergenceCriterion(double value) {
        this.optimizerConvergenceCriterion = value;
    }

    /** @return true if the file gives {@code <optimizer_convergence_criterion>} */
    public boolean hasOptimizerConvergenceCriterion() {
        return optimizerConvergenceCriterion != null;
    }

    @Override
    protected boolean replaceForceSetDefault() {
        return false;
    }

    @Override
    protected boolean solveForEquilibriumDefault() {
        return true;
    }

    /**
     * @param setupFile the setup file
     * @return {@code desired_kinematics_file} resolved against its folder
     */
    public Optional<Path> desiredKinematicsPath(Path setupFile) {
        return resolve(setupFile, desiredKinematicsFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code task_set_file} resolved against its folder
     */
    public Optional<Path> taskSetPath(Path setupFile) {
        return resolve(setupFile, taskSetFile());
    }

    /**
     * @param setupFile the setup file
     * @return {@code constraints_file} resolved against its folder
     */
    public Optional<Path> constraintsPath(Path setupFile) {
        return resolve(setupFile, constraintsFile());
    }

    @Override
    public String describe() {
        return opening("Computed muscle control") + forceSetText() + "; desired kinematics "
                + file(desiredKinematicsFile()) + ", " + filter(lowpassCutoffFrequency()) + "; tasks " + file(taskSetFile())
                + "; control constraints " + file(constraintsFile()) + "; external loads " + file(externalLoadsFile())
                + "; " + timeSpan(initialTime(), finalTime()) + ", window " + XmlNumbers.format(cmcTimeWindow())
                + " s, optimizer " + optimizerAlgorithm() + "; " + integratorText()
                + ". Writes controls, states and forces to " + resultsDirectory() + ".";
    }
}
