package org.neuromsk.validation.gait;

import java.util.ArrayList;
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
import org.neuromsk.estimator.gait.HyperParameterSelection.Candidate;
import org.neuromsk.estimator.gait.HyperParameterSelection.Score;
import org.neuromsk.estimator.gait.HyperParameterSelection.Selection;
import org.neuromsk.io.SharedData;

/**
 * Study (issue 7): dropout in the fine-tuning (EMG) network of the torque-based model, judged by the
 * blocked cross-validation on the training trial only. Stage 1 is today's selection (fine-tuning loss
 * among {@link HyperParameterSelection#candidates}, no dropout); stage 2 scores the chosen loss with
 * dropout {@link #DROPOUTS} on the same blocks and seed. A dropout is adopted for a trial iff its mean
 * ensemble R² over the blocks is higher than stage 1's winner's (a tie keeps no dropout; the higher
 * scoring one if both beat it). The pre-trained moment network has no dropout in every candidate
 * ({@link GaitEmgSettings#pretrainingNetwork()}), so all candidates share it. No test trial is read.
 *
 * <p>Run: {@code main [SEED]} with {@code -Dneuromsk.data.dir=…}; prints each trial's scores per block.
 */
public final class GaitDropoutStudy {

    /** Dropout probabilities of stage 2, in order. */
    public static final List<Double> DROPOUTS = List.of(0.1, 0.2);

    private GaitDropoutStudy() {
    }

    /**
     * One training trial's outcome.
     *
     * @param trial the trial's name
     * @param stage1 today's selection (losses without dropout)
     * @param stage2 the chosen loss with each of {@link #DROPOUTS}
     * @param adopted index into {@code stage2.scores()} of the adopted dropout, or −1 for none
     */
    public record Outcome(String trial, Selection stage1, Selection stage2, int adopted) {
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
        Selection stage1 = HyperParameterSelection.select(type, base, HyperParameterSelection.candidates(type), muscles,
                folds, log);
        Candidate winner = stage1.winner();
        List<Candidate> withDropout = new ArrayList<>();
        for (double p : DROPOUTS) {
            withDropout.add(new Candidate(winner.name() + ", dropout " + p, "{\"dropout\": " + p + "}"));
        }
        Selection stage2 = HyperParameterSelection.select(type, stage1.settings(), withDropout, muscles, folds, log);
        double best = stage1.scores().get(stage1.chosen()).meanEnsembleR2();
        int adopted = -1;
        for (int i = 0; i < stage2.scores().size(); i++) {
            double score = stage2.scores().get(i).meanEnsembleR2();
            if (score > best) {
                best = score;
                adopted = i;
            }
        }
        return new Outcome(trial.name(), stage1, stage2, adopted);
    }

    /**
     * @param o one trial's outcome
     * @return a Markdown table: every candidate's mean, SD over the blocks and score per block, and the verdict
     */
    public static String table(Outcome o) {
        StringBuilder b = new StringBuilder("### " + o.trial() + "\n\n| stage | candidate | mean | SD | blocks |"
                + " per muscle |\n| --- | --- | ---: | ---: | --- | --- |\n");
        row(b, "1", o.stage1(), o.stage1().chosen());
        row(b, "2", o.stage2(), o.adopted());
        b.append('\n').append(o.adopted() < 0 ? "No dropout adopted (stage 1's '" + o.stage1().winner().name()
                + "' stays)." : "Adopted: '" + o.stage2().scores().get(o.adopted()).candidate().name() + "'.")
                .append('\n');
        return b.toString();
    }

    private static void row(StringBuilder b, String stage, Selection s, int marked) {
        for (int i = 0; i < s.scores().size(); i++) {
            Score c = s.scores().get(i);
            b.append(String.format(Locale.ROOT, "| %s | %s%s | %.4f | %.4f | %s | %s |%n", stage, c.candidate().name(),
                    i == marked ? " (chosen)" : "", c.meanEnsembleR2(), c.foldSd(), numbers(c.foldMeans()),
                    numbers(c.ensembleR2())));
        }
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
