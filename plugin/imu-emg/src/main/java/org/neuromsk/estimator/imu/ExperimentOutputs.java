package org.neuromsk.estimator.imu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.report.MarkdownPage;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Writes an experiment's artefacts into a folder: {@code estimates_<model>.sto} (time and one envelope
 * column per muscle, from the first frame with a full window), {@code metrics.csv}, the figures
 * {@code envelopes.png} (a stretch of the test trial) and {@code metrics.png}, and the report that shows
 * them with the metrics table ({@code report.md} and its page {@code report.html}).
 */
public final class ExperimentOutputs {

    /** Seconds of the test trial shown in {@code envelopes.png}. */
    public static final double PLOT_SECONDS = 4;

    private ExperimentOutputs() {
    }

    /**
     * @param dir the folder (created when missing)
     * @param result the experiment
     */
    public static void write(Path dir, ExperimentResult result) {
        write(dir, result, "");
    }

    /**
     * @param dir the folder (created when missing)
     * @param result the experiment
     * @param intro Markdown paragraphs for the report, before its table (how it was run; may be empty)
     */
    public static void write(Path dir, ExperimentResult result, String intro) {
        ImuEmgTrial test = result.test();
        for (ModelEvaluation model : result.models()) {
            int rows = model.estimates().length;
            double[] time = new double[rows];
            double[][] columns = new double[test.muscles().size()][rows];
            for (int i = 0; i < rows; i++) {
                time[i] = test.time()[model.firstFrame() + i];
                for (int m = 0; m < columns.length; m++) {
                    columns[m][i] = model.estimates()[i][m];
                }
            }
            Storage table = Storage.of("EMG envelopes estimated from IMUs (" + model.name() + ")", false,
                    new ArrayList<>(test.muscles()), time, columns);
            StorageWriter.write(table, dir.resolve("estimates_" + model.name() + ".sto"));
        }
        String csv = MetricsTable.csv(result);
        AtomicFiles.writeText(dir.resolve("metrics.csv"), out -> out.write(csv));
        double start = test.time()[Math.min(test.frames() - 1, result.models().get(0).firstFrame())];
        EnvelopePlots.envelopes(dir.resolve("envelopes.png"), result, start, PLOT_SECONDS);
        EnvelopePlots.metrics(dir.resolve("metrics.png"), result);
        String report = report(result, intro);
        AtomicFiles.writeText(dir.resolve("report.md"), out -> out.write(report));
        MarkdownPage.writeBeside(dir.resolve("report.md"), report);
    }

    private static String report(ExperimentResult result, String intro) {
        StringBuilder b = new StringBuilder("# IMU → EMG: trained on ").append(result.trainTrial())
                .append(", tested on ").append(result.testTrial()).append("\n\n");
        if (!intro.isBlank()) {
            b.append(intro.strip()).append("\n\n");
        }
        b.append("Per muscle on the test trial: Pearson r, R², RMSE normalised by the measured envelope's range "
                + "(NRMSE) and the peak-amplitude ratio (estimated / measured peak per gait cycle, mean over cycles).\n\n")
                .append(MetricsTable.markdown(result.models()))
                .append("\n![estimated and measured envelopes](envelopes.png)\n\n![metrics per muscle](metrics.png)\n\n")
                .append("Files: `metrics.csv`");
        for (ModelEvaluation model : result.models()) {
            b.append(", `estimates_").append(model.name()).append(".sto`");
        }
        return b.append(".\n").toString();
    }

    /**
     * @param result an experiment
     * @return the table lines of every model
     */
    public static List<String> table(ExperimentResult result) {
        return MetricsTable.lines(result.models());
    }
}
