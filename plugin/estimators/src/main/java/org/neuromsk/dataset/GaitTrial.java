package org.neuromsk.dataset;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

/**
 * One recorded trial with everything on the kinematics time base: coordinates, and optionally joint
 * moments, EMG envelopes (columns named by OpenSim muscle), ground reaction forces and muscle geometry.
 * Immutable; build it with {@link GaitTrialReader}.
 */
public final class GaitTrial {

    private final String name;
    private final Map<String, String> tags;
    private final Storage kinematics;
    private final Path kinematicsFile;
    private final Storage torques;
    private final String torquesSource;
    private final Path torquesFile;
    private final Storage emg;
    private final Path emgFile;
    private final Storage groundForces;
    private final Path groundForcesFile;
    private final MuscleGeometry geometry;

    GaitTrial(String name, Map<String, String> tags, Storage kinematics, Path kinematicsFile, Storage torques,
            String torquesSource, Path torquesFile, Storage emg, Path emgFile, Storage groundForces, Path groundForcesFile,
            MuscleGeometry geometry) {
        this.name = name;
        this.tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        this.kinematics = kinematics;
        this.kinematicsFile = kinematicsFile;
        this.torques = torques;
        this.torquesSource = torquesSource;
        this.torquesFile = torquesFile;
        this.emg = emg;
        this.emgFile = emgFile;
        this.groundForces = groundForces;
        this.groundForcesFile = groundForcesFile;
        this.geometry = geometry;
    }

    /** @return the trial's name (by default its folder's name) */
    public String name() {
        return name;
    }

    /** @return free-form labels used by splits, e.g. {@code trial}, {@code speed}, {@code subject} */
    public Map<String, String> tags() {
        return tags;
    }

    /**
     * @param key a tag name
     * @return its value, or {@code ""} if the trial has no such tag
     */
    public String tag(String key) {
        return tags.getOrDefault(key, "");
    }

    /** @return the times of every table (s) */
    public double[] time() {
        return kinematics.time();
    }

    /** @return number of frames */
    public int frames() {
        return kinematics.rowCount();
    }

    /** @return the coordinates as read (file units; see {@link Storage#inDegrees()}) */
    public Storage kinematics() {
        return kinematics;
    }

    /** @return the kinematics file */
    public Path kinematicsFile() {
        return kinematicsFile;
    }

    /**
     * @param names rotational coordinates
     * @return one column per coordinate (deg)
     */
    public double[][] anglesDegrees(List<String> names) {
        return Columns.anglesInDegrees(kinematics, kinematicsFile, names);
    }

    /** @return the joint moments, if the trial has them */
    public Optional<Storage> torques() {
        return Optional.ofNullable(torques);
    }

    /**
     * @param names moment columns, e.g. {@code knee_angle_r_moment}
     * @return one column per name (N·m or N)
     * @throws NeuroMskException if the trial has no moments or lacks a column
     */
    public double[][] torques(List<String> names) {
        if (torques == null) {
            throw new NeuroMskException("trial " + name + " has no joint moments (no " + GaitTrialReader.TORQUES
                    + " beside " + kinematicsFile.getFileName() + ")");
        }
        double[][] out = new double[names.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Columns.require(torques, torquesFile != null ? torquesFile : Path.of(name + " moments"),
                    names.get(i));
        }
        return out;
    }

    /** @return where the moments came from (a file name or a computation), or null */
    public String torquesSource() {
        return torquesSource;
    }

    /** @return the EMG envelopes (columns named by OpenSim muscle), if the trial has them */
    public Optional<Storage> emg() {
        return Optional.ofNullable(emg);
    }

    /** @return the EMG file, or null */
    public Path emgFile() {
        return emgFile;
    }

    /**
     * @param muscles OpenSim muscle names
     * @return one envelope per muscle (file units)
     * @throws NeuroMskException naming the EMG file if a muscle is missing
     */
    public double[][] emg(List<String> muscles) {
        if (emg == null) {
            throw new NeuroMskException("trial " + name + " has no EMG");
        }
        double[][] out = new double[muscles.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Columns.require(emg, emgFile, muscles.get(i));
        }
        return out;
    }

    /** @return the ground reaction forces, if the trial has them */
    public Optional<Storage> groundForces() {
        return Optional.ofNullable(groundForces);
    }

    /** @return the ground reaction force file, or null */
    public Path groundForcesFile() {
        return groundForcesFile;
    }

    /** @return muscle-tendon lengths and moment arms, if computed */
    public Optional<MuscleGeometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    /**
     * @param newTags tags to add or replace
     * @return this trial with those tags
     */
    public GaitTrial withTags(Map<String, String> newTags) {
        Map<String, String> merged = new LinkedHashMap<>(tags);
        merged.putAll(newTags);
        return new GaitTrial(name, merged, kinematics, kinematicsFile, torques, torquesSource, torquesFile, emg,
                emgFile, groundForces, groundForcesFile, geometry);
    }

    /**
     * A part of this trial, e.g. a block of strides held out for choosing hyper-parameters. Every table
     * keeps its rows with {@code from ≤ time ≤ to}; muscle geometry is not carried over.
     *
     * @param from first time kept (s)
     * @param to last time kept (s)
     * @param newName name of the part
     * @return the part
     * @throws NeuroMskException if fewer than two kinematics frames lie in the span
     */
    public GaitTrial slice(double from, double to, String newName) {
        Storage k = kinematics.slice(from, to);
        if (k.rowCount() < 2) {
            throw new NeuroMskException("trial " + name + ": fewer than 2 frames between " + from + " s and " + to
                    + " s");
        }
        return new GaitTrial(newName, tags, k, kinematicsFile, torques == null ? null : torques.slice(from, to),
                torquesSource, torquesFile, emg == null ? null : emg.slice(from, to), emgFile,
                groundForces == null ? null : groundForces.slice(from, to), groundForcesFile, null);
    }

    /**
     * The trial with some coordinates negated, for a model whose sign convention differs from the one
     * an estimator was trained with (e.g. {@code knee_angle_r} is positive in flexion in Rajagopal's
     * model, negative in gait2392).
     *
     * @param names coordinates (names or their {@code /jointset/…/value} paths)
     * @return the trial with those columns multiplied by −1
     * @throws NeuroMskException naming the kinematics file if a coordinate is missing
     */
    public GaitTrial withNegatedCoordinates(List<String> names) {
        List<String> labels = kinematics.labels();
        double[][] columns = new double[labels.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = kinematics.column(c).clone();
        }
        for (String n : names) {
            int c = Columns.find(kinematics, n);
            if (c < 0) {
                throw new NeuroMskException(kinematicsFile + ": no coordinate '" + n + "' to negate");
            }
            for (int r = 0; r < columns[c].length; r++) {
                columns[c][r] = -columns[c][r];
            }
        }
        return new GaitTrial(name, tags, kinematics.withColumns(labels, columns), kinematicsFile, torques,
                torquesSource, torquesFile, emg, emgFile, groundForces, groundForcesFile, geometry);
    }

    @Override
    public String toString() {
        return "GaitTrial " + name + " (" + frames() + " frames, " + kinematics.startTime() + " to "
                + kinematics.endTime() + " s" + (emg != null ? ", EMG" : "") + (torques != null ? ", moments" : "")
                + (groundForces != null ? ", GRF" : "") + ")";
    }
}
