package org.neuromsk.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.neuromsk.estimator.gait.GaitEmgSettings;
import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.HyperParameterSelection;
import org.neuromsk.estimator.gait.MemberSummary;
import org.neuromsk.estimator.gait.ModelResult;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;
import org.neuromsk.estimator.gait.TransferEvaluation;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.report.MarkdownPage;
import org.neuromsk.metrics.MuscleMetrics;

/**
 * The Markdown report of Park &amp; Park's experiment: protocol, networks and parameter counts, and per
 * direction the Table-1 layout, the other metrics, the validation-split metrics and the plots.
 */
public final class GaitEmgReport {

    private GaitEmgReport() {
    }

    /**
     * Writes the report, its HTML page (same name, {@code .html}) and its plots.
     *
     * @param reproductions the directions run
     * @param reportFile the Markdown file
     * @param plotDir folder for the PNGs
     * @param notes extra Markdown appended at the end (may be empty)
     * @return the report text
     */
    public static String write(List<Reproduction> reproductions, Path reportFile, Path plotDir, String notes) {
        Path base = reportFile.toAbsolutePath().getParent();
        StringBuilder b = new StringBuilder("# Gait EMG from kinematics: Park & Park's models and ours\n\n");
        b.append(protocol()).append('\n').append(networks(reproductions.get(0))).append('\n');
        for (Reproduction r : reproductions) {
            String prefix = r.trainTrial() + "-to-" + r.testTrial() + "-";
            List<Path> plots = EnsemblePlots.write(r, plotDir, prefix);
            b.append("## Trained on ").append(r.trainTrial()).append(", tested on ").append(r.testTrial())
                    .append(" (seed ").append(r.seed()).append(")\n\n");
            b.append("Ensemble R² on the test trial (").append(r.results().get(0).test().cycles().size())
                    .append(" gait cycles):\n\n").append(Table1.markdown(r)).append('\n').append(meanPattern(r));
            b.append("Training (each estimator averages its member networks):\n\n")
                    .append("| estimator | members | epochs (best) per member | pre-training epochs | time (s) |"
                            + " validation mean ensemble R² |\n|---|---:|---|---|---:|---:|\n");
            for (ModelResult m : r.results()) {
                b.append("| ").append(m.type().label()).append(" | ").append(m.members().size()).append(" | ")
                        .append(epochs(m.members(), false)).append(" | ").append(epochs(m.members(), true)).append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f", m.seconds())).append(" | ")
                        .append(Table1.fmt(m.validation().meanEnsembleR2())).append(" |\n");
            }
            b.append('\n').append(selection(r));
            for (ModelResult m : r.results()) {
                b.append("<details><summary>").append(m.type().label()).append(": all metrics on ").append(r.testTrial())
                        .append("</summary>\n\n").append(Table1.metricsMarkdown(m.test().metrics()))
                        .append("\nOn the held-out cycles of ").append(r.trainTrial()).append(":\n\n")
                        .append(Table1.metricsMarkdown(m.validation().metrics())).append("\n</details>\n\n");
            }
            b.append("Ensemble averages ± SD, measured (black) against each estimator:\n\n");
            for (Path p : plots) {
                String rel = base.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
                b.append("![").append(p.getFileName()).append("](").append(rel).append(")\n");
            }
            b.append('\n');
        }
        b.append(transfers(reproductions));
        if (notes != null && !notes.isBlank()) {
            b.append(notes.strip()).append('\n');
        }
        String text = b.toString();
        AtomicFiles.writeText(reportFile, out -> out.write(text));
        MarkdownPage.writeBeside(reportFile, text);
        return text;
    }

    /** @return the mean-pattern yardstick of one direction, as Markdown (empty if there is none) */
    static String meanPattern(Reproduction r) {
        if (r.meanPattern() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("Yardstick, no network: the training trial's mean pattern (its EMG averaged"
                + " per gait phase, applied at the test trial's phase; heel strikes from the knee angle) scores");
        for (org.neuromsk.metrics.MuscleMetrics m : r.meanPattern().metrics()) {
            b.append(' ').append(m.muscle()).append(' ').append(Table1.fmt(m.ensembleR2())).append(',');
        }
        return b.append(" mean ").append(Table1.fmt(r.meanPattern().meanEnsembleR2())).append(".\n\n").toString();
    }

    /** @return the hyper-parameter selection of one direction, as Markdown (empty if none ran) */
    static String selection(Reproduction r) {
        StringBuilder b = new StringBuilder();
        for (ModelResult m : r.results()) {
            HyperParameterSelection.Selection s = m.selection();
            if (s == null) {
                continue;
            }
            if (b.length() == 0) {
                b.append("Hyper-parameter selection on ").append(r.trainTrial()).append(" alone, by cross-validation over ")
                        .append(s.folds()).append(" blocks of consecutive strides: each candidate trained as one network")
                        .append(" on the strides outside a block (early stopping on the block), scored on the block; mean")
                        .append(" ensemble R² over the muscles, averaged over the ").append(s.heldOutCycles())
                        .append(" strides of all blocks. The winner (**bold**) is then trained on the whole trial:\n\n")
                        .append("| estimator | candidate | mean ensemble R² (cross-validated) | SD over the blocks |")
                        .append(" R² per block | training time (s) |\n|---|---|---:|---:|---|---:|\n");
            }
            for (int i = 0; i < s.scores().size(); i++) {
                HyperParameterSelection.Score score = s.scores().get(i);
                String name = i == s.chosen() ? "**" + score.candidate().name() + "**" : score.candidate().name();
                b.append("| ").append(m.type().label()).append(" | ").append(name).append(" | ")
                        .append(Table1.fmt(score.meanEnsembleR2())).append(" | ").append(Table1.fmt(score.foldSd()))
                        .append(" | ").append(String.join(", ", score.foldMeans().stream().map(Table1::fmt).toList()))
                        .append(" | ").append(String.format(Locale.ROOT, "%.1f", score.seconds())).append(" |\n");
            }
        }
        return b.length() == 0 ? "" : b.append('\n').toString();
    }

    /** @return the out-of-subject section, as Markdown (empty without such trials) */
    static String transfers(List<Reproduction> reproductions) {
        StringBuilder b = new StringBuilder();
        for (Reproduction r : reproductions) {
            List<ModelResult> results = r.results();
            int count = results.get(0).transfers().size();
            for (int t = 0; t < count; t++) {
                TransferEvaluation first = results.get(0).transfers().get(t);
                if (b.length() == 0) {
                    b.append("## Out-of-subject check: ").append(first.trial()).append("\n\n");
                    b.append(String.format(Locale.ROOT, "Another subject, recorded with another model (Rajagopal et al."
                            + " 2016; OpenSim Moco's example3DWalking): %d frames over %.2f s, %d complete right gait"
                            + " cycle(s). ", first.frames(), first.seconds(), first.cycles()));
                    b.append(first.cycles() == 0 ? "With less than one gait cycle there is no ensemble average: the"
                            + " metrics are per sample over every frame (Pearson r; R² and RMSE with each measured"
                            + " envelope scaled to span 0–1 over the window, as the estimates span roughly 0–1 over a"
                            + " stride). " : "");
                    b.append("EMG columns used: ");
                    b.append(String.join(", ", first.emgColumns().entrySet().stream().sorted(
                            java.util.Map.Entry.comparingByKey()).map(e -> e.getKey() + " `" + e.getValue() + "`")
                            .toList()));
                    b.append(".\n\n");
                }
                b.append("Models trained on ").append(r.trainTrial()).append(" (seed ").append(r.seed())
                        .append("), Pearson r / per-sample R²:\n\n| muscle |");
                StringBuilder rule = new StringBuilder("|---|");
                for (ModelResult m : results) {
                    b.append(' ').append(m.type().label()).append(" |");
                    rule.append("---:|");
                }
                b.append('\n').append(rule).append('\n');
                List<String> muscles = results.stream().map(m -> m.transfers().get(0)).filter(e -> !e.metrics().isEmpty())
                        .findFirst().map(e -> e.metrics().stream().map(MuscleMetrics::muscle).toList()).orElse(List.of());
                for (String muscle : muscles) {
                    b.append("| ").append(muscle).append(" |");
                    for (ModelResult m : results) {
                        TransferEvaluation e = m.transfers().get(t);
                        MuscleMetrics x = e.metrics().stream().filter(q -> q.muscle().equals(muscle)).findFirst()
                                .orElse(null);
                        b.append(' ').append(x == null ? "–" : Table1.fmt(x.pearson()) + " / " + Table1.fmt(x.sampleR2()))
                                .append(" |");
                    }
                    b.append('\n');
                }
                b.append("| mean |");
                for (ModelResult m : results) {
                    TransferEvaluation e = m.transfers().get(t);
                    b.append(' ').append(e.metrics().isEmpty() ? "–"
                            : Table1.fmt(e.meanPearson()) + " / " + Table1.fmt(e.meanSampleR2())).append(" |");
                }
                b.append("\n\n");
                for (ModelResult m : results) {
                    String note = m.transfers().get(t).note();
                    if (!note.isEmpty()) {
                        b.append("- ").append(m.type().label()).append(": ").append(note).append('\n');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String epochs(List<MemberSummary> members, boolean pretraining) {
        StringBuilder b = new StringBuilder();
        for (MemberSummary s : members) {
            if (b.length() > 0) {
                b.append(", ");
            }
            if (pretraining) {
                b.append(s.pretrainingEpochs() == 0 ? "–" : Integer.toString(s.pretrainingEpochs()));
            } else {
                b.append(s.epochs()).append(" (").append(s.bestEpoch()).append(')');
            }
        }
        return b.toString();
    }

    /** @return the protocol section */
    /** Networks per estimator in the default settings (the same for every family). */
    private static final int MEMBERS = GaitEmgSettings.defaults(GaitEmgType.TORQUE).members();

    static String protocol() {
        return """
                ## Protocol

                - Inputs: the sagittal hip, knee and ankle angles (`hip_flexion_r`, `knee_angle_r`, `ankle_angle_r`,
                  degrees) of `ik.sto`, each z-scored with the mean and SD of its own trial (inputs only, never EMG).
                - Targets: the seven envelopes of `emgFilt.sto` mapped to Park & Park's muscles (TA `tib_ant_r`,
                  GM `med_gas_r`, VL `vas_lat_r`, RF `rect_fem_r`, BF `bifemlh_r`, ST ≈ `semimem_r`, SOL `soleus_r`),
                  each rescaled per trial so that its ensemble average spans 0–1 (cycle-range scaling; the test
                  trial's truth is scaled with its own cycles). Estimates are therefore in "fraction of the trial's
                  mean-cycle range".
                - Joint moments (torque-based pre-training only): `id.sto` used as given (not recomputed).
                - Gait cycles: right heel strikes where the right vertical ground reaction force of `XLD.mot` rises
                  through 20 N (knee-angle events when there is no force file); cycles shorter than 0.4 s or more
                  than 20 %% off the median duration are dropped; cycles are time-normalised to 101 points.
                - Metric (Park & Park's Table 1): the time-normalised cycles of measured and of estimated EMG are
                  averaged point by point; R² = 1 − SS_res/SS_tot between the two 101-point averages.
                - Hyper-parameters are chosen on the training trial alone, in code, by blocked cross-validation:
                  its gait cycles are cut into 5 blocks of consecutive strides; for each block every candidate is
                  trained as one network on the strides outside it (the stride after the block left out; early
                  stopping on the block, patience 10) and scored on it (ensemble R², the block's EMG scaled with
                  its own cycles); the candidate with the best mean over blocks and muscles is then trained on the
                  whole training trial. The torque-based moment network is pre-trained once on the whole trial and
                  shared by all folds, candidates and the final first member. Candidates: torque-based, the
                  fine-tuning loss (mean absolute error, mean squared error, Huber), then, in a second stage on the
                  same blocks, the chosen loss with dropout 0.1 and 0.2 after each hidden layer of the fine-tuned
                  network (none in the moment network), kept only if its mean is higher than the chosen loss's
                  without dropout; improved, the loss and whether
                  angular velocities are added to the gait phase; baseline, none (mean absolute error). Early
                  stopping of the final models: every 5th gait cycle (from the third) of the training trial. The
                  test trial is used for nothing but the final numbers. Per-trial z-scoring of the angles, per-trial
                  EMG scaling and the gait-phase input cannot be judged within one trial; they were fixed earlier
                  with both trials visible.
                - Loss on z-scored targets; Adam, learning rate 1e−3, batches of 64, at most 150 epochs, early
                  stopping with patience 20 (best epoch kept).
                - Each estimator averages the estimates of %d networks seeded seed, seed+1, …, seed+%d.
                - DJL 0.35.1 with PyTorch 2.7.1 on the CPU, one thread: the same seed gives the same numbers.
                """.formatted(MEMBERS, MEMBERS - 1);
    }

    /** @return the network section, with parameter counts from the trained networks */
    static String networks(Reproduction r) {
        ModelResult base = r.result(GaitEmgType.BASELINE);
        ModelResult torque = r.result(GaitEmgType.TORQUE);
        ModelResult context = r.result(GaitEmgType.CONTEXT);
        GaitEmgSettings t = GaitEmgSettings.defaults(GaitEmgType.TORQUE);
        long added = (long) (t.hidden().get(t.hidden().size() - 1) + 1) * t.addedLayer();
        return String.format(Locale.ROOT, """
                ## Networks (ReLU MLPs)

                | estimator | layers | trainable parameters | Park & Park |
                |---|---|---:|---:|
                | baseline | 3 → 142 → 100 → 7 | %,d | ~15,575 |
                | torque-based, pre-training | 3 → 142 → 100 → 6 moments (hip flexion/adduction/rotation, knee, ankle, subtalar) | %,d | |
                | torque-based, fine-tuned | 3 → 142 → 100 → **150** → 7 (added layer: 101 × 150 = %,d) | %,d | added layer ~15,200 |
                | improved (context) | %s → 128 → 64 → 7 | %,d | |

                The improved model adds temporal context through the gait phase: heel strikes are found in the
                knee angle (most extended knee after each swing), and each frame gets the sine and cosine of its
                position between the surrounding heel strikes. It needs the kinematics only.
                """, base.parameters(), torque.pretrainingParameters(), added, torque.parameters(),
                context.selection() != null && context.selection().settings().velocities()
                        ? "3 angles + 3 angular velocities + gait phase (sin, cos)" : "3 angles + gait phase (sin, cos)",
                context.parameters());
    }
}
