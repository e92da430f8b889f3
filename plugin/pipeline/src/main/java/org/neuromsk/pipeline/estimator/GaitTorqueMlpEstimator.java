package org.neuromsk.pipeline.estimator;

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
 * rest. The options are checked with the pipeline file, before any computation ({@link GaitTorqueMlpOptions}).
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

    /** Checks the options as {@link GaitTorqueMlpOptions} reads them. */
    @Override
    public List<String> optionProblems(Map<String, Object> options, Path base) {
        return GaitTorqueMlpOptions.problems(options, base);
    }

    @Override
    public Estimate estimate(EstimatorInput input, Consumer<String> log) {
        GaitTorqueMlpOptions options = options(input);
        return run(input, options, options.seed(), log);
    }

    @Override
    public Estimate ensembleMember(EstimatorInput input, long memberSeed, Consumer<String> log) {
        return run(input, options(input), memberSeed, log);
    }

    /** DJL's gradient collector is process-wide: one training at a time. */
    @Override
    public boolean concurrentMembers() {
        return false;
    }

    private Estimate run(EstimatorInput input, GaitTorqueMlpOptions options, long seed, Consumer<String> log) {
        MuscleMapping mapping = MuscleMapping.parkAndParkTable1();
        List<String> notes = new ArrayList<>();
        try (MskModel model = BackendRegistry.discover().choose("embedded").create().loadModel(input.model(),
                log::accept); GaitEmgModel gait = model(options, mapping, seed, notes, log)) {
            TorqueSource torques = options.torques().map(TorqueSource::file)
                    .orElseGet(() -> TorqueSource.inverseDynamics(model, input.externalLoads(), -1));
            GaitTrial trial = GaitTrialReader.kinematics(input.motionFile()).torques(torques).read();
            Storage emg = gait.predictTable(trial);
            // a disabled muscle (appliesForce false) is not actuated: no control column (Estimate)
            List<String> muscles = model.muscles().stream().filter(MuscleInfo::appliesForce).map(MuscleInfo::name)
                    .toList();
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
                        + String.join(", ", gait.info().opensimMuscles()) + ") among those that apply force");
            }
            notes.add("gait-torque-mlp: " + covered + " of " + muscles.size() + " muscles estimated ("
                    + gait.info().outputUnit() + ", used as excitations within [0.01, 1]); the other "
                    + (muscles.size() - covered) + " at the minimum excitation " + MINIMUM);
            return new Estimate(Storage.of("excitations", false, muscles, time, u), Optional.empty(),
                    Optional.empty(), Optional.empty(), Map.of(), notes);
        }
    }

    /** Seeded networks averaged in one estimate (the pipeline's own ensemble adds more). */
    static final int NETWORKS_PER_ESTIMATE = 3;

    private static GaitEmgModel model(GaitTorqueMlpOptions options, MuscleMapping mapping, long seed,
            List<String> notes, Consumer<String> log) {
        if (options.modelFolder().isPresent()) {
            notes.add("gait-torque-mlp: model loaded from " + options.modelFolder().get());
            return GaitEmgModel.load(options.modelFolder().get());
        }
        List<GaitTrial> trials = new ArrayList<>();
        for (Path f : options.training()) {
            trials.add(GaitTrialReader.folder(f).muscles(mapping.opensimNames()).read());
        }
        notes.add("gait-torque-mlp: trained on " + options.training().stream().map(p -> p.getFileName().toString())
                .toList() + " with seed " + seed);
        // 3 networks per estimate, not the 10 of neuromsk gait-emg: the pipeline trains one such model per
        // member of its own ensemble (the intervals), which already averages over seeds
        return new GaitEmgTrainer(GaitEmgType.TORQUE, GaitEmgSettings.defaults(GaitEmgType.TORQUE)
                .withMembers(NETWORKS_PER_ESTIMATE).withSeed(seed), mapping).quiet(true).log(log).train(trials);
    }

    /** Relative option paths are relative to the motion file's folder. */
    private static GaitTorqueMlpOptions options(EstimatorInput input) {
        return GaitTorqueMlpOptions.parse(input.options(), input.motionFile().toAbsolutePath().getParent());
    }
}
