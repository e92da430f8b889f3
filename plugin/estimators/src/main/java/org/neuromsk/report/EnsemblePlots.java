package org.neuromsk.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import org.neuromsk.dataset.CycleAverages;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.gait.EnsembleCurve;
import org.neuromsk.estimator.gait.ModelResult;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;

/**
 * PNG plots of ensemble averages: for each muscle one image with a panel per estimator, the measured
 * mean ± SD (black, grey) against the estimate's mean ± SD (colour), over 0–100 % of the gait cycle.
 */
public final class EnsemblePlots {

    /** Panel size (pixels). */
    static final int WIDTH = 420;
    /** Panel size (pixels). */
    static final int HEIGHT = 300;

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd)};

    private EnsemblePlots() {
    }

    /**
     * Writes one PNG per muscle, {@code <prefix><muscle>.png}.
     *
     * @param reproduction one direction's results
     * @param dir target folder (created if needed)
     * @param prefix file name prefix, e.g. {@code walk36-to-walk45-}
     * @return the files written, in muscle order
     */
    public static List<Path> write(Reproduction reproduction, Path dir, String prefix) {
        List<Path> files = new ArrayList<>();
        List<String> muscles = reproduction.results().get(0).test().muscles();
        for (int m = 0; m < muscles.size(); m++) {
            List<XYChart> panels = new ArrayList<>();
            int k = 0;
            for (ModelResult r : reproduction.results()) {
                EnsembleCurve measured = r.test().measured().get(m);
                EnsembleCurve estimated = r.test().estimated().get(m);
                String title = String.format(Locale.ROOT, "%s, %s (R² %s)", muscles.get(m), r.type().label(),
                        Table1.fmt(r.test().metrics().get(m).ensembleR2()));
                panels.add(panel(title, measured, estimated, r.type().label(), COLOURS[k++ % COLOURS.length]));
            }
            Path file = dir.resolve(prefix + muscles.get(m) + ".png");
            writePng(file, panels);
            files.add(file);
        }
        return files;
    }

    /**
     * @param title panel title
     * @param measured measured ensemble curve
     * @param estimated estimated ensemble curve
     * @param label legend name of the estimate
     * @param colour its colour
     * @return the chart
     */
    static XYChart panel(String title, EnsembleCurve measured, EnsembleCurve estimated, String label, Color colour) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("gait cycle (%)")
                .yAxisTitle("EMG (scaled)").build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisTickMarkSpacingHint(70);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(100.0);
        double[] x = new double[CycleAverages.POINTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        band(chart, "measured", x, measured, Color.BLACK, Color.GRAY);
        band(chart, label, x, estimated, colour, colour.brighter());
        return chart;
    }

    private static void band(XYChart chart, String name, double[] x, EnsembleCurve curve, Color line, Color edge) {
        double[] mean = curve.mean();
        double[] sd = curve.sd();
        double[] lo = new double[mean.length];
        double[] hi = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            lo[i] = mean[i] - sd[i];
            hi[i] = mean[i] + sd[i];
        }
        XYSeries m = chart.addSeries(name, x, mean);
        m.setMarker(SeriesMarkers.NONE);
        m.setLineColor(line);
        m.setLineWidth(2f);
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                0f);
        for (String side : List.of("+", "−")) {
            XYSeries s = chart.addSeries(name + " " + side + "SD", x, side.equals("+") ? hi : lo);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(edge);
            s.setLineStyle(dashed);
            s.setShowInLegend(false);
        }
    }

    /** Writes the panels side by side into one PNG, atomically. */
    static void writePng(Path file, List<XYChart> panels) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BitmapEncoder.saveBitmap(panels, 1, panels.size(), bytes, BitmapEncoder.BitmapFormat.PNG);
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path tmp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                try {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new NeuroMskException(file + ": cannot write the plot: " + e.getMessage(), e);
        }
    }
}
