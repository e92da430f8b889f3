package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text, Markdown and CSV tables of per-muscle metrics, models side by side. */
public final class MetricsTable {

    private MetricsTable() {
    }

    /**
     * @param models the models to show, side by side (same muscles)
     * @return a header line, one line per muscle and a {@code mean} line: r, R², NRMSE and peak
     *     ratio of each model
     */
    public static List<String> lines(List<ModelEvaluation> models) {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-12s", "muscle"));
        for (ModelEvaluation model : models) {
            header.append(String.format(Locale.ROOT, " | %-8s %6s %6s %6s %6s", model.name(), "r", "R2", "NRMSE", "peak"));
        }
        lines.add(header.toString());
        int muscles = models.get(0).metrics().size();
        for (int m = 0; m < muscles; m++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", models.get(0).metrics().get(m)
                    .muscle()));
            for (ModelEvaluation model : models) {
                MuscleMetrics x = model.metrics().get(m);
                line.append(cells(x.r(), x.r2(), x.nrmse(), x.peakRatio()));
            }
            lines.add(line.toString());
        }
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-12s", "mean"));
        for (ModelEvaluation model : models) {
            mean.append(cells(model.meanR(), model.meanR2(), model.meanNrmse(), model.meanPeakRatio()));
        }
        lines.add(mean.toString());
        return lines;
    }

    /**
     * @param models the models to show, side by side (same muscles)
     * @return a Markdown table: one row per muscle and a {@code mean} row; r, R², NRMSE and peak ratio
     *     of each model
     */
    public static String markdown(List<ModelEvaluation> models) {
        StringBuilder b = new StringBuilder("| muscle |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (ModelEvaluation model : models) {
            for (String metric : List.of("r", "R²", "NRMSE", "peak ratio")) {
                b.append(' ').append(model.name()).append(' ').append(metric).append(" |");
                rule.append(" ---: |");
            }
        }
        b.append('\n').append(rule).append('\n');
        int muscles = models.get(0).metrics().size();
        for (int m = 0; m < muscles; m++) {
            b.append("| ").append(models.get(0).metrics().get(m).muscle()).append(" |");
            for (ModelEvaluation model : models) {
                MuscleMetrics x = model.metrics().get(m);
                b.append(markdownCells(x.r(), x.r2(), x.nrmse(), x.peakRatio()));
            }
            b.append('\n');
        }
        b.append("| mean |");
        for (ModelEvaluation model : models) {
            b.append(markdownCells(model.meanR(), model.meanR2(), model.meanNrmse(), model.meanPeakRatio()));
        }
        return b.append('\n').toString();
    }

    /**
     * @param result an experiment
     * @return CSV text: one row per model and muscle (and a {@code mean} row per model)
     */
    public static String csv(ExperimentResult result) {
        StringBuilder out = new StringBuilder("train,test,model,loss,muscle,r,r2,nrmse,peak_ratio,cycles\n");
        for (ModelEvaluation model : result.models()) {
            for (MuscleMetrics m : model.metrics()) {
                out.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%.6f,%.6f,%.6f,%.6f,%d%n", result.trainTrial(),
                        result.testTrial(), model.name(), model.loss(), m.muscle(), m.r(), m.r2(), m.nrmse(),
                        m.peakRatio(), m.cycles()));
            }
            out.append(String.format(Locale.ROOT, "%s,%s,%s,%s,mean,%.6f,%.6f,%.6f,%.6f,%n", result.trainTrial(),
                    result.testTrial(), model.name(), model.loss(), model.meanR(), model.meanR2(), model.meanNrmse(),
                    model.meanPeakRatio()));
        }
        return out.toString();
    }

    private static String markdownCells(double r, double r2, double nrmse, double peak) {
        return String.format(Locale.ROOT, " %.3f | %.3f | %.3f | %.3f |", r, r2, nrmse, peak);
    }

    private static String cells(double r, double r2, double nrmse, double peak) {
        return String.format(Locale.ROOT, " | %-8s %6.3f %6.3f %6.3f %6.3f", "", r, r2, nrmse, peak);
    }
}
