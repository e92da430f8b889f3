package org.neuromsk.pipeline.estimator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.TorqueSource;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.gait.GaitEmgModel;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgTrainer;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.io.storage.Storage;

/**
 * The torque-based gait EMG estimator (Park &amp; Park's MLP, {@code org.neuromsk.estimator.gait}) as the
 * pipeline's {@value #NAME}: loads a saved model folder (option {@code modelFolder}) or trains one on
 * trial folders (option {@code training}: a folder or a list of folders with {@code ik.sto},
 * {@code id.sto}, {@code emgFilt.sto}; {@code seed}, default 1), predicts the EMG of its muscles
 * (Park &amp; Park's Table 1 mapping) from the pipeline's motion and joint moments — option
 * {@code torques} (a {@code .sto} of inverse-dynamics moments), else inverse dynamics of the model with
 * the pipeline's external loads — and uses them, within [0.01, 1], as those muscles' excitations. The
 * model's other muscles get the minimum excitation 0.01 (a note says how many); the reserves carry the
 * rest.
 */
public final class GaitTorqueMlpEstimator implements Estimator {

    /** The estimator's pipeline name. */
    public static final String NAME = "gait-torque-mlp";
    /** Excitation of the muscles the estimator does not cover (Thelen 2003's minimum control). */
    static final double MINIMUM = 0.01;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Estimate estimate(EstimatorInput input, Consumer<String> log) {
        return run(input, seed(input), log);
    }

    @Override
    public Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
        return run(input, memberSeed, log);
    }

    /** DJL's gradient collector is process-wide: one training at a time. */
    @Override
    public boolean concurrentMembers() {
        return false;
    }

    private Estimate run(EstimatorInput input, long seed, Consumer<String> log) {
        MuscleMapping mapping = MuscleMapping.parkAndParkTable1();
        List<String> notes = new ArrayList<>();
        try (MskModel model = BackendRegistry.discover().choose("embedded").create().loadModel(input.model(),
                log::accept); GaitEmgModel gait = model(input, mapping, seed, notes, log)) {
            TorqueSource torques = input.options().get("torques") instanceof String f
                    ? TorqueSource.file(resolve(input, f))
                    : TorqueSource.inverseDynamics(model, input.externalLoads(), -1);
            GaitTrial trial = GaitTrialReader.kinematics(input.motionFile()).torques(torques).read();
            Storage emg = gait.predictTable(trial);
            List<String> muscles = model.muscles().stream().map(MuscleInfo::name).toList();
            double[] time = emg.time();
            double[][] u = new double[muscles.size()][];
            int covered = 0;
            for (int m = 0; m < muscles.size(); m++) {
                u[m] = new double[time.length];
                if (emg.hasColumn(muscles.get(m))) {
                    double[] e = emg.column(muscles.get(m));
                    for (int k = 0; k < time.length; k++) {
                        u[m][k] = Math.max(MINIMUM, Math.min(1, e[k]));
                    }
                    covered++;
                } else {
                    java.util.Arrays.fill(u[m], MINIMUM);
                }
            }
            if (covered == 0) {
                throw new NeuroMskException(input.model().getFileName() + " has none of the gait estimator's muscles ("
                        + String.join(", ", gait.info().opensimMuscles()) + ")");
            }
            notes.add("gait-torque-mlp: " + covered + " of " + muscles.size() + " muscles estimated ("
                    + gait.info().outputUnit() + ", used as excitations within [0.01, 1]); the other "
                    + (muscles.size() - covered) + " at the minimum excitation " + MINIMUM);
            return new Estimate(Storage.of("excitations", false, muscles, time, u), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of(), notes);
        }
    }

    private static GaitEmgModel model(EstimatorInput input, MuscleMapping mapping, long seed, List<String> notes,
            Consumer<String> log) {
        if (input.options().get("modelFolder") instanceof String folder) {
            notes.add("gait-torque-mlp: model loaded from " + folder);
            return GaitEmgModel.load(resolve(input, folder));
        }
        List<Path> folders = new ArrayList<>();
        Object training = input.options().get("training");
        if (training instanceof String s) {
            folders.add(resolve(input, s));
        } else if (training instanceof List<?> l) {
            l.forEach(x -> folders.add(resolve(input, String.valueOf(x))));
        }
        if (folders.isEmpty()) {
            throw new NeuroMskException("estimator gait-torque-mlp needs options.modelFolder or options.training "
                    + "(trial folders with ik.sto, id.sto and emgFilt.sto)");
        }
        List<GaitTrial> trials = new ArrayList<>();
        for (Path f : folders) {
            trials.add(GaitTrialReader.folder(f).muscles(mapping.opensimNames()).read());
        }
        notes.add("gait-torque-mlp: trained on " + folders.stream().map(p -> p.getFileName().toString()).toList()
                + " with seed " + seed);
        return new GaitEmgTrainer(GaitEmgType.TORQUE, GaitEmgSettings.defaults(GaitEmgType.TORQUE).withSeed(seed),
                mapping).quiet(true).log(log).train(trials);
    }

    private static long seed(EstimatorInput input) {
        return input.options().get("seed") instanceof Number n ? n.longValue() : 1;
    }

    /** Relative option paths are relative to the motion file's folder. */
    private static Path resolve(EstimatorInput input, String path) {
        Path p = Path.of(path);
        Path base = input.motionFile().toAbsolutePath().getParent();
        Path out = p.isAbsolute() || base == null ? p : base.resolve(p).normalize();
        if (!Files.exists(out)) {
            throw new NeuroMskException("estimator gait-torque-mlp: " + out + " not found");
        }
        return out;
    }
}
