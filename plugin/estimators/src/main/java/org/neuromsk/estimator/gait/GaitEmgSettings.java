package org.neuromsk.estimator.gait;

import java.util.List;

import org.neuromsk.dataset.CycleRules;
import org.neuromsk.dataset.EmgScaling;
import org.neuromsk.dataset.Segmentation;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.loss.LossFunction;
import org.neuromsk.training.loss.Losses;
import org.neuromsk.training.model.Activation;
import org.neuromsk.training.model.MlpConfig;
import org.neuromsk.training.optim.AdamConfig;

/**
 * The hyper-parameters of a gait EMG estimator; {@link #defaults(GaitEmgType)} gives each family's,
 * and an experiment file's {@code "model"} object overrides any of them.
 *
 * @param angles rotational coordinates fed to the network (deg)
 * @param velocities add their angular velocities (deg/s)
 * @param torqueInputs measured joint moments fed to the network (N·m); usually empty
 * @param offsets times around each frame at which inputs are taken (s)
 * @param standardisePerTrial z-score every input channel with its own trial's statistics
 * @param phase add the gait phase (sine and cosine) found from the knee angle ({@link GaitPhase})
 * @param hidden hidden layer sizes (input side first)
 * @param activation hidden activation
 * @param dropout dropout after each hidden layer of the EMG stage (for the torque-based model, of the
 *     fine-tuned network; its moment pre-training has none, so that candidates differing in this value
 *     share one pre-trained moment network)
 * @param emgScaling how EMG targets are scaled per trial
 * @param loss {@code mse}, {@code mae} or {@code huber} (δ = 1 in normalised units), for the EMG stage
 * @param training training of the EMG stage (fine-tuning, for the torque-based model)
 * @param torqueTargets joint moments the torque-based model is pre-trained on
 * @param pretraining training of the pre-training stage (mean squared error on z-scored moments)
 * @param addedLayer units of the hidden layer added after pre-training
 * @param validationEvery hold out every this-many-th gait cycle of each training trial for validation
 * @param members independently seeded networks whose estimates are averaged
 * @param side foot whose gait cycles (and, by default, joints) are used: {@code right} or {@code left}
 * @param forceThreshold heel-strike threshold on the vertical ground reaction force (N)
 * @param minCycle shortest accepted gait cycle (s)
 * @param maxCycleDeviation largest accepted relative deviation of a cycle's duration from the median (-)
 */
public record GaitEmgSettings(List<String> angles, boolean velocities, List<String> torqueInputs, double[] offsets,
        boolean standardisePerTrial, boolean phase, List<Integer> hidden, Activation activation, double dropout,
        EmgScaling emgScaling, String loss, TrainingConfig training, List<String> torqueTargets,
        TrainingConfig pretraining, int addedLayer, int validationEvery, int members, String side,
        double forceThreshold, double minCycle, double maxCycleDeviation) {

    /** Sagittal hip, knee and ankle angles of the right leg (gait2392 and Rajagopal names). */
    public static final List<String> SAGITTAL_ANGLES_RIGHT = List.of("hip_flexion_r", "knee_angle_r", "ankle_angle_r");

    /**
     * Right-leg joint moments of gait2392's inverse dynamics: hip in the sagittal, frontal and
     * transverse planes, knee and ankle (sagittal), subtalar (frontal).
     */
    public static final List<String> RIGHT_LEG_MOMENTS = List.of("hip_flexion_r_moment", "hip_adduction_r_moment",
            "hip_rotation_r_moment", "knee_angle_r_moment", "ankle_angle_r_moment", "subtalar_angle_r_moment");

    /** Checks the fields. */
    public GaitEmgSettings {
        angles = angles == null ? List.of() : List.copyOf(angles);
        torqueInputs = torqueInputs == null ? List.of() : List.copyOf(torqueInputs);
        torqueTargets = torqueTargets == null ? List.of() : List.copyOf(torqueTargets);
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        offsets = offsets == null ? new double[] {0} : offsets.clone();
        if (angles.isEmpty() || members < 1 || validationEvery < 2 || addedLayer < 0 || training == null
                || emgScaling == null) {
            throw new NeuroMskException("model settings: need angles, members ≥ 1, validationEvery ≥ 2, "
                    + "addedLayer ≥ 0, a training config and an EMG scaling");
        }
        for (int units : hidden) {
            if (units < 1) {
                throw new NeuroMskException("hidden layer sizes must be ≥ 1, got " + hidden);
            }
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new NeuroMskException("dropout " + dropout + " outside [0, 1)");
        }
        lossFunction(loss);
        segmentation(side, forceThreshold, minCycle, maxCycleDeviation); // refuses a bad side, threshold or rule
    }

    /**
     * The settings each family starts from. Network sizes match Park &amp; Park's parameter counts:
     * baseline 3 → 142 → 100 → 7 (15,575 parameters); torque-based pre-training 3 → 142 → 100 → 6
     * moments (15,474), then a 150-unit hidden layer is added (101 × 150 = 15,150 parameters) before a
     * new 7-unit output (31,075 in all). The context model sees the three angles
     * with the sine and cosine of the gait phase (5 inputs) through 128 → 64 hidden units (9,479).
     *
     * @param type the family
     * @return its default settings
     */
    public static GaitEmgSettings defaults(GaitEmgType type) {
        TrainingConfig training = new TrainingConfig(150, 64, AdamConfig.of(1e-3), 20, 0, true, true, true, 1, 1);
        TrainingConfig pretraining = new TrainingConfig(150, 64, AdamConfig.of(1e-3), 20, 0, true, true, true, 1, 1);
        return switch (type) {
            case BASELINE -> new GaitEmgSettings(SAGITTAL_ANGLES_RIGHT, false, List.of(), new double[] {0}, true, false,
                    List.of(142, 100), Activation.RELU, 0, EmgScaling.CYCLE_RANGE, "mae", training, List.of(),
                    pretraining, 0, 5, 10, "right", 20, 0.4, 0.2);
            case TORQUE -> new GaitEmgSettings(SAGITTAL_ANGLES_RIGHT, false, List.of(), new double[] {0}, true, false,
                    List.of(142, 100), Activation.RELU, 0, EmgScaling.CYCLE_RANGE, "mae", training,
                    RIGHT_LEG_MOMENTS, pretraining, 150, 5, 10, "right", 20, 0.4, 0.2);
            case CONTEXT -> new GaitEmgSettings(SAGITTAL_ANGLES_RIGHT, false, List.of(), new double[] {0}, true, true,
                    List.of(128, 64),
                    Activation.RELU, 0, EmgScaling.CYCLE_RANGE, "mae", training, List.of(), pretraining, 0, 5, 10,
                    "right", 20, 0.4, 0.2);
        };
    }

    /** @return the input features */
    public FeatureSpec features() {
        return new FeatureSpec(angles, velocities, torqueInputs, offsets, standardisePerTrial, phase);
    }

    /** @return the gait-cycle segmentation */
    public Segmentation segmentation() {
        return segmentation(side, forceThreshold, minCycle, maxCycleDeviation);
    }

    private static Segmentation segmentation(String side, double forceThreshold, double minCycle,
            double maxCycleDeviation) {
        return new Segmentation(Segmentation.Source.AUTO, side(side), forceThreshold,
                new CycleRules(minCycle, maxCycleDeviation));
    }

    /**
     * @param muscles number of EMG outputs
     * @return the network of the EMG stage
     */
    public MlpConfig network(int muscles) {
        return new MlpConfig(features().inputSize(), hidden, muscles, activation, dropout);
    }

    /**
     * @return the network of the pre-training stage (torque-based model), without dropout
     *     ({@link #dropout} is the EMG stage's)
     */
    public MlpConfig pretrainingNetwork() {
        return new MlpConfig(features().inputSize(), hidden, torqueTargets.size(), activation, 0);
    }

    /**
     * @param muscles number of EMG outputs
     * @return the fine-tuned network of the torque-based model: the pre-trained hidden layers, the added
     *     layer, a new output layer
     */
    public MlpConfig fineTuningNetwork(int muscles) {
        return network(muscles).withExtraHiddenLayer(addedLayer);
    }

    /** @return the EMG-stage loss */
    public LossFunction lossFunction() {
        return lossFunction(loss);
    }

    static LossFunction lossFunction(String name) {
        return switch (name == null ? "" : name) {
            case "mse" -> Losses.meanSquaredError();
            case "mae" -> Losses.meanAbsoluteError();
            case "huber" -> Losses.huber(1.0);
            default -> throw new NeuroMskException("unknown loss '" + name + "'; known: mse, mae, huber");
        };
    }

    static Segmentation.Side side(String name) {
        return switch (name == null ? "" : name) {
            case "right" -> Segmentation.Side.RIGHT;
            case "left" -> Segmentation.Side.LEFT;
            default -> throw new NeuroMskException("unknown side '" + name + "'; known: right, left");
        };
    }

    /**
     * @param newSeed seed of the first member
     * @return these settings with both training stages seeded so
     */
    public GaitEmgSettings withSeed(long newSeed) {
        return new GaitEmgSettings(angles, velocities, torqueInputs, offsets, standardisePerTrial, phase, hidden, activation,
                dropout, emgScaling, loss, training.withSeed(newSeed), torqueTargets, pretraining.withSeed(newSeed),
                addedLayer, validationEvery, members, side, forceThreshold, minCycle, maxCycleDeviation);
    }

    /**
     * @param count number of member networks
     * @return these settings with that many members
     */
    public GaitEmgSettings withMembers(int count) {
        return new GaitEmgSettings(angles, velocities, torqueInputs, offsets, standardisePerTrial, phase, hidden, activation,
                dropout, emgScaling, loss, training, torqueTargets, pretraining, addedLayer, validationEvery, count, side,
                forceThreshold, minCycle, maxCycleDeviation);
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaitEmgSettings s && toString().equals(s.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return org.neuromsk.training.Json.gson().toJson(this);
    }
}
