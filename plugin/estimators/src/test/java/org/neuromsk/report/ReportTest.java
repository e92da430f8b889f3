package org.neuromsk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.estimator.gait.EnsembleCurve;
import org.neuromsk.metrics.MuscleMetrics;

class ReportTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreFormattedForTable1() {
        assertEquals("0.737", Table1.fmt(0.7371));
        assertEquals("-26.9", Table1.fmt(-26.94));
        assertEquals("0.00343", Table1.fmt(0.00343));
        assertEquals("NaN", Table1.fmt(Double.NaN));
    }

    @Test
    void metricsTableEndsWithTheMean() {
        List<String> lines = Table1.metricsText(List.of(new MuscleMetrics("TA", 0.8, 0.7, 0.9, 0.1, 40),
                new MuscleMetrics("GM", 0.6, 0.5, 0.8, 0.2, 40)));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("TA") && lines.get(1).contains("0.800"), lines.get(1));
        assertTrue(lines.get(3).startsWith("mean") && lines.get(3).endsWith("0.700"), lines.get(3));
    }

    @Test
    void plotsArePngFiles() throws Exception {
        double[] mean = new double[101];
        double[] sd = new double[101];
        Arrays.setAll(mean, k -> Math.sin(Math.PI * k / 100));
        Arrays.fill(sd, 0.1);
        EnsembleCurve curve = new EnsembleCurve(mean, sd);
        Path png = dir.resolve("sub/TA.png");
        EnsemblePlots.writePng(png, List.of(EnsemblePlots.panel("TA", curve, curve, "model", java.awt.Color.RED),
                EnsemblePlots.panel("TA", curve, curve, "other", java.awt.Color.BLUE)));
        byte[] bytes = Files.readAllBytes(png);
        // PNG signature: 0x89 'P' 'N' 'G'
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4));
        assertEquals(2 * EnsemblePlots.WIDTH, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }
}
