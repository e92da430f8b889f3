package org.neuromsk.validation.imu;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.ImuEmgExperiment;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuSource;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.estimator.imu.selection.SettingsCandidate;
import org.neuromsk.estimator.imu.selection.Score;
import org.neuromsk.estimator.imu.selection.SettingsSelection;
import org.neuromsk.io.SharedData;

/**
 * Chooses speed-replay and WaveNet settings on the training trial alone: the study's list of variants
 * ({@link #variants}) judged by {@link SettingsSelection} (the training trial's first
 * {@code 1 − }{@value #HELD_OUT_FRACTION} trained on, its last {@value #HELD_OUT_FRACTION} replayed at the
 * cadence factors {@link #VALIDATION_FACTORS} validates; criterion = mean over them of
 * {@code mean r − |mean peak ratio − 1|}), tables printed and written to the report. The test trial is never read.
 * The same split and criterion choose between the two {@link #CHOSEN} settings in {@code neuromsk imu-emg}.
 *
 * <p>What this split cannot judge: the amplitude exponent β. The validation replays are made with the
 * same law as the training replays (envelopes × s^β), so every β is consistent with itself; only a
 * second recorded speed can tell β, and that is the test trial. β stays the literature's value (see
 * {@link SpeedAugmentation}).
 */
public final class ImuEmgSelection {

    /** Share of the training trial, at its end, whose replays are the validation set. */
    public static final double HELD_OUT_FRACTION = SettingsSelection.HELD_OUT_FRACTION;
    /** Cadence factors of the validation replays (between the default replay factors, not among them). */
    public static final List<Double> VALIDATION_FACTORS = SettingsSelection.VALIDATION_FACTORS;

    /**
     * The variant the selection chose for each training trial (run of {@link #main}, all variants, seed 1;
     * tables in {@code validation/reports/imu-emg-selection.md}).
     */
    public static final Map<String, String> CHOSEN = Map.of("walk36", SettingsCandidate.FIELD_128_SLOW_NOISE, "walk45",
            SettingsCandidate.DROPOUT_02);

    private ImuEmgSelection() {
    }

    /**
     * @param train a training trial (walk36 or walk45)
     * @param base the defaults the variants change
     * @return the variant chosen for it ({@link #CHOSEN})
     */
    public static SettingsCandidate chosen(String train, ImuEmgSettings base) {
        String name = CHOSEN.get(train);
        if (name == null) {
            throw new NeuroMskException("no settings chosen for training trial " + train);
        }
        return variant(name, base);
    }

    /**
     * @param name a variant's name ({@link #variants})
     * @param base the defaults the variants change
     * @return that variant
     */
    public static SettingsCandidate variant(String name, ImuEmgSettings base) {
        return variants(base).stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new NeuroMskException("no variant named " + name));
    }

    /**
     * @param train the training trial folder name (walk36 or walk45)
     * @param variants the settings to judge (WaveNet only; the first also trains the MLP, for reference)
     * @param work folder for temporary models
     * @param log progress lines
     * @return one score per variant, in order
     */
    public static List<Score> run(String train, List<SettingsCandidate> variants, Path work, Consumer<String> log) {
        Path folder = ImuEmgValidation.dataDirectory().resolve(train);
        ImuSource source = ImuEmgValidation.source(SharedData.directory().resolve(ImuEmgValidation.MODEL),
                ImuEmgValidation.placements());
        SettingsSelection selection = new SettingsSelection(
                augmentation -> ImuEmgValidation.trials(folder, augmentation, source));
        List<Score> scores = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            SettingsCandidate variant = variants.get(v);
            scores.add(selection.score(variant, v == 0,
                    line -> log.accept(train + " selection " + variant.name() + ": " + line)));
        }
        return scores;
    }

    /**
     * @param base the defaults
     * @return the variants the study judges: the defaults, one change at a time, then the two changes
     *     dropout 0.2 (first on walk45) with the receptive fields that came first and second on walk36,
     *     then each trial's choice with the learning-rate step-down ({@link ImuEmgSettings#fineTuneFactor()}),
     *     then each trial's choice with learning rate 3e-4 (a third) and patience 10 (twice), then each
     *     trial's choice with 64 residual and skip channels, input noise 0.05 or 0.1, or channel dropout 0.1
     *     ({@link ImuEmgSettings#inputNoise()}, {@link ImuEmgSettings#channelDropout()})
     */
    public static List<SettingsCandidate> variants(ImuEmgSettings base) {
        SpeedAugmentation replays = SpeedAugmentation.defaults();
        List<SettingsCandidate> list = new ArrayList<>();
        list.add(new SettingsCandidate("defaults", base, replays));
        list.add(new SettingsCandidate("loss weighted:2+peak:1", base.with("{\"loss\": \"weighted:2+peak:1\"}"), replays));
        list.add(new SettingsCandidate("loss weighted:5", base.with("{\"loss\": \"weighted:5\"}"), replays));
        list.add(new SettingsCandidate("dropout 0.2", base.with("{\"waveNetDropout\": 0.2}"), replays));
        list.add(new SettingsCandidate("field 128", base.with("{\"dilations\": [1, 2, 4, 8, 16, 32, 64]}"), replays));
        list.add(new SettingsCandidate("field 32", base.with("{\"dilations\": [1, 2, 4, 8, 16]}"), replays));
        list.add(new SettingsCandidate("replays 0.9, 1.1", base, new SpeedAugmentation(List.of(0.9, 1.1), replays.exponent())));
        list.add(new SettingsCandidate("no replays", base, SpeedAugmentation.none()));
        // second round: dropout 0.2 (won on walk45) with the field that won (128) or came second (32) on walk36
        list.add(new SettingsCandidate("field 128 + dropout 0.2",
                base.with("{\"dilations\": [1, 2, 4, 8, 16, 32, 64], \"waveNetDropout\": 0.2}"), replays));
        list.add(new SettingsCandidate("field 32 + dropout 0.2",
                base.with("{\"dilations\": [1, 2, 4, 8, 16], \"waveNetDropout\": 0.2}"), replays));
        // third round: each trial's choice with a learning-rate step-down (× 0.1 after early stopping)
        list.add(new SettingsCandidate("field 128 + step-down",
                base.with("{\"dilations\": [1, 2, 4, 8, 16, 32, 64], \"fineTuneFactor\": 0.1}"), replays));
        list.add(new SettingsCandidate("dropout 0.2 + step-down",
                base.with("{\"waveNetDropout\": 0.2, \"fineTuneFactor\": 0.1}"), replays));
        // fourth round: each trial's choice with a lower learning rate and more patience (both networks)
        list.add(new SettingsCandidate("field 128 + slow",
                base.with("{\"dilations\": [1, 2, 4, 8, 16, 32, 64], \"learningRate\": 3e-4, \"patience\": 10}"),
                replays));
        list.add(new SettingsCandidate("dropout 0.2 + slow",
                base.with("{\"waveNetDropout\": 0.2, \"learningRate\": 3e-4, \"patience\": 10}"), replays));
        // fifth round (fixed before running, docs/imu-emg.md): each trial's choice with twice the residual and
        // skip channels, input noise of 0.05 or 0.1 channel SDs, or channel dropout 0.1 (indices 14–17 walk36,
        // 18–21 walk45)
        String walk36 = "\"dilations\": [1, 2, 4, 8, 16, 32, 64], \"learningRate\": 3e-4, \"patience\": 10";
        String walk45 = "\"waveNetDropout\": 0.2";
        for (String[] choice : new String[][] {{"field 128 + slow", walk36}, {"dropout 0.2", walk45}}) {
            list.add(new SettingsCandidate(choice[0] + " + channels 64",
                    base.with("{" + choice[1] + ", \"residualChannels\": 64, \"skipChannels\": 64}"), replays));
            list.add(new SettingsCandidate(choice[0] + " + noise 0.05",
                    base.with("{" + choice[1] + ", \"inputNoise\": 0.05}"), replays));
            list.add(new SettingsCandidate(choice[0] + " + noise 0.1", base.with("{" + choice[1] + ", \"inputNoise\": 0.1}"),
                    replays));
            list.add(new SettingsCandidate(choice[0] + " + channel dropout 0.1",
                    base.with("{" + choice[1] + ", \"channelDropout\": 0.1}"), replays));
        }
        return list;
    }

    /**
     * @param train the training trial
     * @param scores its scores
     * @param out where to print a Markdown table
     */
    public static void print(String train, List<Score> scores, PrintWriter out) {
        out.printf(Locale.ROOT, "%n%s: validation on its last %.0f %% replayed at cadence × %s%n%n", train,
                100 * HELD_OUT_FRACTION, VALIDATION_FACTORS);
        out.println("| variant | network | r (slower) | r (faster) | peak (slower) | peak (faster) | criterion |");
        out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (Score s : scores) {
            for (ModelEvaluation m : s.perCadence().get(0).models()) {
                double[] r = s.r(m.name());
                double[] p = s.peak(m.name());
                out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", s.candidate().name(),
                        m.name(), r[0], r[1], p[0], p[1], s.criterion(m.name()));
            }
        }
        Score best = Score.best(scores);
        out.printf(Locale.ROOT, "%nbest of these variants for %s: %s (criterion %.3f)%n", train, best.candidate().name(),
                best.criterion(ImuEmgExperiment.WAVENET));
        out.flush();
    }

    /**
     * Runs the selection for one or both training trials, prints the tables and writes them to
     * {@code validation/reports/imu-emg-selection.md} (or the file given).
     *
     * @param args training trial names (default walk36 walk45); {@code --only=i,j} runs those variant
     *     indices, in that order; {@code --report=FILE} another report file
     * @throws java.io.IOException on I/O failure
     */
    public static void main(String[] args) throws java.io.IOException {
        List<String> trials = new ArrayList<>();
        List<SettingsCandidate> all = variants(ImuEmgSettings.defaults());
        List<SettingsCandidate> chosen = all;
        Path report = Path.of("validation/reports/imu-emg-selection.md");
        for (String a : args) {
            if (a.startsWith("--only=")) {
                chosen = new ArrayList<>();
                for (String i : a.substring(7).split(",")) {
                    chosen.add(all.get(Integer.parseInt(i.trim())));
                }
            } else if (a.startsWith("--report=")) {
                report = Path.of(a.substring(9));
            } else {
                trials.add(a);
            }
        }
        if (trials.isEmpty()) {
            trials = List.of("walk36", "walk45");
        }
        Path work = Files.createTempDirectory("neuromsk-imu-selection-");
        PrintWriter console = new PrintWriter(System.out, true);
        java.io.StringWriter text = new java.io.StringWriter();
        PrintWriter markdown = new PrintWriter(text);
        markdown.println("# IMU → EMG: settings chosen on the training trial");
        markdown.println();
        markdown.println("Generated by `org.neuromsk.validation.imu.ImuEmgSelection` (see its Javadoc): for each "
                + "training trial, networks trained on its first 80 % (recorded + the variant's cadence replays) and "
                + "validated on its last 20 % replayed at unseen cadences; criterion = mean over the validation "
                + "cadences of (mean r − |mean peak ratio − 1|). The test trial is never read. The amplitude "
                + "exponent β cannot be judged this way (validation replays follow the same law).");
        for (String train : trials) {
            List<Score> scores = run(train, chosen, work, line -> System.err.println(line));
            print(train, scores, console);
            print(train, scores, markdown);
        }
        markdown.flush();
        org.neuromsk.io.AtomicFiles.writeText(report.toAbsolutePath(), w -> w.write(text.toString()));
    }
}
