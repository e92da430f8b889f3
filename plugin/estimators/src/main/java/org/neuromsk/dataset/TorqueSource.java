package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;

/**
 * Where a trial's joint moments come from: a file (e.g. OpenSim's {@code id.sto}), or inverse
 * dynamics computed through a backend from the trial's kinematics. Columns are named
 * {@code <coordinate>_moment} (N·m) or {@code <coordinate>_force} (N).
 */
public interface TorqueSource {

    /**
     * @param kinematics the trial's coordinates
     * @param kinematicsFile where they came from
     * @return generalized forces, on any time base covering the kinematics
     */
    Storage torques(Storage kinematics, Path kinematicsFile);

    /** @return the file read, or the description of the computation, for messages and reports */
    String describe();

    /** @return the file whose columns {@link #torques} returns, for messages (null if computed) */
    Path file();

    /**
     * @param file a {@code .sto} of generalized forces
     * @return a source reading it as given
     */
    static TorqueSource file(Path file) {
        return new TorqueSource() {
            @Override
            public Storage torques(Storage kinematics, Path kinematicsFile) {
                return StorageReader.read(file);
            }

            @Override
            public String describe() {
                return file.toString();
            }

            @Override
            public Path file() {
                return file;
            }
        };
    }

    /**
     * @param model a loaded model (the subject's)
     * @param externalLoads ExternalLoads XML with the ground reaction forces, if any
     * @param lowpassCutoff low-pass cut-off for the coordinates (Hz), negative for none
     * @return a source computing inverse dynamics as OpenSim's InverseDynamicsTool does, muscles excluded
     */
    static TorqueSource inverseDynamics(MskModel model, Optional<Path> externalLoads, double lowpassCutoff) {
        return new TorqueSource() {
            @Override
            public Storage torques(Storage kinematics, Path kinematicsFile) {
                return model.inverseDynamics(new InverseDynamicsRequest(kinematics, kinematicsFile, externalLoads,
                        lowpassCutoff, TimeRange.ALL, List.of("Muscles")));
            }

            @Override
            public String describe() {
                return "inverse dynamics of " + model.name() + " (" + model.backendName() + " backend"
                        + externalLoads.map(p -> ", external loads " + p.getFileName()).orElse("") + ")";
            }

            @Override
            public Path file() {
                return null;
            }
        };
    }
}
