package org.neuromsk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.neuromsk.estimator.gait.GaitEmgType;
import org.neuromsk.estimator.gait.ModelResult;
import org.neuromsk.estimator.gait.ParkAndParkTable1;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;
import org.neuromsk.metrics.MuscleMetrics;

/** Ensemble R² per muscle and estimator, laid out as Park &amp; Park's Table 1. */
public final class Table1 {

    private Table1() {
    }

    /**
     * Plain text for the console: one header line, one line per muscle, a mean line.
     *
     * @param reproduction one direction's results
     * @return the lines
     */
    public static List<String> text(Reproduction reproduction) {
        List<String> lines = new ArrayList<>();
        List<ModelResult> results = reproduction.results();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s", "muscle"));
        for (ModelResult r : results) {
            head.append(String.format(Locale.ROOT, " %13s", r.type().label()));
        }
        lines.add(head.toString());
        List<String> muscles = results.get(0).test().muscles();
        for (int m = 0; m < muscles.size(); m++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", muscles.get(m)));
            for (ModelResult r : results) {
                row.append(String.format(Locale.ROOT, " %13s", fmt(r.test().metrics().get(m).ensembleR2())));
            }
            lines.add(row.toString());
        }
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-8s", "mean"));
        for (ModelResult r : results) {
            mean.append(String.format(Locale.ROOT, " %13s", fmt(r.test().meanEnsembleR2())));
        }
        lines.add(mean.toString());
        return lines;
    }

    /**
     * Markdown: our three estimators beside Park &amp; Park's two, and whether the torque-based model
     * beats theirs.
     *
     * @param reproduction one direction's results
     * @return the table
     */
    public static String markdown(Reproduction reproduction) {
        StringBuilder b = new StringBuilder();
        List<ModelResult> results = reproduction.results();
        b.append("| muscle |");
        for (ModelResult r : results) {
            b.append(' ').append(r.type().label()).append(" |");
        }
        b.append(" Park & Park baseline | Park & Park torque-based | torque-based beats theirs |\n|---|");
        b.append("---:|".repeat(results.size() + 2)).append(":---:|\n");
        List<String> muscles = results.get(0).test().muscles();
        for (int m = 0; m < muscles.size(); m++) {
            String name = muscles.get(m);
            b.append("| ").append(name).append(" |");
            for (ModelResult r : results) {
                b.append(' ').append(fmt(r.test().metrics().get(m).ensembleR2())).append(" |");
            }
            OptionalDouble theirs = ParkAndParkTable1.torqueBased(name);
            OptionalDouble theirBase = ParkAndParkTable1.baseline(name);
            b.append(' ').append(theirBase.isPresent() ? fmt(theirBase.getAsDouble()) : "–").append(" |");
            b.append(' ').append(theirs.isPresent() ? fmt(theirs.getAsDouble()) : "–").append(" |");
            double ours = reproduction.result(GaitEmgType.TORQUE).test().metrics().get(m).ensembleR2();
            b.append(' ').append(theirs.isPresent() ? (ours > theirs.getAsDouble() ? "yes" : "**no**") : "–")
                    .append(" |\n");
        }
        b.append("| mean |");
        for (ModelResult r : results) {
            b.append(' ').append(fmt(r.test().meanEnsembleR2())).append(" |");
        }
        b.append(' ').append(fmt(mean(ParkAndParkTable1.BASELINE.values()))).append(" | ")
                .append(fmt(mean(ParkAndParkTable1.TORQUE_BASED.values()))).append(" | |\n");
        return b.toString();
    }

    /**
     * Markdown table of every metric of one estimator.
     *
     * @param metrics per-muscle metrics
     * @return the table
     */
    public static String metricsMarkdown(List<MuscleMetrics> metrics) {
        StringBuilder b = new StringBuilder("| muscle | ensemble R² | per-sample R² | Pearson r | RMSE | cycles |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (MuscleMetrics m : metrics) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.4f | %d |%n", m.muscle(), fmt(m.ensembleR2()),
                    fmt(m.sampleR2()), fmt(m.pearson()), m.rmse(), m.cycles()));
        }
        return b.toString();
    }

    /**
     * Plain-text table of every metric (for {@code neuromsk evaluate}).
     *
     * @param metrics per-muscle metrics
     * @return the lines
     */
    public static List<String> metricsText(List<MuscleMetrics> metrics) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-8s %12s %14s %10s %9s %7s", "muscle", "ensemble R²", "per-sample R²",
                "Pearson r", "RMSE", "cycles"));
        for (MuscleMetrics m : metrics) {
            lines.add(String.format(Locale.ROOT, "%-8s %12s %14s %10s %9.4f %7d", m.muscle(), fmt(m.ensembleR2()),
                    fmt(m.sampleR2()), fmt(m.pearson()), m.rmse(), m.cycles()));
        }
        double mean = metrics.stream().mapToDouble(MuscleMetrics::ensembleR2).average().orElse(Double.NaN);
        lines.add(String.format(Locale.ROOT, "%-8s %12s", "mean", fmt(mean)));
        return lines;
    }

    /**
     * HTML version of {@link #markdown(Reproduction)}'s first columns (our estimators).
     *
     * @param reproduction one direction's results
     * @return an HTML {@code <table>}
     */
    public static String html(Reproduction reproduction) {
        StringBuilder b = new StringBuilder("<table>\n<tr><th>muscle</th>");
        for (ModelResult r : reproduction.results()) {
            b.append("<th>").append(r.type().label()).append("</th>");
        }
        b.append("<th>Park &amp; Park torque-based</th></tr>\n");
        List<String> muscles = reproduction.results().get(0).test().muscles();
        for (int m = 0; m < muscles.size(); m++) {
            b.append("<tr><td>").append(muscles.get(m)).append("</td>");
            for (ModelResult r : reproduction.results()) {
                b.append("<td>").append(fmt(r.test().metrics().get(m).ensembleR2())).append("</td>");
            }
            OptionalDouble theirs = ParkAndParkTable1.torqueBased(muscles.get(m));
            b.append("<td>").append(theirs.isPresent() ? fmt(theirs.getAsDouble()) : "–").append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    /**
     * @param value a number
     * @return three decimals, or more significant digits for magnitudes below 0.01 or above 10
     */
    public static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        double a = Math.abs(value);
        if (a != 0 && a < 0.01) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static double mean(java.util.Collection<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
