package org.neuromsk.backend.tool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Writes muscle geometry as OpenSim's MuscleAnalysis lays it out: {@code <prefix>Length.sto},
 * {@code <prefix>LengtheningSpeed.sto} and {@code <prefix>MomentArm_<coordinate>.sto}, one column per
 * muscle.
 */
public final class MuscleAnalysisOutput {

    private MuscleAnalysisOutput() {
    }

    /**
     * @param geometry the tables
     * @param folder where to write
     * @param prefix file-name prefix, e.g. {@code arm26_MuscleAnalysis_}
     * @param coordinates the coordinates whose moment arms are written (all when empty)
     * @return the files written
     */
    public static List<Path> write(MuscleGeometry geometry, Path folder, String prefix, List<String> coordinates) {
        List<Path> written = new ArrayList<>();
        written.add(write(geometry.lengths().withName("Length"), folder.resolve(prefix + "Length.sto")));
        written.add(write(geometry.lengtheningSpeeds().withName("LengtheningSpeed"),
                folder.resolve(prefix + "LengtheningSpeed.sto")));
        for (Map.Entry<String, Storage> e : geometry.momentArms().entrySet()) {
            if (coordinates.isEmpty() || coordinates.contains(e.getKey())) {
                written.add(write(e.getValue().withName("MomentArm_" + e.getKey()),
                        folder.resolve(prefix + "MomentArm_" + e.getKey() + ".sto")));
            }
        }
        return written;
    }

    private static Path write(Storage table, Path file) {
        StorageWriter.write(table, file);
        return file;
    }
}
