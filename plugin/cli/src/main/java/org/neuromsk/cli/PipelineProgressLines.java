package org.neuromsk.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.neuromsk.pipeline.PipelineProgress;

/** Pipeline progress as concise lines: one per stage with the previous stage's time, tenths of long stages. */
final class PipelineProgressLines implements PipelineProgress {

    private final PrintWriter out;
    private long stageStart = System.nanoTime();
    private int tenth = -1;

    PipelineProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stage(int index, int count, String name) {
        out.printf(Locale.ROOT, "[%d/%d] %s%n", index, count, name);
        out.flush();
        stageStart = System.nanoTime();
        tenth = -1;
    }

    @Override
    public void fraction(double fraction) {
        int t = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 10);
        synchronized (this) {
            if (t > tenth) {
                tenth = t;
                out.printf(Locale.ROOT, "      %3d %%  (%.1f s)%n", 10 * t, (System.nanoTime() - stageStart) / 1e9);
                out.flush();
            }
        }
    }

    @Override
    public void note(String note) {
        out.println("      " + note);
        out.flush();
    }
}
