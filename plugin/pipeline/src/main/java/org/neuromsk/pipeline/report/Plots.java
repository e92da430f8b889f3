package org.neuromsk.pipeline.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.neuromsk.error.NeuroMskException;

/** Line charts rendered to PNG, returned as base64 for data URIs. */
final class Plots {

    /** A line: name, x, y, and whether it is drawn dashed. */
    record Line(String name, double[] x, double[] y, boolean dashed) {
    }

    /** A shaded band between two curves. */
    record Band(String name, double[] x, double[] lower, double[] upper) {
    }

    private Plots() {
    }

    /** Most points drawn per series; longer series are thinned evenly. */
    private static final int MAX_POINTS = 1500;

    private static double[] thin(double[] v) {
        if (v.length <= MAX_POINTS) {
            return v;
        }
        double[] out = new double[MAX_POINTS];
        for (int i = 0; i < MAX_POINTS; i++) {
            out[i] = v[(int) ((long) i * (v.length - 1) / (MAX_POINTS - 1))];
        }
        return out;
    }

    static String bars(String title, String yLabel, List<String> categories, List<Double> values, double reference,
            int width, int height) {
        org.knowm.xchart.CategoryChart chart = new org.knowm.xchart.CategoryChartBuilder().width(width).height(height)
                .title(title).yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.addSeries("coverage", categories, values);
        List<Double> nominal = categories.stream().map(c -> reference).toList();
        org.knowm.xchart.CategorySeries ref = chart.addSeries("nominal " + Math.round(100 * reference) + " %",
                categories, nominal);
        ref.setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
        try {
            return Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart,
                    BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new NeuroMskException("cannot render plot '" + title + "': " + e.getMessage());
        }
    }

    static String png(String title, String xLabel, String yLabel, List<Line> lines, List<Band> bands, int width,
            int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setMarkerSize(0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : line.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo <= hi && hi - lo < 1e-6 * Math.max(1, Math.abs(hi))) {
            // a flat signal: XChart's tick search degenerates on an empty range, so give it one
            double pad = 0.05 * Math.max(1, Math.abs(hi));
            chart.getStyler().setYAxisMin(lo - pad);
            chart.getStyler().setYAxisMax(hi + pad);
        }
        for (Band b : bands) {
            if (b.x().length < 2) {
                continue;
            }
            XYSeries s = chart.addSeries(b.name(), thin(b.x()), thin(b.upper()), null);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(new Color(120, 160, 220));
            XYSeries l = chart.addSeries(b.name() + " (lower)", thin(b.x()), thin(b.lower()), null);
            l.setMarker(SeriesMarkers.NONE);
            l.setLineColor(new Color(120, 160, 220));
            l.setShowInLegend(false);
        }
        for (Line line : lines) {
            if (line.x().length < 2) {
                continue;
            }
            XYSeries s = chart.addSeries(line.name(), thin(line.x()), thin(line.y()), null);
            s.setMarker(SeriesMarkers.NONE);
            if (line.dashed()) {
                s.setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            }
        }
        try {
            byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new NeuroMskException("cannot render plot '" + title + "': " + e.getMessage());
        }
    }
}
