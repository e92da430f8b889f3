package org.neuromsk.estimator.imu;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.neuromsk.error.NeuroMskException;

/** PNG figures of an {@link ExperimentResult} (XChart, headless). */
public final class EnvelopePlots {

    private static final Color[] COLOURS = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x999999)};

    private EnvelopePlots() {
    }

    /**
     * True and estimated envelopes over a stretch of the test trial, one panel per muscle.
     *
     * @param png the file to write
     * @param result the experiment
     * @param from start of the stretch (s, test-trial time)
     * @param seconds its length (s)
     */
    public static void envelopes(Path png, ExperimentResult result, double from, double seconds) {
        ImuEmgTrial test = result.test();
        double[] time = test.time();
        List<XYChart> charts = new ArrayList<>();
        for (int m = 0; m < test.muscles().size(); m++) {
            XYChart chart = new XYChartBuilder().width(420).height(260).title(test.muscles().get(m))
                    .xAxisTitle("time (s)").yAxisTitle("envelope (-)").build();
            style(chart);
            List<Double> t = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < time.length; i++) {
                if (time[i] >= from && time[i] <= from + seconds) {
                    t.add(time[i]);
                    y.add((double) test.envelopes()[i][m]);
                }
            }
            if (t.isEmpty()) {
                throw new NeuroMskException("no test frames between " + from + " and " + (from + seconds) + " s");
            }
            line(chart.addSeries("measured", t, y), Color.BLACK, 2.2f);
            int colour = 0;
            for (ModelEvaluation model : result.models()) {
                List<Double> mt = new ArrayList<>();
                List<Double> my = new ArrayList<>();
                for (int i = 0; i < model.estimates().length; i++) {
                    double at = time[model.firstFrame() + i];
                    if (at >= from && at <= from + seconds) {
                        mt.add(at);
                        my.add((double) model.estimates()[i][m]);
                    }
                }
                if (!mt.isEmpty()) {
                    line(chart.addSeries(model.name(), mt, my), COLOURS[colour % COLOURS.length], 1.4f);
                }
                colour++;
            }
            charts.add(chart);
        }
        int cols = Math.min(3, charts.size());
        write(png, charts, (charts.size() + cols - 1) / cols, cols);
    }

    /**
     * Per-muscle r and peak-amplitude ratio of every model, as grouped bars.
     *
     * @param png the file to write
     * @param result the experiment
     */
    public static void metrics(Path png, ExperimentResult result) {
        List<String> muscles = result.test().muscles();
        CategoryChart r = new CategoryChartBuilder().width(900).height(320).title("Pearson r per muscle ("
                + result.trainTrial() + " → " + result.testTrial() + ")").yAxisTitle("r (-)").build();
        CategoryChart peak = new CategoryChartBuilder().width(900).height(320).title("Peak-amplitude ratio per muscle "
                + "(estimated / measured peak, mean over cycles)").yAxisTitle("ratio (-)").build();
        for (CategoryChart chart : List.of(r, peak)) {
            style(chart);
            chart.getStyler().setXAxisLabelRotation(30);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        }
        int colour = 0;
        for (ModelEvaluation model : result.models()) {
            List<Double> rs = model.metrics().stream().map(MuscleMetrics::r).toList();
            List<Double> ps = model.metrics().stream().map(MuscleMetrics::peakRatio).toList();
            Color c = COLOURS[colour++ % COLOURS.length];
            r.addSeries(model.name(), muscles, rs).setFillColor(c);
            peak.addSeries(model.name(), muscles, ps).setFillColor(c);
        }
        write(png, List.of(r, peak), 2, 1);
    }

    private static void style(Chart<?, ?> chart) {
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setLegendFont(chart.getStyler().getLegendFont().deriveFont(10f));
    }

    private static void line(XYSeries series, Color colour, float width) {
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(new BasicStroke(width));
    }

    /**
     * Draws the charts into a grid, row by row (cells past the last chart stay white), and writes the PNG
     * atomically (temp file, then move). XChart's own grid needs exactly {@code rows × cols} charts.
     */
    private static <T extends Chart<?, ?>> void write(Path png, List<T> charts, int rows, int cols) {
        Path target = png.toAbsolutePath();
        Path tmp = null;
        try {
            int cellWidth = charts.stream().mapToInt(Chart::getWidth).max().orElse(1);
            int cellHeight = charts.stream().mapToInt(Chart::getHeight).max().orElse(1);
            BufferedImage grid = new BufferedImage(cols * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = grid.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int i = 0; i < charts.size(); i++) {
                g.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), (i % cols) * cellWidth,
                        (i / cols) * cellHeight, null);
            }
            g.dispose();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(grid, "png", bytes);
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new NeuroMskException(png + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }
}
