package org.neuromsk.estimator.gait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.neuromsk.dataset.GaitCycle;
import org.neuromsk.dataset.GaitCycles;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;

/**
 * Chooses among a few candidate settings of an estimator using only its training trials, by blocked
 * cross-validation. The accepted gait cycles of each training trial are cut into {@value #FOLDS}
 * blocks of consecutive strides. For each block, every candidate is trained as one network, seeded
 * like the first member, on the strides outside the block, with the block as its validation part
 * (early stopping, patience {@value #PATIENCE}, best epoch kept), and scored on the block exactly as a
 * test trial is scored: the block's EMG is scaled with its own gait cycles and its inputs are
 * standardised with its own statistics. A candidate's score is its ensemble R² per muscle averaged over
 * the blocks (weighted by their cycles), then over the muscles; the highest wins (the first listed on a
 * tie) and the estimator is then trained with it on the whole training trials. No test trial is looked
 * at.
 *
 * <p>Contiguous blocks rather than scattered strides keep neighbouring strides (which resemble each
 * other) on the same side, and every stride is scored once, so the choice rests on all strides of the
 * trial instead of its last fifth and on several networks instead of one. The stride right after each
 * block is left out of that fold's training, so that the lead-in the following part needs to find its
 * first heel strike does not overlap the block; the part before a block ends {@value #LEAD_OUT} s after
 * the block's first heel strike (the only frames a fold both trains and scores on).
 *
 * <p>The torque-based model's moment network is pre-trained once, on the whole training trials (its
 * usual interleaved validation cycles), and shared by every fold and candidate and by the first member
 * of the final model: candidates differ only in the EMG stage, and the moment network never sees EMG.
 * It does see the held-out blocks' angles and moments, the same for every candidate.
 *
 * <p>{@link #selectInStages} adds a second stage for families with {@link #refinements}: the winner of the
 * first stage is scored again with each refinement (the torque-based model: dropout in the fine-tuned
 * network) on the same blocks and seed, and a refinement is kept only if it scores higher than that
 * winner (a tie keeps the winner; the highest if several beat it).
 *
 * <p>Choices whose only effect is between speeds or subjects (per-trial standardisation, per-trial EMG
 * scaling) cannot be judged within one trial; those stay fixed.
 */
public final class HyperParameterSelection {

    /** Blocks of consecutive gait cycles per training trial. */
    public static final int FOLDS = 5;
    /** Fewest gait cycles per block. */
    public static final int MIN_HELD_OUT = 3;
    /** A training part of a fold with fewer gait cycles is left out. */
    static final int MIN_PART_CYCLES = 3;
    /** Early-stopping patience of the cross-validation trainings, on the held-out block (epochs). */
    public static final int PATIENCE = 10;
    /** A part starts this long before its first heel strike, so that the event is found (s). */
    static final double LEAD_IN = 0.3;
    /** A part ends this long after its last heel strike, so that the event (found between two frames) closes its last cycle (s). */
    static final double LEAD_OUT = 0.02;

    private HyperParameterSelection() {
    }

    /**
     * A candidate: a name and the JSON members it changes in the family's default settings.
     *
     * @param name short name for reports
     * @param overlay e.g. {@code {"loss": "mse"}}
     */
    public record Candidate(String name, String overlay) {
    }

    /**
     * A candidate's score.
     *
     * @param candidate the candidate
     * @param meanEnsembleR2 mean over the muscles of the ensemble R² on the held-out blocks (each muscle's
     *     R² averaged over the blocks, weighted by their gait cycles)
     * @param ensembleR2 that average for each muscle
     * @param foldMeans mean ensemble R² over the muscles on each block, in block order
     * @param heldOutCycles gait cycles scored, over all blocks
     * @param seconds training time of all its folds (s)
     */
    public record Score(Candidate candidate, double meanEnsembleR2, List<Double> ensembleR2, List<Double> foldMeans,
            int heldOutCycles, double seconds) {
        /** Copies the lists. */
        public Score {
            ensembleR2 = List.copyOf(ensembleR2);
            foldMeans = List.copyOf(foldMeans);
        }

        /** @return standard deviation of {@link #foldMeans} (sample, n − 1; 0 for one fold) */
        public double foldSd() {
            int n = foldMeans.size();
            if (n < 2) {
                return 0;
            }
            double mean = foldMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss = foldMeans.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return Math.sqrt(ss / (n - 1));
        }
    }

    /**
     * The outcome for one estimator.
     *
     * @param type the family
     * @param scores every candidate's score, in candidate order (the first stage's, then the second's)
     * @param chosen index of the winner in {@code scores}
     * @param settings the winner's settings (seeded)
     * @param folds blocks per training trial
     */
    public record Selection(GaitEmgType type, List<Score> scores, int chosen, GaitEmgSettings settings, int folds) {
        /** Copies the list. */
        public Selection {
            scores = List.copyOf(scores);
        }

        /** @return gait cycles scored, over all blocks and training trials (the same for every candidate) */
        public int heldOutCycles() {
            return scores.get(chosen).heldOutCycles();
        }

        /** @return the winning candidate */
        public Candidate winner() {
            return scores.get(chosen).candidate();
        }
    }

    /**
     * The candidates of each family. The baseline is Park &amp; Park's model as they describe it and has
     * none. The torque-based model's fine-tuning loss, and the improved model's loss and whether it also
     * sees angular velocities, are chosen; the first candidate is the earlier default.
     *
     * @param type the family
     * @return its candidates (empty: the defaults are used as they are)
     */
    public static List<Candidate> candidates(GaitEmgType type) {
        return switch (type) {
            case BASELINE -> List.of();
            case TORQUE -> List.of(new Candidate("loss mae", "{\"loss\": \"mae\"}"),
                    new Candidate("loss mse", "{\"loss\": \"mse\"}"),
                    new Candidate("loss huber", "{\"loss\": \"huber\"}"));
            case CONTEXT -> List.of(new Candidate("phase, loss mae", "{\"loss\": \"mae\"}"),
                    new Candidate("phase, loss mse", "{\"loss\": \"mse\"}"),
                    new Candidate("phase + velocities, loss mae", "{\"loss\": \"mae\", \"velocities\": true}"));
        };
    }

    /** Dropout probabilities tried in the torque-based model's fine-tuned network in the second stage. */
    public static final List<Double> FINE_TUNING_DROPOUTS = List.of(0.1, 0.2);

    /**
     * The second stage's candidates: the first stage's winner with one more change each. The torque-based
     * model's winner (a fine-tuning loss, no dropout) gets dropout {@link #FINE_TUNING_DROPOUTS} after
     * each hidden layer of its fine-tuned (EMG) network; its pre-trained moment network has no dropout
     * either way ({@link GaitEmgSettings#pretrainingNetwork()}), so all candidates share it. The other
     * families have none.
     *
     * @param type the family
     * @param winner the first stage's winner
     * @return the winner's refinements (empty: no second stage)
     */
    public static List<Candidate> refinements(GaitEmgType type, Candidate winner) {
        if (type != GaitEmgType.TORQUE) {
            return List.of();
        }
        List<Candidate> refined = new ArrayList<>();
        for (double p : FINE_TUNING_DROPOUTS) {
            JsonObject overlay = JsonParser.parseString(winner.overlay()).getAsJsonObject();
            overlay.addProperty("dropout", p);
            refined.add(new Candidate(winner.name() + ", dropout " + p, overlay.toString()));
        }
        return refined;
    }

    /** Scores one candidate; {@link #selectInStages} uses the cross-validation, tests a stub. */
    interface Scorer {
        /**
         * @param candidate the candidate
         * @return its score
         */
        Score score(Candidate candidate);
    }

    /**
     * The two-stage choice: every first-stage candidate is scored, then each refinement of the first
     * stage's winner. All scores are compared in that order, the first of equal scores winning: so a
     * refinement is chosen only if it scores strictly higher than the first stage's winner, and the
     * highest of the refinements that do.
     *
     * @param first the first stage's candidates (at least one)
     * @param refinements the second stage's candidates for a first-stage winner
     * @param scorer scores one candidate
     * @return the scores, first stage then second, and the index of the chosen one
     */
    static Staged inStages(List<Candidate> first, java.util.function.Function<Candidate, List<Candidate>> refinements,
            Scorer scorer) {
        if (first.isEmpty()) {
            throw new NeuroMskException("no candidate settings to select from");
        }
        List<Score> scores = new ArrayList<>();
        for (Candidate c : first) {
            scores.add(scorer.score(c));
        }
        int best = best(scores);
        for (Candidate c : refinements.apply(first.get(best))) {
            scores.add(scorer.score(c));
        }
        return new Staged(scores, best(scores), first.size());
    }

    /**
     * @param scores the scores, first stage then second
     * @param chosen index of the chosen one
     * @param firstStage how many of them are the first stage's
     */
    record Staged(List<Score> scores, int chosen, int firstStage) {
    }

    private static int best(List<Score> scores) {
        int best = 0;
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).meanEnsembleR2() > scores.get(best).meanEnsembleR2()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Chooses the settings of a family in two stages: its {@link #candidates}, then the {@link #refinements}
     * of the winner, all cross-validated over the same blocks with the same seed ({@link #inStages}).
     *
     * @param type the family (with candidates)
     * @param base its settings before selection (seeded)
     * @param muscles the muscles
     * @param folds the training trials cut by {@link #split}
     * @param log one line per candidate
     * @return the scores of both stages and the winner
     */
    public static Selection selectInStages(GaitEmgType type, GaitEmgSettings base, MuscleMapping muscles, Folds folds,
            Consumer<String> log) {
        try (PretrainingPool pool = new PretrainingPool()) {
            return selectInStages(type, base, muscles, folds, log, pool);
        }
    }

    /**
     * As {@link #selectInStages(GaitEmgType, GaitEmgSettings, MuscleMapping, Folds, Consumer)}, keeping the
     * shared pre-training in {@code pool} for the final training.
     */
    static Selection selectInStages(GaitEmgType type, GaitEmgSettings base, MuscleMapping muscles, Folds folds,
            Consumer<String> log, PretrainingPool pool) {
        return choose(type, base, candidates(type), winner -> {
            List<Candidate> refined = refinements(type, winner);
            if (!refined.isEmpty()) {
                log.accept(type.label() + ": second stage: '" + winner.name() + "' with "
                        + refined.stream().map(c -> c.name().substring(winner.name().length() + 2))
                                .collect(java.util.stream.Collectors.joining(", "))
                        + " (kept only if higher)");
            }
            return refined;
        }, muscles, folds, log, pool);
    }

    /**
     * Cross-validates the candidates of both stages ({@link #inStages}) and returns the winner's settings.
     */
    private static Selection choose(GaitEmgType type, GaitEmgSettings base, List<Candidate> first,
            java.util.function.Function<Candidate, List<Candidate>> refinements, MuscleMapping muscles, Folds folds,
            Consumer<String> log, PretrainingPool pool) {
        Staged staged = inStages(first, refinements, c -> {
            Score score = crossValidate(type, base, c, muscles, folds, pool);
            log(log, type, score);
            return score;
        });
        Score winner = staged.scores().get(staged.chosen());
        GaitEmgSettings chosen = Json.overlay(base, winner.candidate().overlay(), GaitEmgSettings.class);
        return new Selection(type, staged.scores(), staged.chosen(), chosen, folds.folds().size());
    }

    /**
     * Cross-validates every candidate over the blocks and picks the best.
     *
     * @param type the family
     * @param base its settings before selection (seeded)
     * @param candidates the candidates (at least one)
     * @param muscles the muscles
     * @param folds the training trials cut by {@link #split}
     * @param log one line per candidate
     * @return the scores and the winner
     */
    public static Selection select(GaitEmgType type, GaitEmgSettings base, List<Candidate> candidates,
            MuscleMapping muscles, Folds folds, Consumer<String> log) {
        try (PretrainingPool pool = new PretrainingPool()) {
            return select(type, base, candidates, muscles, folds, log, pool);
        }
    }

    /**
     * As {@link #select(GaitEmgType, GaitEmgSettings, List, MuscleMapping, Folds, Consumer)}, keeping the
     * shared pre-training in {@code pool} for the final training.
     */
    static Selection select(GaitEmgType type, GaitEmgSettings base, List<Candidate> candidates,
            MuscleMapping muscles, Folds folds, Consumer<String> log, PretrainingPool pool) {
        return choose(type, base, candidates, winner -> List.of(), muscles, folds, log, pool);
    }

    private static void log(Consumer<String> log, GaitEmgType type, Score score) {
        log.accept(String.format(Locale.ROOT, "%s: candidate '%s': mean ensemble R² %.3f (SD %.3f over %d blocks,"
                + " %d strides)", type.label(), score.candidate().name(), score.meanEnsembleR2(), score.foldSd(),
                score.foldMeans().size(), score.heldOutCycles()));
    }

    /** Trains one network per block with a candidate's settings and scores it on the block. */
    private static Score crossValidate(GaitEmgType type, GaitEmgSettings base, Candidate c, MuscleMapping muscles,
            Folds folds, PretrainingPool pool) {
        GaitEmgSettings single = Json.overlay(base, c.overlay(), GaitEmgSettings.class).withMembers(1);
        single = Json.overlay(single, "{\"training\": {\"patience\": " + PATIENCE + "}}", GaitEmgSettings.class);
        long began = System.nanoTime();
        double[] perMuscle = new double[muscles.names().size()];
        List<Double> foldMeans = new ArrayList<>();
        int held = 0;
        for (Fold fold : folds.folds()) {
            GaitEmgTrainer trainer = new GaitEmgTrainer(type, single, muscles).pretrainingPool(pool)
                    .pretrainOn(folds.trials());
            try (GaitEmgModel model = trainer.train(fold.train(), fold.heldOut())) {
                double foldSum = 0;
                int foldCycles = 0;
                for (GaitTrial h : fold.heldOut()) {
                    TrialEvaluation e = TrialEvaluation.of(model, h);
                    int n = e.cycles().size();
                    foldCycles += n;
                    for (int m = 0; m < perMuscle.length; m++) {
                        perMuscle[m] += n * e.metrics().get(m).ensembleR2();
                    }
                    foldSum += n * e.meanEnsembleR2();
                }
                held += foldCycles;
                foldMeans.add(foldSum / foldCycles);
            }
        }
        List<Double> r2 = new ArrayList<>();
        double sum = 0;
        for (double v : perMuscle) {
            r2.add(v / held);
            sum += v / held;
        }
        return new Score(c, sum / perMuscle.length, r2, foldMeans, held, (System.nanoTime() - began) / 1e9);
    }

    /**
     * One fold: the training trials without one block of each, and those blocks.
     *
     * @param train the parts before and after the block of each trial (those with enough cycles)
     * @param heldOut the block of each trial
     */
    public record Fold(List<GaitTrial> train, List<GaitTrial> heldOut) {
        /** Copies the lists. */
        public Fold {
            train = List.copyOf(train);
            heldOut = List.copyOf(heldOut);
        }
    }

    /**
     * The training trials and their folds.
     *
     * @param trials the whole training trials (the shared pre-training uses them)
     * @param folds {@value #FOLDS} folds, block by block
     */
    public record Folds(List<GaitTrial> trials, List<Fold> folds) {
        /** Copies the lists. */
        public Folds {
            trials = List.copyOf(trials);
            folds = List.copyOf(folds);
        }
    }

    /**
     * @param trials training trials
     * @param settings settings giving the segmentation
     * @return the trials cut into {@value #FOLDS} folds
     */
    public static Folds split(List<GaitTrial> trials, GaitEmgSettings settings) {
        List<List<GaitTrial>> train = new ArrayList<>();
        List<List<GaitTrial>> held = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            train.add(new ArrayList<>());
            held.add(new ArrayList<>());
        }
        for (GaitTrial t : trials) {
            GaitCycles cycles = settings.segmentation().segment(t);
            int n = cycles.size();
            if (n < minCycles()) {
                throw new NeuroMskException("trial " + t.name() + ": " + n + " gait cycles are too few to cut into "
                        + FOLDS + " blocks of at least " + MIN_HELD_OUT + " for choosing hyper-parameters");
            }
            double[] time = t.time();
            List<GaitCycle> c = cycles.cycles();
            for (int f = 0; f < FOLDS; f++) {
                int a = f * n / FOLDS;
                int b = (f + 1) * n / FOLDS;
                held.get(f).add(t.slice(c.get(a).start() - LEAD_IN, c.get(b - 1).end() + LEAD_OUT,
                        t.name() + " (block " + (f + 1) + ")"));
                if (a >= MIN_PART_CYCLES) {
                    train.get(f).add(t.slice(time[0], c.get(a).start() + LEAD_OUT, t.name() + " (before block "
                            + (f + 1) + ")"));
                }
                if (n - b - 1 >= MIN_PART_CYCLES) {
                    train.get(f).add(t.slice(c.get(b + 1).start() - LEAD_IN, time[time.length - 1], t.name()
                            + " (after block " + (f + 1) + ")"));
                }
            }
        }
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            folds.add(new Fold(train.get(f), held.get(f)));
        }
        return new Folds(trials, folds);
    }

    /**
     * @param trials training trials
     * @param settings settings giving the segmentation
     * @return the trials cut as by {@link #split}, or null if one of them has too few gait cycles
     */
    public static Folds splitIfLongEnough(List<GaitTrial> trials, GaitEmgSettings settings) {
        for (GaitTrial t : trials) {
            if (settings.segmentation().segment(t).size() < minCycles()) {
                return null;
            }
        }
        return split(trials, settings);
    }

    /** @return fewest accepted gait cycles a training trial needs: {@value #FOLDS} blocks of {@value #MIN_HELD_OUT} */
    public static int minCycles() {
        return FOLDS * MIN_HELD_OUT;
    }
}
