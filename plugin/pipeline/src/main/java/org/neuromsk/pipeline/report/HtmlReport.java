package org.neuromsk.pipeline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.forward.KinematicsComparison;

/**
 * The run report: one HTML page, plots embedded as base64 PNG, in the order a modeller reads it —
 * status and metrics, the extra comparisons, estimated vs true envelopes with their 90 % intervals,
 * the interval coverage, simulated vs input angles, torques, muscle parameters, notes and files.
 */
public final class HtmlReport {

    /** Plots per figure group at most (envelopes, coordinates, torques). */
    private static final int MAX_PLOTS = 12;

    private HtmlReport() {
    }

    /**
     * @param r a run's result
     * @param target the HTML file
     */
    public static void write(PipelineResult r, Path target) {
        String html = render(r);
        AtomicFiles.writeText(target, w -> w.write(html));
    }

    static String render(PipelineResult r) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>NeuroMSK report: ")
                .append(esc(r.modelName())).append("</title>\n<style>body{font-family:sans-serif;max-width:1200px;"
                + "margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
                + "padding:3px 8px;text-align:right}th{background:#eee}td:first-child{text-align:left}"
                + ".fail{color:#b00;font-weight:bold}.ok{color:#070;font-weight:bold}img{margin:4px}</style></head><body>\n");
        b.append("<h1>NeuroMSK run: ").append(esc(r.modelName())).append("</h1>\n<p>Estimator <b>")
                .append(esc(r.estimatorName())).append("</b>, backend ").append(esc(r.backend()))
                .append(r.intervals().map(i -> ", ensemble of " + i.members() + " for 90 % intervals").orElse(""))
                .append(". Motion ").append(esc(r.spec().motion().getFileName().toString())).append(".</p>\n");
        r.forward().ifPresent(f -> b.append(f.completed()
                ? String.format(Locale.ROOT, "<p class=\"ok\">Forward simulation%s completed to %.3f s (%s).</p>%n",
                        r.personalisedModel().isPresent() ? " on the personalised model" : "", f.timeReached(),
                        esc(r.spec().forward().trackingCorrection()
                                ? "tracking correction with " + r.spec().forward().gains().describe()
                                : "without tracking correction"))
                : String.format(Locale.ROOT, "<p class=\"fail\">Forward simulation failed at t = %.3f s: %s</p>%n",
                        f.timeReached(), esc(f.cause().orElse("")))));
        metrics(r, b);
        for (Map.Entry<String, List<List<String>>> e : r.extraSections().entrySet()) {
            b.append("<h2>").append(esc(e.getKey())).append("</h2>\n");
            table(e.getValue(), b);
        }
        envelopes(r, b);
        coverage(r, b);
        angles(r, b);
        torques(r, b);
        parameters(r, b);
        if (!r.notes().isEmpty()) {
            b.append("<h2>Notes</h2><ul>");
            r.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
            b.append("</ul>\n");
        }
        b.append("<h2>Files</h2><p>");
        r.files().forEach(f -> b.append("<a href=\"").append(esc(f)).append("\">").append(esc(f)).append("</a> "));
        b.append("</p>\n<p>Controls: <code>controls.sto</code> and <code>controls.xml</code> are read unchanged by "
                + "OpenSim's ForwardTool (ControlSetController) with <code>forward_model.osim</code>.</p>\n");
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void metrics(PipelineResult r, StringBuilder b) {
        b.append("<h2>Metrics</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("coordinate", "RMS error", "max error", "time to 5° (5 cm) drift (s)"));
        for (KinematicsComparison.CoordinateError k : r.kinematics()) {
            String unit = k.rotational() ? " °" : " m";
            rows.add(List.of(k.coordinate(), f3(k.rms()) + unit, f3(k.maxAbs()) + unit,
                    Double.isNaN(k.driftTime()) ? "never" : f3(k.driftTime())));
        }
        if (rows.size() > 1) {
            b.append("<h3>Simulated vs input kinematics</h3>\n");
            table(rows, b);
        }
        if (!r.reserveUse().isEmpty()) {
            List<List<String>> res = new ArrayList<>();
            res.add(List.of("reserve on", "RMS (N·m or N)", "peak (N·m or N)", "tracking correction RMS (N·m or N)"));
            r.reserveUse().forEach((c, u) -> res.add(List.of(c, f3(u.rms()), f3(u.peak()), f3(u.correctionRms()))));
            b.append("<h3>Reserve use in the forward simulation</h3>\n");
            table(res, b);
        }
        if (!r.accuracy().isEmpty()) {
            List<List<String>> acc = new ArrayList<>();
            acc.add(List.of("muscle", "RMS error vs true excitation (-)", "r", "90 % coverage"));
            r.accuracy().forEach((m, v) -> acc.add(List.of(m, f3(v[0]), f3(v[1]),
                    r.coverage().containsKey(m) ? pct(r.coverage().get(m)) : "")));
            if (r.coverage().containsKey("all")) {
                acc.add(List.of("all", "", "", pct(r.coverage().get("all"))));
            }
            b.append("<h3>Estimated vs true excitations</h3>\n");
            table(acc, b);
        }
        List<List<String>> times = new ArrayList<>();
        times.add(List.of("stage", "time (s)"));
        r.timings().forEach((k, v) -> times.add(List.of(k, String.format(Locale.ROOT, "%.2f", v))));
        b.append("<h3>Timings</h3>\n");
        table(times, b);
    }

    private static void envelopes(PipelineResult r, StringBuilder b) {
        Storage u = r.estimate().excitations();
        b.append("<h2>Excitations: estimated").append(r.truth().isPresent() ? " vs true" : "")
                .append(r.intervals().isPresent() ? ", with 90 % intervals" : "").append("</h2>\n");
        int shown = 0;
        for (String m : r.spec().muscles()) {
            if (!u.hasColumn(m) || shown++ >= MAX_PLOTS * 8) {
                continue;
            }
            List<Plots.Line> lines = new ArrayList<>();
            List<Plots.Band> bands = new ArrayList<>();
            r.intervals().ifPresent(i -> bands.add(new Plots.Band("90 % interval", u.time(), i.lower().column(m),
                    i.upper().column(m))));
            lines.add(new Plots.Line("estimated", u.time(), u.column(m), false));
            r.truth().filter(t -> t.hasColumn(m)).ifPresent(t -> lines.add(new Plots.Line("true", t.time(),
                    t.column(m), true)));
            img(Plots.png(m, "time (s)", "excitation (-)", lines, bands, 380, 260), b);
        }
        b.append('\n');
    }

    private static void coverage(PipelineResult r, StringBuilder b) {
        if (r.coverage().isEmpty()) {
            return;
        }
        b.append("<h2>Uncertainty calibration</h2>\n<p>Fraction of the true excitation samples inside the 90 % "
                + "interval, per muscle and over all (a calibrated interval gives 90 %). ");
        r.intervals().ifPresent(i -> b.append(i.calibration().map(c -> String.format(Locale.ROOT, "Intervals: centre "
                + "± scale·(w + %.3f), w half the %d members' 5–95 %% range, scale %.2f (muscles with EMG) and %.2f "
                + "(without), measured by %s.", c.floor(), i.members(), c.measuredScale(), c.hiddenScale(),
                esc(c.provenance()))).orElse("Intervals: the " + i.members() + " members' 5th–95th percentiles "
                + "(uncalibrated).")));
        b.append("</p>\n");
        List<String> names = new ArrayList<>(r.coverage().keySet());
        List<Double> values = names.stream().map(r.coverage()::get).toList();
        img(Plots.bars("90 % interval coverage", "fraction inside", names, values, 0.9, 700, 320), b);
        b.append('\n');
    }

    private static void angles(PipelineResult r, StringBuilder b) {
        if (r.kinematics().isEmpty()) {
            return;
        }
        b.append("<h2>Simulated vs input coordinates</h2>\n");
        int shown = 0;
        for (KinematicsComparison.CoordinateError k : r.kinematics()) {
            if (shown++ >= MAX_PLOTS) {
                break;
            }
            img(Plots.png(k.coordinate(), "time (s)", k.rotational() ? "angle (°)" : "position (m)", List.of(
                    new Plots.Line("input", k.time(), k.input(), true),
                    new Plots.Line("simulated", k.time(), k.simulated(), false)), List.of(), 380, 260), b);
        }
        b.append('\n');
    }

    private static void torques(PipelineResult r, StringBuilder b) {
        Storage id = r.inverseDynamics();
        b.append("<h2>Generalized forces</h2>\n<p>Inverse dynamics of the input motion, and the muscles' "
                + "contribution Σ moment arm × estimated force.</p>\n");
        int shown = 0;
        for (String label : id.labels()) {
            String coordinate = label.replaceAll("_(moment|force)$", "");
            if (r.muscleTorques().isPresent() && !r.muscleTorques().get().hasColumn(coordinate)) {
                continue;
            }
            if (shown++ >= MAX_PLOTS) {
                break;
            }
            List<Plots.Line> lines = new ArrayList<>();
            lines.add(new Plots.Line("inverse dynamics", id.time(), id.column(label), false));
            r.muscleTorques().filter(t -> t.hasColumn(coordinate)).ifPresent(t -> lines.add(
                    new Plots.Line("muscles (estimate)", t.time(), t.column(coordinate), true)));
            img(Plots.png(coordinate, "time (s)", label.endsWith("_force") ? "force (N)" : "torque (N·m)", lines,
                    List.of(), 380, 260), b);
        }
        b.append('\n');
    }

    private static void parameters(PipelineResult r, StringBuilder b) {
        b.append("<h2>Muscle parameters</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("muscle", "F_iso (N)", "l_opt (m)", "l_slack (m)", "personalised F_iso / l_opt / l_slack",
                "true F_iso / l_opt / l_slack"));
        r.parameters().forEach((m, p) -> rows.add(List.of(m, f1(p.nominal().maxIsometricForce()),
                f4(p.nominal().optimalFiberLength()), f4(p.nominal().tendonSlackLength()),
                p.personalised().map(HtmlReport::triple).orElse("—"), p.truth().map(HtmlReport::triple).orElse("—"))));
        table(rows, b);
    }

    private static String triple(MuscleParameters p) {
        return f1(p.maxIsometricForce()) + " / " + f4(p.optimalFiberLength()) + " / " + f4(p.tendonSlackLength());
    }

    private static void table(List<List<String>> rows, StringBuilder b) {
        b.append("<table>\n");
        for (int i = 0; i < rows.size(); i++) {
            b.append("<tr>");
            for (String cell : rows.get(i)) {
                b.append(i == 0 ? "<th>" : "<td>").append(esc(cell)).append(i == 0 ? "</th>" : "</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void img(String base64, StringBuilder b) {
        b.append("<img alt=\"plot\" src=\"data:image/png;base64,").append(base64).append("\">");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
