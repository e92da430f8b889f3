package org.neuromsk.io.tool;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.XmlPaths;

/**
 * A forward simulation setup, {@code <ForwardTool>}: integrates the model from initial states under
 * the controls of its controllers (usually a {@link org.neuromsk.io.control.ControlSetController}).
 */
@XmlRootElement(name = "ForwardTool")
public final class ForwardTool extends AbstractTool {

    @XmlElement(name = "states_file")
    private String statesFile;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ForwardTool() {
    }

    /** @param name the object's name */
    public ForwardTool(String name) {
        super(name);
    }

    /**
     * @return initial states (.sto); the row at the last time ≤ initial_time is used, {@code <states_file>};
     * empty when absent
     */
    public String statesFile() {
        return statesFile != null ? statesFile : "";
    }

    /** @param value new {@code <states_file>}, null to remove it */
    public void setStatesFile(String value) {
        this.statesFile = value;
    }

    /** @return true if the file gives {@code <states_file>} */
    public boolean hasStatesFile() {
        return statesFile != null;
    }

    /**
     * @param setupFile the setup file
     * @return {@code states_file} resolved against its folder
     */
    public Optional<Path> statesPath(Path setupFile) {
        return resolve(setupFile, statesFile());
    }

    @Override
    public String describe() {
        return opening("Forward simulation") + forceSetText() + "; " + timeSpan(initialTime(), finalTime())
                + "; controls from " + list(controlsFiles())
                + "; initial states " + (XmlPaths.isGiven(statesFile()) ? "from " + statesFile() : "from the model's defaults")
                + (solveForEquilibriumForAuxiliaryStates() ? ", muscles equilibrated at the start" : "")
                + "; external loads " + file(externalLoadsFile()) + "; " + integratorText()
                + ". Writes states, controls and analyses to " + resultsDirectory() + ".";
    }
}
