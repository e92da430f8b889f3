package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;

import org.neuromsk.io.control.ControlSetController;
import org.neuromsk.io.control.Controller;
import org.neuromsk.io.control.ControllerSet;
import org.neuromsk.io.xml.NameList;
import org.neuromsk.io.xml.XmlNumbers;
import org.neuromsk.io.xml.XmlPaths;

/**
 * The settings shared by ForwardTool, AnalyzeTool and CMCTool: force set files, time span,
 * integrator settings, analyses and controllers.
 */
public abstract class AbstractTool extends ToolSetup {

    @XmlElement(name = "replace_force_set")
    private Boolean replaceForceSet;

    @XmlElement(name = "force_set_files")
    private NameList forceSetFiles;

    @XmlElement(name = "output_precision")
    private Integer outputPrecision;

    @XmlElement(name = "initial_time")
    private Double initialTime;

    @XmlElement(name = "final_time")
    private Double finalTime;

    @XmlElement(name = "solve_for_equilibrium_for_auxiliary_states")
    private Boolean solveForEquilibriumForAuxiliaryStates;

    @XmlElement(name = "maximum_number_of_integrator_steps")
    private Integer maximumNumberOfIntegratorSteps;

    @XmlElement(name = "maximum_integrator_step_size")
    private Double maximumIntegratorStepSize;

    @XmlElement(name = "minimum_integrator_step_size")
    private Double minimumIntegratorStepSize;

    @XmlElement(name = "integrator_error_tolerance")
    private Double integratorErrorTolerance;

    @XmlElement(name = "AnalysisSet")
    private AnalysisSet analysisSet;

    @XmlElement(name = "ControllerSet")
    private ControllerSet controllerSet;

    @XmlElement(name = "external_loads_file")
    private String externalLoadsFile;

    /** For subclasses. */
    protected AbstractTool() {
    }

    /** @param name the object's name */
    protected AbstractTool(String name) {
        super(name);
    }

    /**
     * @return whether the force set files replace the model's forces (else they are added),
     * {@code <replace_force_set>}; true (false for CMC) when absent
     */
    public boolean replaceForceSet() {
        return replaceForceSet != null ? replaceForceSet : replaceForceSetDefault();
    }

    /** @param value new {@code <replace_force_set>} */
    public void setReplaceForceSet(boolean value) {
        this.replaceForceSet = value;
    }

    /** @return true if the file gives {@code <replace_force_set>} */
    public boolean hasReplaceForceSet() {
        return replaceForceSet != null;
    }

    /** @return force set files (e.g. reserve actuators), {@code <force_set_files>}; empty when absent */
    public List<String> forceSetFiles() {
        return forceSetFiles != null ? forceSetFiles.values() : List.of();
    }

    /** @param values new {@code <force_set_files>} */
    public void setForceSetFiles(List<String> values) {
        this.forceSetFiles = new NameList(values);
    }

    /** @return significant digits in the result files, {@code <output_precision>}; 8 when absent */
    public int outputPrecision() {
        return outputPrecision != null ? outputPrecision : 8;
    }

    /** @param value new {@code <output_precision>} */
    public void setOutputPrecision(int value) {
        this.outputPrecision = value;
    }

    /** @return true if the file gives {@code <output_precision>} */
    public boolean hasOutputPrecision() {
        return outputPrecision != null;
    }

    /** @return start time (s), {@code <initial_time>}; 0.0 when absent */
    public double initialTime() {
        return initialTime != null ? initialTime : 0.0;
    }

    /** @param value new {@code <initial_time>} */
    public void setInitialTime(double value) {
        this.initialTime = value;
    }

    /** @return true if the file gives {@code <initial_time>} */
    public boolean hasInitialTime() {
        return initialTime != null;
    }

    /** @return end time (s), {@code <final_time>}; 1.0 when absent */
    public double finalTime() {
        return finalTime != null ? finalTime : 1.0;
    }

    /** @param value new {@code <final_time>} */
    public void setFinalTime(double value) {
        this.finalTime = value;
    }

    /** @return true if the file gives {@code <final_time>} */
    public boolean hasFinalTime() {
        return finalTime != null;
    }

    /**
     * @return whether muscle states are equilibrated at the start,
     * {@code <solve_for_equilibrium_for_auxiliary_states>}; false (true for CMC) when absent
     */
    public boolean solveForEquilibriumForAuxiliaryStates() {
        return solveForEquilibriumForAuxiliaryStates != null ? solveForEquilibriumForAuxiliaryStates : solveForEquilibriumDefault();
    }

    /** @param value new {@code <solve_for_equilibrium_for_auxiliary_states>} */
    public void setSolveForEquilibriumForAuxiliaryStates(boolean value) {
        this.solveForEquilibriumForAuxiliaryStates = value;
    }

    /** @return true if the file gives {@code <solve_for_equilibrium_for_auxiliary_states>} */
    public boolean hasSolveForEquilibriumForAuxiliaryStates() {
        return solveForEquilibriumForAuxiliaryStates != null;
    }

    /**
     * @return step limit of the integrator, {@code <maximum_number_of_integrator_steps>}; 20000 when absent
     */
    public int maximumNumberOfIntegratorSteps() {
        return maximumNumberOfIntegratorSteps != null ? maximumNumberOfIntegratorSteps : 20000;
    }

    /** @param value new {@code <maximum_number_of_integrator_steps>} */
    public void setMaximumNumberOfIntegratorSteps(int value) {
        this.maximumNumberOfIntegratorSteps = value;
    }

    /** @return true if the file gives {@code <maximum_number_of_integrator_steps>} */
    public boolean hasMaximumNumberOfIntegratorSteps() {
        return maximumNumberOfIntegratorSteps != null;
    }

    /** @return largest integration step (s), {@code <maximum_integrator_step_size>}; 1.0 when absent */
    public double maximumIntegratorStepSize() {
        return maximumIntegratorStepSize != null ? maximumIntegratorStepSize : 1.0;
    }

    /** @param value new {@code <maximum_integrator_step_size>} */
    public void setMaximumIntegratorStepSize(double value) {
        this.maximumIntegratorStepSize = value;
    }

    /** @return true if the file gives {@code <maximum_integrator_step_size>} */
    public boolean hasMaximumIntegratorStepSize() {
        return maximumIntegratorStepSize != null;
    }

    /** @return smallest integration step (s), {@code <minimum_integrator_step_size>}; 1e-8 when absent */
    public double minimumIntegratorStepSize() {
        return minimumIntegratorStepSize != null ? minimumIntegratorStepSize : 1e-8;
    }

    /** @param value new {@code <minimum_integrator_step_size>} */
    public void setMinimumIntegratorStepSize(double value) {
        this.minimumIntegratorStepSize = value;
    }

    /** @return true if the file gives {@code <minimum_integrator_step_size>} */
    public boolean hasMinimumIntegratorStepSize() {
        return minimumIntegratorStepSize != null;
    }

    /** @return integrator accuracy (dimensionless), {@code <integrator_error_tolerance>}; 1e-5 when absent */
    public double integratorErrorTolerance() {
        return integratorErrorTolerance != null ? integratorErrorTolerance : 1e-5;
    }

    /** @param value new {@code <integrator_error_tolerance>} */
    public void setIntegratorErrorTolerance(double value) {
        this.integratorErrorTolerance = value;
    }

    /** @return true if the file gives {@code <integrator_error_tolerance>} */
    public boolean hasIntegratorErrorTolerance() {
        return integratorErrorTolerance != null;
    }

    /** @return analyses run during the tool, {@code <AnalysisSet>}; null when absent */
    public AnalysisSet analysisSet() {
        return analysisSet;
    }

    /** @param value new {@code <AnalysisSet>}, null to remove it */
    public void setAnalysisSet(AnalysisSet value) {
        this.analysisSet = value;
    }

    /** @return controllers added to the model, {@code <ControllerSet>}; null when absent */
    public ControllerSet controllerSet() {
        return controllerSet;
    }

    /** @param value new {@code <ControllerSet>}, null to remove it */
    public void setControllerSet(ControllerSet value) {
        this.controllerSet = value;
    }

    /** @return externalLoads XML file, {@code <external_loads_file>}; empty when absent */
    public String externalLoadsFile() {
        return externalLoadsFile != null ? externalLoadsFile : "";
    }

    /** @param value new {@code <external_loads_file>}, null to remove it */
    public void setExternalLoadsFile(String value) {
        this.externalLoadsFile = value;
    }

    /** @return true if the file gives {@code <external_loads_file>} */
    public boolean hasExternalLoadsFile() {
        return externalLoadsFile != null;
    }

    /** @return OpenSim's default for {@code replace_force_set} with this tool */
    protected boolean replaceForceSetDefault() {
        return true;
    }

    /** @return OpenSim's default for {@code solve_for_equilibrium_for_auxiliary_states} with this tool */
    protected boolean solveForEquilibriumDefault() {
        return false;
    }

    /**
     * @param setupFile the setup file
     * @return {@code force_set_files} resolved against its folder
     */
    public List<Path> forceSetPaths(Path setupFile) {
        List<Path> paths = new ArrayList<>();
        for (String file : forceSetFiles()) {
            resolve(setupFile, file).ifPresent(paths::add);
        }
        return paths;
    }

    /**
     * @param setupFile the setup file
     * @return {@code external_loads_file} resolved against its folder
     */
    public Optional<Path> externalLoadsPath(Path setupFile) {
        return resolve(setupFile, externalLoadsFile());
    }

    /** @return the typed analyses, in file order */
    public List<Analysis> analyses() {
        return analysisSet == null ? List.of() : analysisSet.items();
    }

    /** @return the class names of all analyses (typed or preserved), in file order */
    public List<String> analysisNames() {
        return analysisSet == null ? List.of() : analysisSet.memberTags();
    }

    /** @return the typed controllers, in file order */
    public List<Controller> controllers() {
        return controllerSet == null ? List.of() : controllerSet.items();
    }

    /** @return the controls files of the ControlSetControllers, as written */
    public List<String> controlsFiles() {
        List<String> files = new ArrayList<>();
        for (Controller c : controllers()) {
            if (c instanceof ControlSetController csc && XmlPaths.isGiven(csc.controlsFile())) {
                files.add(csc.controlsFile());
            }
        }
        return files;
    }

    /** @return "; force set files a.xml (added to the model's forces)" or "" */
    protected String forceSetText() {
        if (forceSetFiles().isEmpty()) {
            return "";
        }
        return "; force set files " + list(forceSetFiles())
                + (replaceForceSet() ? " (replacing the model's forces)" : " (added to the model's forces)");
    }

    /** @return the integrator settings in words */
    protected String integratorText() {
        return "integrator tolerance " + XmlNumbers.format(integratorErrorTolerance()) + ", steps "
                + XmlNumbers.format(minimumIntegratorStepSize()) + " s to " + XmlNumbers.format(maximumIntegratorStepSize())
                + " s, at most " + maximumNumberOfIntegratorSteps() + " steps";
    }
}
