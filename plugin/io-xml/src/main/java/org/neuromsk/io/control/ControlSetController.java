package org.neuromsk.io.control;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.neuromsk.io.xml.XmlPaths;

/**
 * Drives actuators from a controls file (ControlSet XML or {@code .sto}),
 * {@code <ControlSetController>}; ForwardTool setups use it.
 */
@XmlRootElement(name = "ControlSetController")
public final class ControlSetController extends Controller {

    @XmlElement(name = "controls_file")
    private String controlsFile;

    /**
     * An object with every property absent (OpenSim defaults apply); for the XML binding and for building
     * documents.
     */
    public ControlSetController() {
    }

    /** @param name the object's name */
    public ControlSetController(String name) {
        super(name);
    }

    /**
     * @return the controls file, relative to the folder of the file that names it, {@code <controls_file>};
     * empty when absent
     */
    public String controlsFile() {
        return controlsFile != null ? controlsFile : "";
    }

    /** @param value new {@code <controls_file>}, null to remove it */
    public void setControlsFile(String value) {
        this.controlsFile = value;
    }

    /** @return true if the file gives {@code <controls_file>} */
    public boolean hasControlsFile() {
        return controlsFile != null;
    }

    /**
     * @param ownerFile the setup or model file holding this controller
     * @return the controls file, resolved against the owner's folder
     */
    public Optional<Path> controlsPath(Path ownerFile) {
        return XmlPaths.resolve(ownerFile, controlsFile());
    }
}
