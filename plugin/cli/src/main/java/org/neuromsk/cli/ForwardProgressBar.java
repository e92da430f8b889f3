package org.neuromsk.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.neuromsk.backend.ForwardProgress;

/**
 * A progress bar on standard error for a forward simulation: simulated time against the end time,
 * in milliseconds of simulated time.
 */
final class ForwardProgressBar implements ForwardProgress, AutoCloseable {

    private static final double MS_PER_S = 1000.0;

    private final ProgressBar bar;
    private final double start;

    /**
     * @param start initial time (s)
     * @param end final time (s)
     */
    ForwardProgressBar(double start, double end) {
        this.start = start;
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("forward")
                .setInitialMax(Math.max(1, Math.round((end - start) * MS_PER_S)))
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" ms simulated", 1)
                .setUpdateIntervalMillis(System.console() != null ? 200 : 2000);
        if (System.console() == null) {
            // not a terminal: fixed width, no terminal probing
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err, 100));
        }
        this.bar = builder.build();
    }

    @Override
    public void reached(double time) {
        bar.stepTo(Math.max(0, Math.min(bar.getMax(), Math.round((time - start) * MS_PER_S))));
    }

    @Override
    public void close() {
        bar.close();
    }
}
