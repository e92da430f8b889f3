package org.neuromsk.validation.gait;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.HyperParameterSelection;
import org.neuromsk.estimator.gait.HyperParameterSelection.Score;
import org.neuromsk.estimator.gait.HyperParameterSelection.Selection;
import org.neuromsk.io.SharedData;

/**
 * Study (issue 7): dropout in the fine-tuning (EMG) network of the torque-based model, judged by the
 * blocked cross-validation on the training trial only, exactly as {@code neuromsk gait-emg} chooses it
 * ({@link HyperParameterSelection#selectInStages}): stage 1 is the fine-tuning loss among
 * {@link HyperParameterSelection#candidates}, without dropout; stage 2 scores the chosen loss with dropout
 * {@link HyperParameterSelection#FINE_TUNING_DROPOUTS} on the same blocks and seed, and a dropout is
 * adopted only if its mean ensemble R² over the blocks is higher than stage 1's winner's. What this class
 * adds is the per-muscle scores of every candidate. No test trial is read.
 *
 * <p>Run: {@code main [SEED]} with {@code -Dneuromsk.data.dir=…}; prints each trial's scores per block.
 */
public final class GaitDropoutStudy {

    private GaitDropoutStudy() {
    }

    /**
     * One training trial's outcome.
     *
     * @param trial the trial's name
     * @param selection both stages' scores (stage 1 first) and the chosen candidate
     * @param firstStage how many of the scores are stage 1's
     */
    public record Outcome(String trial, Selection selection, int firstStage) {

        /** @return whether a stage-2 candidate (a dropout) was chosen */
        public boolean adopted() {
            return selection.chosen() >= firstStage;
        }
    }

    /**
     * @param trial a training trial
     * @param muscles its muscles
     * @param seed seed of every training
     * @param log progress lines
     * @return both stages' scores and the rule's outcome
     */
    public static Outcome run(GaitTrial trial, MuscleMapping muscles, long seed, Consumer<String> log) {
        GaitEmgType type = GaitEmgType.TORQUE;
        GaitEmgSettings base = GaitEmgSettings.defaults(type).withSeed(seed);
        HyperParameterSelection.Folds folds = HyperParameterSelection.split(List.of(trial), base);
        Selection selection = HyperParameterSelection.selectInStages(type, base, muscles, folds, log);
        return new Outcome(trial.name(), selection, HyperParameterSelection.candidates(type).size());
    }

    /**
     * @param o one trial's outcome
     * @return a Markdown table: every candidate's mean, SD over the blocks and score per block, and the verdict
     */
    public static String table(Outcome o) {
        StringBuilder b = new StringBuilder("### " + o.trial() + "\n\n| stage | candidate | mean | SD | blocks |"
                + " per muscle |\n| --- | --- | ---: | ---: | --- | --- |\n");
        Selection s = o.selection();
        for (int i = 0; i < s.scores().size(); i++) {
            Score c = s.scores().get(i);
            b.append(String.format(Locale.ROOT, "| %d | %s%s | %.4f | %.4f | %s | %s |%n", i < o.firstStage() ? 1 : 2,
                    c.candidate().name(), i == s.chosen() ? " (chosen)" : "", c.meanEnsembleR2(), c.foldSd(),
                    numbers(c.foldMeans()), numbers(c.ensembleR2())));
        }
        b.append('\n').append(o.adopted() ? "Adopted: '" + s.winner().name() + "'."
                : "No dropout adopted (stage 1's '" + s.winner().name() + "' stays).").append('\n');
        return b.toString();
    }

    private static String numbers(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(" "));
    }

    /**
     * @param args optional seed (default 1)
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        MuscleMapping muscles = MuscleMapping.parkAndParkTable1();
        StringBuilder out = new StringBuilder("Muscles: " + String.join(" ", muscles.names()) + "; seed " + seed
                + "\n\n");
        for (String name : GaitEmgValidation.TRIALS) {
            GaitTrial trial = GaitTrialReader.folder(SharedData.directory().resolve(GaitEmgValidation.DATA).resolve(name))
                    .muscles(muscles.opensimNames()).read();
            Outcome o = run(trial, muscles, seed, line -> System.err.println("dropout study: " + line));
            out.append(table(o)).append('\n');
            System.err.print(table(o));
        }
        System.out.print(out);
    }
}
