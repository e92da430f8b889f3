package org.neuromsk.estimator.nmm.report;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;
import org.neuromsk.estimator.nmm.SubjectResult;
import org.neuromsk.estimator.nmm.TrialScore;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.report.MarkdownPage;

/**
 * Writes an NMM study's report: {@code REPORT.md} with the tables, its page {@code REPORT.html}, and PNG
 * figures in a folder beside them named like the report without {@code .md}.
 */
public final class NmmReport {

    /** What the study compares and how it scores, a Markdown paragraph for the report's introduction. */
    public static final String METHODS = "Methods, on the held-out trial of every load (the last of three): the NMM "
            + "(transformer encoder, differentiable activation dynamics, electromechanical delay, compliant-tendon "
            + "Hill muscles, personalised parameters, the inverse-dynamics moment among its inputs; docs/nmm.md), "
            + "each held-out trial predicted after test-time refinement on that trial's own inputs (kinematics, "
            + "load, measured envelopes, inverse-dynamics moment; parameters kept; no hidden truth read), the same "
            + "fit's network without that refinement, its ablations without the physics term and "
            + "without personalisation (refined alike), muscle synergy extrapolation (MSE: NMF of the measured envelopes, hidden "
            + "weights by NNLS against the inverse-dynamics moment, generic model) and static optimisation (SO, the "
            + "embedded engine's OpenSim algorithm on the generic model with the trial's load). Every method is "
            + "scored against the true excitations of the hidden muscles (SO gives activations, which lag them). "
            + "The moment error is the RMSE as a percentage of each trial's peak inverse-dynamics moment.";

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private NmmReport() {
    }

    /**
     * A target of the issue and whether the study met it.
     *
     * @param what the target
     * @param value what the study gave
     * @param met whether it was met
     */
    public record Target(String what, String value, boolean met) {
    }

    /**
     * @param s NMM settings
     * @return the settings that matter for the report, e.g. "40 epochs, learning rate 0.006, envelope
     *     low-pass 6 Hz order 4 in the data term, ..."
     */
    public static String describe(NmmSettings s) {
        String lowPass = s.envelopeCutoff() > 0 ? String.format(Locale.ROOT, "%s Hz order %d",
                BigDecimal.valueOf(s.envelopeCutoff()).stripTrailingZeros().toPlainString(), s.envelopeOrder())
                : "off";
        String refinement = s.refineEpochs() > 0 ? String.format(Locale.ROOT,
                "%d epochs of test-time refinement per held-out trial (learning rate %s)", s.refineEpochs(),
                BigDecimal.valueOf(s.refineLearningRate()).stripTrailingZeros().toString())
                : "no test-time refinement";
        return String.format(Locale.ROOT, "%d epochs, learning rate %s, envelope low-pass %s in the data term, %s, %s",
                s.maxEpochs(), BigDecimal.valueOf(s.learningRate()).stripTrailingZeros().toString(), lowPass,
                s.momentInput() ? "the inverse-dynamics moment as a network input" : "no moment input", refinement);
    }

    /**
     * @param result the study's results
     * @param targets the targets with their outcome
     * @param intro Markdown paragraphs before the tables (how the study was run)
     * @param report the Markdown file to write
     * @return the files written
     */
    public static List<Path> write(StudyResult result, List<Target> targets, String intro, Path report) {
        String name = report.getFileName().toString().replaceFirst("\\.md$", "");
        Path images = report.toAbsolutePath().getParent().resolve(name);
        List<Path> files = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        md.append("# Neural musculoskeletal model: virtual-subject study\n\n").append(intro).append("\n\n");
        md.append("## Targets\n\n| target | result | met |\n| --- | --- | --- |\n");
        for (Target t : targets) {
            md.append("| ").append(t.what()).append(" | ").append(t.value()).append(" | ").append(t.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\n## Summary\n\n```\n").append(result.table()).append("```\n\n");
        md.append(methodTable(result));
        md.append(subjectLoadTable(result));
        md.append(truthVariabilityTable(result));
        md.append(recoveryTable(result));
        md.append("\n## Figures\n\n");
        List<String> methods = result.methods().stream()
                .filter(m -> m.equals(NmmStudy.NMM) || m.equals(NmmStudy.MSE) || m.equals(NmmStudy.SO)).toList();
        for (String muscle : result.hiddenMuscles()) {
            for (String method : methods) {
                String file = "heatmap-" + slug(method) + "-" + muscle + ".png";
                files.add(save(heatMap(result, method, muscle), images.resolve(file)));
                md.append("![").append(method).append(' ').append(muscle).append(" RMSE per subject and load](")
                        .append(name).append('/').append(file).append(")\n");
            }
        }
        md.append('\n');
        for (SubjectResult s : result.subjects()) {
            if (s != result.subjects().get(0)) {
                break;
            }
            for (Map.Entry<String, SubjectResult.TrialSeries> e : new java.util.TreeMap<>(s.series()).entrySet()) {
                SubjectResult.TrialSeries ts = e.getValue();
                if (ts.trueExcitation() == null || ts.nmm() == null) {
                    continue;
                }
                String trial = slug(s.subject() + "-" + e.getKey());
                for (String muscle : result.hiddenMuscles()) {
                    int m = muscleIndex(s, result, muscle);
                    if (m < 0) {
                        continue;
                    }
                    String file = "excitation-" + trial + "-" + muscle + ".png";
                    files.add(save(excitationChart(s.subject() + " " + e.getKey() + " " + muscle, ts, m),
                            images.resolve(file)));
                    md.append("![").append(muscle).append(" excitations, ").append(e.getKey()).append("](").append(name)
                            .append('/').append(file).append(")\n");
                }
                if (ts.nmmMoment() != null) {
                    String file = "moment-" + trial + ".png";
                    files.add(save(momentChart(s.subject() + " " + e.getKey(), ts), images.resolve(file)));
                    md.append("![moment, ").append(e.getKey()).append("](").append(name).append('/').append(file)
                            .append(")\n");
                }
            }
        }
        String file = "parameter-recovery.png";
        if (result.subjects().stream().anyMatch(x -> x.recovery() != null)) {
            files.add(save(recoveryChart(result), images.resolve(file)));
            md.append("\n![parameter recovery](").append(name).append('/').append(file).append(")\n");
        }
        String text = md.toString();
        AtomicFiles.writeText(report, w -> w.write(text));
        files.add(0, MarkdownPage.writeBeside(report, text));
        files.add(0, report);
        return files;
    }

    private static int muscleIndex(SubjectResult s, StudyResult result, String muscle) {
        return s.muscles().indexOf(muscle);
    }

    private static String methodTable(StudyResult r) {
        StringBuilder sb = new StringBuilder("| method |");
        List<String> muscles = r.hiddenMuscles();
        for (String m : muscles) {
            sb.append(' ').append(m).append(" RMSE | ").append(m).append(" r per trial | ").append(m)
                    .append(" r pooled |");
        }
        sb.append(" moment RMSE (% of peak) |\n| --- |");
        sb.append(" ---: | ---: | ---: |".repeat(muscles.size())).append(" ---: |\n");
        for (String method : r.methods()) {
            sb.append("| ").append(method).append(" |");
            for (String m : muscles) {
                sb.append(String.format(Locale.ROOT, " %.4f | %.3f | %.3f |", r.meanRmse(method, m), r.meanR(method, m),
                        r.meanPooledR(method, m)));
            }
            double moment = r.meanMomentError(method);
            sb.append(Double.isNaN(moment) ? " - |" : String.format(Locale.ROOT, " %.2f |", moment)).append('\n');
        }
        return sb.append('\n').toString();
    }

    private static String subjectLoadTable(StudyResult r) {
        StringBuilder sb = new StringBuilder("### Hidden-muscle RMSE per subject and load (held-out trials)\n\n"
                + "| subject | load (kg) | method |");
        List<String> muscles = r.hiddenMuscles();
        for (String m : muscles) {
            sb.append(' ').append(m).append(" RMSE | ").append(m).append(" r |");
        }
        sb.append("\n| --- | ---: | --- |").append(" ---: | ---: |".repeat(muscles.size())).append('\n');
        for (SubjectResult s : r.subjects()) {
            TreeSet<Double> loads = new TreeSet<>();
            s.scores().forEach(t -> loads.add(t.loadMass()));
            for (double load : loads) {
                for (String method : r.methods()) {
                    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %s |", s.subject(),
                            trim(load), method));
                    boolean any = false;
                    for (String m : muscles) {
                        double[] v = mean(s.scores(), method, m, load);
                        any |= !Double.isNaN(v[0]);
                        row.append(String.format(Locale.ROOT, " %.4f | %.3f |", v[0], v[1]));
                    }
                    if (any) {
                        sb.append(row).append('\n');
                    }
                }
            }
        }
        return sb.append('\n').toString();
    }

    /** Standard deviation over frames of every held-out trial's true hidden excitations. */
    private static String truthVariabilityTable(StudyResult r) {
        List<String> muscles = r.hiddenMuscles();
        StringBuilder sb = new StringBuilder("### How much the true hidden excitations vary within each held-out trial\n\n"
                + "Standard deviation over the trial's frames (mean in parentheses). Where it is no larger than the "
                + "estimates' RMSE, the per-trial correlation compares an estimate with an almost flat line and "
                + "mostly measures noise.\n\n"
                + "| subject | trial |");
        for (String m : muscles) {
            sb.append(' ').append(m).append(" SD (mean) |");
        }
        sb.append("\n| --- | --- |").append(" ---: |".repeat(muscles.size())).append('\n');
        for (SubjectResult s : r.subjects()) {
            for (Map.Entry<String, SubjectResult.TrialSeries> e : s.series().entrySet()) {
                if (e.getValue().trueExcitation() == null) {
                    continue;
                }
                sb.append("| ").append(s.subject()).append(" | ").append(e.getKey()).append(" |");
                for (String m : muscles) {
                    double[] u = e.getValue().trueExcitation()[s.muscles().indexOf(m)];
                    double mean = java.util.Arrays.stream(u).average().orElse(Double.NaN);
                    double sd = Math.sqrt(java.util.Arrays.stream(u).map(v -> (v - mean) * (v - mean)).average()
                            .orElse(Double.NaN));
                    sb.append(String.format(Locale.ROOT, " %.4f (%.3f) |", sd, mean));
                }
                sb.append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    private static String recoveryTable(StudyResult r) {
        StringBuilder sb = new StringBuilder("### Parameter recovery (mean |error| over the seven muscles)\n\n"
                + "F_iso × s: maximum isometric force times EMG-to-excitation scale, over the five measured muscles "
                + "(the generic model's scale is 1).\n\n"
                + "| subject | F_iso NMM | F_iso generic | l_opt NMM | l_opt generic | l_Ts NMM | l_Ts generic "
                + "| F_iso × s NMM | F_iso × s generic |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (SubjectResult s : r.subjects()) {
            SubjectResult.ParameterRecovery p = s.recovery();
            if (p != null) {
                sb.append(String.format(Locale.ROOT,
                        "| %s | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% |%n",
                        s.subject(), p.maxIsometricForce(), p.genericMaxIsometricForce(), p.optimalFiberLength(),
                        p.genericOptimalFiberLength(), p.tendonSlackLength(), p.genericTendonSlackLength(),
                        p.forceScaleProduct(), p.genericForceScaleProduct()));
            }
        }
        return sb.toString();
    }

    private static double[] mean(List<TrialScore> scores, String method, String muscle, double load) {
        double rmse = 0;
        double r = 0;
        int n = 0;
        for (TrialScore t : scores) {
            if (t.method().equals(method) && t.muscle().equals(muscle) && t.loadMass() == load) {
                rmse += t.rmse();
                r += Double.isNaN(t.r()) ? 0 : t.r();
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {rmse / n, r / n};
    }

    private static HeatMapChart heatMap(StudyResult r, String method, String muscle) {
        List<String> subjects = r.subjects().stream().map(SubjectResult::subject).toList();
        TreeSet<Double> loads = new TreeSet<>();
        r.subjects().forEach(s -> s.scores().forEach(t -> loads.add(t.loadMass())));
        List<String> loadLabels = loads.stream().map(l -> trim(l) + " kg").toList();
        List<Number[]> cells = new ArrayList<>();
        double max = 0;
        for (SubjectResult s : r.subjects()) {
            int x = 0;
            for (double load : loads) {
                for (String m : r.methods()) {
                    double v = mean(s.scores(), m, muscle, load)[0];
                    if (!Double.isNaN(v) && (m.equals(NmmStudy.NMM) || m.equals(NmmStudy.MSE) || m.equals(NmmStudy.SO))) {
                        max = Math.max(max, v);
                    }
                }
                double v = mean(s.scores(), method, muscle, load)[0];
                cells.add(new Number[] {x, subjects.indexOf(s.subject()), Double.isNaN(v) ? 0 : v});
                x++;
            }
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(520).height(Math.max(260, 60 * subjects.size() + 120))
                .title(method + ": " + muscle + " excitation RMSE").xAxisTitle("load").yAxisTitle("subject").build();
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.000");
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(max > 0 ? Math.ceil(max * 100) / 100 : 1);
        chart.getStyler().setRangeColors(new Color[] {new Color(0xF7FBFF), new Color(0x6BAED6), new Color(0x08306B)});
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.addSeries(muscle, loadLabels, subjects, cells);
        return chart;
    }

    private static XYChart excitationChart(String title, SubjectResult.TrialSeries ts, int m) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("time (s)")
                .yAxisTitle("excitation (-)").build();
        style(chart);
        line(chart, "true", ts.time(), ts.trueExcitation()[m], Color.BLACK);
        line(chart, NmmStudy.NMM, ts.time(), ts.nmm()[m], new Color(0xD62728));
        if (ts.mse() != null) {
            line(chart, NmmStudy.MSE, ts.time(), ts.mse()[m], new Color(0x1F77B4));
        }
        if (ts.staticOptimization() != null) {
            line(chart, NmmStudy.SO + " (activation)", ts.time(), ts.staticOptimization()[m], new Color(0x2CA02C));
        }
        return chart;
    }

    private static XYChart momentChart(String title, SubjectResult.TrialSeries ts) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title + ": elbow moment")
                .xAxisTitle("time (s)").yAxisTitle("moment (N·m)").build();
        style(chart);
        line(chart, "inverse dynamics", ts.time(), ts.idMoment(), Color.BLACK);
        line(chart, NmmStudy.NMM, ts.time(), ts.nmmMoment(), new Color(0xD62728));
        return chart;
    }

    private static XYChart recoveryChart(StudyResult r) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Parameter recovery: estimate / truth − 1 per muscle and subject").xAxisTitle("muscle (index)")
                .yAxisTitle("relative error (%)").build();
        style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        String[] names = {"F_iso", "l_opt", "l_Ts"};
        Color[] colors = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C)};
        for (int k = 0; k < 3; k++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> gy = new ArrayList<>();
            for (SubjectResult s : r.subjects()) {
                if (s.recovery() == null) {
                    continue;
                }
                int i = 0;
                for (double[][] v : s.recovery().values().values()) {
                    x.add(i + 0.2 * (k - 1));
                    y.add(100 * (v[0][k] / v[1][k] - 1));
                    gy.add(100 * (v[2][k] / v[1][k] - 1));
                    i++;
                }
            }
            if (!x.isEmpty()) {
                XYSeries s = chart.addSeries(names[k] + " NMM", x, y);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(colors[k]);
                XYSeries g = chart.addSeries(names[k] + " generic", x, gy);
                g.setMarker(SeriesMarkers.CROSS);
                g.setMarkerColor(colors[k].brighter());
            }
        }
        return chart;
    }

    private static void style(XYChart chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
    }

    private static Path save(Chart<?, ?> chart, Path file) {
        try {
            Files.createDirectories(file.getParent());
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException e) {
            throw new NeuroMskException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
