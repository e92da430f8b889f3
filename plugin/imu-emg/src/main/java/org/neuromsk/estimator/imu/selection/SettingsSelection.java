package org.neuromsk.estimator.imu.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.estimator.imu.EnvelopeMetrics;
import org.neuromsk.estimator.imu.ImuEmgExperiment;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.SpeedAugmentation;

/**
 * Judges settings on the training trial alone, with a split that asks the question a held-out speed asks: how
 * well a network estimates strides it has not seen at a cadence it has not seen. The training trial is cut in
 * time: its first {@code 1 − }{@value #HELD_OUT_FRACTION} (recorded, plus the candidate's replays of those
 * strides) is trained on; its last {@value #HELD_OUT_FRACTION}, replayed at the cadence factors
 * {@link #VALIDATION_FACTORS} (one slower, one faster, neither among the default replay factors), is the
 * validation set. Each validation cadence is scored on its own; the criterion ({@link Score#criterion}) is the
 * mean over them of {@code mean r − |mean peak ratio − 1|}.
 *
 * <p>What this split cannot judge: the amplitude exponent β. The validation replays are made with the same law
 * as the training replays (envelopes × s^β), so every β agrees with itself; only a second recorded speed can
 * tell β.
 */
public final class SettingsSelection {

    /** Share of the training trial, at its end, whose replays are the validation set. */
    public static final double HELD_OUT_FRACTION = 0.2;
    /** Cadence factors of the validation replays (between the default replay factors, not among them). */
    public static final List<Double> VALIDATION_FACTORS = List.of(0.87, 1.15);
    /** Fewest gait cycles a training trial needs to be split (so that the held-out part holds two). */
    public static final int MIN_CYCLES = 10;

    /** The training trial with given replays. */
    @FunctionalInterface
    public interface TrialSource {
        /**
         * @param augmentation replays to make
         * @return the recorded training trial first, then one replay per factor of {@code augmentation}
         */
        List<ImuEmgTrial> trials(SpeedAugmentation augmentation);
    }

    private final TrialSource source;
    private final Map<SpeedAugmentation, List<ImuEmgTrial>> made = new HashMap<>();

    /** @param source the training trial, with replays made on request (each set made once) */
    public SettingsSelection(TrialSource source) {
        this.source = source;
    }

    /**
     * Trains the candidate's WaveNet (and the MLP, if asked) on the first part of the training trial and scores
     * it on the held-out part at each validation cadence.
     *
     * @param candidate the settings to judge (their {@link ImuEmgSettings#members()} networks each)
     * @param withMlp whether to train the MLP as well (for reference; the criterion is the WaveNet's)
     * @param log progress lines
     * @return its score
     */
    public Score score(SettingsCandidate candidate, boolean withMlp, Consumer<String> log) {
        ImuEmgSettings settings = candidate.settings();
        List<ImuEmgTrial> fit = new ArrayList<>();
        for (ImuEmgTrial trial : trials(candidate.augmentation())) {
            fit.add(trial.slice(0, cut(trial)));
        }
        List<ImuEmgTrial> replays = trials(validationAugmentation(candidate.augmentation()));
        List<ImuEmgTrial> validation = new ArrayList<>();
        for (ImuEmgTrial trial : replays.subList(1, replays.size())) {
            // targets from the cut on; the first window reaches back into trained strides' IMU frames only
            validation.add(trial.slice(cut(trial) - settings.window() + 1, trial.frames()));
        }
        ImuEmgExperiment experiment = new ImuEmgExperiment(settings, null, log);
        int c = fit.get(0).imuChannels().size();
        int m = fit.get(0).muscles().size();
        List<ImuEmgExperiment.Candidate> networks = new ArrayList<>(List.of(experiment.waveNet(c, m)));
        if (withMlp) {
            networks.add(experiment.mlp(c, m));
        }
        return new Score(candidate, experiment.runEach(fit, validation, networks));
    }

    /**
     * @param recorded the recorded training trial
     * @param window the widest sliding window of the candidates (frames)
     * @return whether it can be split: at least {@value #MIN_CYCLES} cycles (period of its envelopes, as the
     *     metrics find it) and a held-out part of at least one window
     */
    public static boolean canSplit(ImuEmgTrial recorded, int window) {
        return cycles(recorded) >= MIN_CYCLES && recorded.frames() - cut(recorded) >= window;
    }

    /**
     * @param recorded a trial
     * @return its number of whole cycles: frames over the period of its envelopes (0 when too short to tell)
     */
    public static int cycles(ImuEmgTrial recorded) {
        int n = recorded.frames();
        if (!EnvelopeMetrics.canFindPeriod(n, recorded.rate())) {
            return 0;
        }
        int muscles = recorded.muscles().size();
        double[][] columns = new double[muscles][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < muscles; k++) {
                columns[k][i] = recorded.envelopes()[i][k];
            }
        }
        return n / EnvelopeMetrics.period(columns, recorded.rate());
    }

    /**
     * @param training the candidate's replays of the trained strides
     * @return the validation replays: {@link #VALIDATION_FACTORS} with the same β (the default β without replays)
     */
    public static SpeedAugmentation validationAugmentation(SpeedAugmentation training) {
        return new SpeedAugmentation(VALIDATION_FACTORS,
                training.isNone() ? SpeedAugmentation.defaults().exponent() : training.exponent());
    }

    private List<ImuEmgTrial> trials(SpeedAugmentation augmentation) {
        return made.computeIfAbsent(augmentation, source::trials);
    }

    private static int cut(ImuEmgTrial trial) {
        return trial.frames() - (int) Math.round(trial.frames() * HELD_OUT_FRACTION);
    }
}
