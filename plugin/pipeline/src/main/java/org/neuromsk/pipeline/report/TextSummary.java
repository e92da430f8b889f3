package org.neuromsk.pipeline.report;

import java.util.Locale;
import java.util.Map;

import org.neuromsk.pipeline.PipelineResult;
import org.neuromsk.pipeline.forward.KinematicsComparison;

/** The plain-text summary of a run, for the terminal and {@code summary.txt}. */
public final class TextSummary {

    private TextSummary() {
    }

    /**
     * @param r a run's result
     * @return a few lines: estimator, accuracy, coverage, forward simulation, tracking, reserves, output
     */
    public static String of(PipelineResult r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "model %s, backend %s, estimator %s%s%n", r.modelName(), r.backend(),
                r.estimatorName(), r.intervals().map(i -> ", ensemble of " + i.members()).orElse("")));
        if (!r.accuracy().isEmpty()) {
            double sum = 0;
            for (double[] v : r.accuracy().values()) {
                sum += v[0];
            }
            b.append(String.format(Locale.ROOT, "excitations vs truth: mean RMS error %.3f over %d muscles%n",
                    sum / r.accuracy().size(), r.accuracy().size()));
        }
        Double all = r.coverage().get("all");
        if (all != null) {
            b.append(String.format(Locale.ROOT, "90 %% interval coverage of the true excitations: %.1f %%%n", 100 * all));
        }
        r.forward().ifPresent(f -> {
            if (f.completed()) {
                b.append(String.format(Locale.ROOT, "forward simulation%s: completed to %.3f s%n",
                        r.personalisedModel().isPresent() ? " (personalised model)" : "", f.timeReached()));
            } else {
                b.append(String.format(Locale.ROOT, "forward simulation: FAILED at %.3f s: %s%n", f.timeReached(),
                        f.cause().orElse("")));
            }
        });
        for (KinematicsComparison.CoordinateError k : r.kinematics()) {
            b.append(String.format(Locale.ROOT, "  %-22s RMS %8.3f %s, max %8.3f, %s%n", k.coordinate(), k.rms(),
                    k.rotational() ? "deg" : "m  ", k.maxAbs(), Double.isNaN(k.driftTime()) ? "no 5° drift"
                            : String.format(Locale.ROOT, "drift beyond %s at %.3f s", k.rotational() ? "5°" : "5 cm",
                                    k.driftTime())));
        }
        for (Map.Entry<String, PipelineResult.ReserveUse> e : r.reserveUse().entrySet()) {
            b.append(String.format(Locale.ROOT, "  reserve %-14s RMS %.3g, peak %.3g, tracking correction RMS %.3g "
                    + "(N·m or N)%n", e.getKey(), e.getValue().rms(), e.getValue().peak(), e.getValue().correctionRms()));
        }
        for (Map.Entry<String, java.util.List<java.util.List<String>>> e : r.extraSections().entrySet()) {
            b.append(e.getKey()).append(":\n");
            for (java.util.List<String> row : e.getValue()) {
                b.append("  ").append(String.join(" | ", row)).append('\n');
            }
        }
        for (String note : r.notes()) {
            b.append("note: ").append(note).append('\n');
        }
        b.append(String.format(Locale.ROOT, "wrote %d files to %s (report.html) in %.1f s%n", r.files().size(),
                r.spec().output(), r.timings().getOrDefault("total", Double.NaN)));
        return b.toString();
    }
}
