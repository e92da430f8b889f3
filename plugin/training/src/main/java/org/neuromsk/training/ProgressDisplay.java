package org.neuromsk.training;

import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error counting batches, with the latest losses; or nothing when quiet. */
final class ProgressDisplay implements AutoCloseable {

    private final ProgressBar bar;
    private final int maxEpochs;

    private ProgressDisplay(ProgressBar bar, int maxEpochs) {
        this.bar = bar;
        this.maxEpochs = maxEpochs;
    }

    static ProgressDisplay quiet() {
        return new ProgressDisplay(null, 0);
    }

    /**
     * @param steps batches still to run
     * @param maxEpochs the last epoch
     */
    static ProgressDisplay console(long steps, int maxEpochs) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("train")
                .setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(System.console() != null ? 200 : 2000)
                .setUnit(" batches", 1);
        if (System.console() == null) {
            // not a terminal: fixed width, no terminal probing
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err, 110));
        }
        return new ProgressDisplay(builder.build(), maxEpochs);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    void epochDone(EpochLoss loss) {
        if (bar != null) {
            String validation = Double.isNaN(loss.validationLoss()) ? ""
                    : String.format(Locale.ROOT, " val %.4g", loss.validationLoss());
            bar.setExtraMessage(String.format(Locale.ROOT, "epoch %d/%d loss %.4g%s", loss.epoch(), maxEpochs,
                    loss.trainLoss(), validation));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
