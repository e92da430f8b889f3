package org.neuromsk.estimator.nmm;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonObject;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.signal.FiniteDifference;
import org.neuromsk.training.Json;

/**
 * Reads a subject written by the virtual-subject generator ({@code org.neuromsk.virtual}):
 * {@code SUBJECT/<m>kg/nominal_model.osim}, {@code true_parameters.json} and per trial
 * {@code trialNN_coordinates.sto} (degrees), {@code _id.sto}, {@code _envelopes.sto} (surface muscles
 * only) and, as truth, {@code _excitations.sto} and {@code _activations.sto}. Trials are resampled to
 * the NMM's frame rate; speeds and accelerations are central differences of the angle at the file's
 * rate; muscle geometry comes from the backend with the nominal model. The last trial of every load
 * is held out.
 */
public final class VirtualSubjectReader {

    /** The elbow coordinate of the NeuroMSK elbow model. */
    public static final String COORDINATE = "r_elbow_flex";
    private static final Pattern LOAD_FOLDER = Pattern.compile("(\\d+(?:\\.\\d+)?)kg");
    private static final Pattern TRIAL_FILE = Pattern.compile("(trial\\d+)_coordinates\\.sto");

    private final ModelOpener backend;
    private final double frameRate;

    /** Opens models for geometry. */
    @FunctionalInterface
    public interface ModelOpener {
        /**
         * @param osim a model file
         * @return the loaded model (closed by the caller)
         */
        MskModel open(Path osim);
    }

    /**
     * @param backend opens models through the backend interface
     * @param frameRate rate the NMM works at (Hz); files at an integer multiple are decimated
     */
    public VirtualSubjectReader(ModelOpener backend, double frameRate) {
        this.backend = backend;
        if (!(frameRate > 0)) {
            throw new NeuroMskException("frame rate must be > 0 Hz, got " + frameRate);
        }
        this.frameRate = frameRate;
    }

    /**
     * @param folder a subject folder ({@code OUT/subjectNN})
     * @return the subject, last trial of every load held out
     * @throws NeuroMskException or FileFormatException naming the folder or file that is missing or bad
     */
    public SubjectData read(Path folder) {
        List<Path> loads = loadFolders(folder);
        Path firstModel = loads.get(0).resolve("nominal_model.osim");
        List<String> muscles;
        try (MskModel model = backend.open(firstModel)) {
            muscles = model.muscles().stream().map(m -> m.name()).toList();
        }
        JsonObject truthRoot = json(loads.get(0).resolve("true_parameters.json"));
        List<String> measured = new ArrayList<>();
        JsonObject truthMuscles = truthRoot.getAsJsonObject("muscles");
        for (String m : muscles) {
            JsonObject t = truthMuscles == null ? null : truthMuscles.getAsJsonObject(m);
            if (t != null && t.has("measured") && t.get("measured").getAsBoolean()) {
                measured.add(m);
            }
        }
        List<TrialData> training = new ArrayList<>();
        List<TrialData> heldOut = new ArrayList<>();
        for (Path load : loads) {
            double mass = Double.parseDouble(matcher(LOAD_FOLDER, load.getFileName().toString()).group(1));
            List<String> trials = trialNames(load);
            try (MskModel model = backend.open(load.resolve("nominal_model.osim"))) {
                for (int i = 0; i < trials.size(); i++) {
                    TrialData t = trial(load, trials.get(i), mass, model, muscles, measured);
                    (i == trials.size() - 1 && trials.size() > 1 ? heldOut : training).add(t);
                }
            }
        }
        return new SubjectData(folder.getFileName().toString(), firstModel, COORDINATE, muscles, measured, training,
                heldOut, truth(truthRoot, muscles, measured, loads.get(0).resolve("true_parameters.json")));
    }

    private TrialData trial(Path folder, String name, double mass, MskModel model, List<String> muscles,
            List<String> measured) {
        Storage coordinates = StorageReader.read(folder.resolve(name + "_coordinates.sto"));
        Storage id = StorageReader.read(folder.resolve(name + "_id.sto"));
        Storage envelopes = StorageReader.read(folder.resolve(name + "_envelopes.sto"));
        Path excitationFile = folder.resolve(name + "_excitations.sto");
        Path activationFile = folder.resolve(name + "_activations.sto");
        Storage excitations = Files.exists(excitationFile) ? StorageReader.read(excitationFile) : null;
        Storage activations = Files.exists(activationFile) ? StorageReader.read(activationFile) : null;
        Path coordinateFile = folder.resolve(name + "_coordinates.sto");
        double[] fileTime = coordinates.time();
        int n = fileTime.length;
        double fileStep = (fileTime[n - 1] - fileTime[0]) / (n - 1);
        int factor = (int) Math.round(1 / (fileStep * frameRate));
        if (factor < 1 || Math.abs(factor * fileStep * frameRate - 1) > 1e-6) {
            throw new FileFormatException(coordinateFile, 0, "sampled every " + fileStep + " s, not an integer multiple"
                    + " of the NMM's " + frameRate + " Hz");
        }
        double[] angle = column(coordinates, COORDINATE, coordinateFile);
        if (coordinates.inDegrees()) {
            for (int i = 0; i < n; i++) {
                angle[i] = Math.toRadians(angle[i]);
            }
        }
        double[] speed = FiniteDifference.derivative(angle, fileStep);
        double[] acceleration = FiniteDifference.derivative(speed, fileStep);
        double[] moment = column(id, COORDINATE + "_moment", folder.resolve(name + "_id.sto"));
        if (moment.length != n || envelopes.rowCount() != n) {
            throw new FileFormatException(folder.resolve(name + "_id.sto"), 0, "rows differ from the " + n
                    + " rows of " + coordinateFile.getFileName());
        }
        int frames = (n - 1) / factor + 1;
        double[] time = decimate(fileTime, factor, frames);
        double[] q = decimate(angle, factor, frames);
        Storage motion = Storage.of("motion", false, List.of(COORDINATE), time, new double[][] {q});
        MuscleGeometry geometry = model.muscleGeometry(MuscleGeometryRequest.of(motion));
        Storage arms = geometry.momentArms().get(COORDINATE);
        if (arms == null) {
            throw new NeuroMskException(model.name() + ": no moment arms about " + COORDINATE);
        }
        int m = muscles.size();
        double[][] env = new double[m][];
        double[][] lengths = new double[m][];
        double[][] speeds = new double[m][];
        double[][] momentArms = new double[m][];
        double[][] trueU = excitations == null ? null : new double[m][];
        double[][] trueA = activations == null ? null : new double[m][];
        Path envelopeFile = folder.resolve(name + "_envelopes.sto");
        for (int i = 0; i < m; i++) {
            String muscle = muscles.get(i);
            if (measured.contains(muscle)) {
                env[i] = decimate(column(envelopes, muscle, envelopeFile), factor, frames);
            }
            lengths[i] = geometry.lengths().column(muscle);
            speeds[i] = geometry.lengtheningSpeeds().column(muscle);
            momentArms[i] = arms.column(muscle);
            if (trueU != null) {
                trueU[i] = decimate(column(excitations, muscle, excitationFile), factor, frames);
            }
            if (trueA != null) {
                trueA[i] = decimate(column(activations, muscle, activationFile), factor, frames);
            }
        }
        return new TrialData(folder.getFileName() + "/" + name, mass, time, q, decimate(speed, factor, frames),
                decimate(acceleration, factor, frames), decimate(moment, factor, frames), env, lengths, speeds,
                momentArms, trueU, trueA, folder.resolve("nominal_model.osim"));
    }

    private static SubjectData.TrueParameters truth(JsonObject root, List<String> muscles, List<String> measured,
            Path file) {
        JsonObject m = root.getAsJsonObject("muscles");
        if (m == null || !root.has("activation_time_constant_s")) {
            return null;
        }
        Map<String, Double> force = new HashMap<>();
        Map<String, Double> fiber = new HashMap<>();
        Map<String, Double> tendon = new HashMap<>();
        Map<String, Double> scale = new HashMap<>();
        for (String name : muscles) {
            JsonObject t = m.getAsJsonObject(name);
            if (t == null) {
                throw new FileFormatException(file, 0, "no truth for muscle " + name);
            }
            force.put(name, t.get("max_isometric_force_N").getAsDouble());
            fiber.put(name, t.get("optimal_fiber_length_m").getAsDouble());
            tendon.put(name, t.get("tendon_slack_length_m").getAsDouble());
            if (measured.contains(name)) {
                scale.put(name, t.get("emg_scale").getAsDouble());
            }
        }
        return new SubjectData.TrueParameters(force, fiber, tendon, scale,
                root.get("activation_time_constant_s").getAsDouble(),
                root.get("deactivation_time_constant_s").getAsDouble(), root.get("emg_delay_s").getAsDouble());
    }

    /**
     * @param folder a subject folder of the generator
     * @return its load folders ({@code <m>kg}) by load mass: 2kg before 10kg, where a name sort would put
     *     10kg first
     * @throws NeuroMskException if it is missing, cannot be listed or holds no load folder
     */
    public static List<Path> loadFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new NeuroMskException(folder + ": subject folder not found");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> loads = s.filter(p -> Files.isDirectory(p) && LOAD_FOLDER.matcher(p.getFileName().toString())
                    .matches()).sorted((a, b) -> Double.compare(mass(a), mass(b))).toList();
            if (loads.isEmpty()) {
                throw new NeuroMskException(folder + ": no load folders (<m>kg) of the virtual-subject generator");
            }
            return loads;
        } catch (IOException e) {
            throw new NeuroMskException(folder + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static double mass(Path loadFolder) {
        return Double.parseDouble(matcher(LOAD_FOLDER, loadFolder.getFileName().toString()).group(1));
    }

    /**
     * @param load a load folder of the generator
     * @return the names of its trials ({@code trialNN} of the {@code trialNN_coordinates.sto} files) by trial
     *     number: trial99 before trial100, where a name sort would put trial100 before trial11
     * @throws NeuroMskException if it cannot be listed or holds no trial
     */
    public static List<String> trialNames(Path load) {
        try (Stream<Path> s = Files.list(load)) {
            List<String> names = s.map(p -> TRIAL_FILE.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(x -> x.group(1)).sorted(Comparator.comparing((String n) -> new BigInteger(n.substring(5)))
                            .thenComparing(Comparator.naturalOrder())).toList();
            if (names.isEmpty()) {
                throw new NeuroMskException(load + ": no trialNN_coordinates.sto files");
            }
            return names;
        } catch (IOException e) {
            throw new NeuroMskException(load + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static Matcher matcher(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.matches()) {
            throw new NeuroMskException("unexpected name " + text);
        }
        return m;
    }

    private static JsonObject json(Path file) {
        return Json.parseObject(file, Json.readText(file));
    }

    private static double[] column(Storage table, String label, Path file) {
        if (!table.hasColumn(label)) {
            throw new FileFormatException(file, 0, String.format(Locale.ROOT, "no column '%s' (has %s)", label,
                    String.join(", ", table.labels())));
        }
        return table.column(label);
    }


    private static double[] decimate(double[] x, int factor, int frames) {
        double[] out = new double[frames];
        for (int i = 0; i < frames; i++) {
            out[i] = x[i * factor];
        }
        return out;
    }
}
