package org.neuromsk.estimator.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopePlotsTest {

    @TempDir
    Path dir;

    /** Muscle counts that do not fill the three-column grid used to make XChart's grid merge fail. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 9})
    void envelopeFigureHasOnePanelPerMuscleWhateverTheirCount(int muscles) throws Exception {
        ExperimentResult result = result(muscles);
        Path png = dir.resolve("envelopes-" + muscles + ".png");
        EnvelopePlots.envelopes(png, result, 0, 1.0);
        BufferedImage image = ImageIO.read(png.toFile());
        int cols = Math.min(3, muscles);
        int rows = (muscles + cols - 1) / cols;
        assertEquals(cols * 420, image.getWidth(), "three panels of 420 px per row at most");
        assertEquals(rows * 260, image.getHeight());
        EnvelopePlots.metrics(dir.resolve("metrics.png"), result);
        assertTrue(Files.size(dir.resolve("metrics.png")) > 1000);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    private static ExperimentResult result(int muscles) {
        int frames = 200;
        double[] time = new double[frames];
        float[][] imu = new float[frames][1];
        float[][] envelopes = new float[frames][muscles];
        float[][] estimates = new float[frames][muscles];
        for (int i = 0; i < frames; i++) {
            time[i] = i * 0.01;
            for (int m = 0; m < muscles; m++) {
                envelopes[i][m] = (float) (0.5 + 0.5 * Math.sin(2 * Math.PI * time[i] + m));
                estimates[i][m] = 0.9f * envelopes[i][m];
            }
        }
        List<String> names = new ArrayList<>();
        List<MuscleMetrics> metrics = new ArrayList<>();
        for (int m = 0; m < muscles; m++) {
            names.add("muscle_" + m);
            metrics.add(new MuscleMetrics("muscle_" + m, 1.0, 0.99, 0.05, 0.9, 2));
        }
        ImuEmgTrial test = new ImuEmgTrial("test", time, List.of("acc_x"), imu, names, envelopes);
        ModelEvaluation model = new ModelEvaluation("wavenet", "wavenet", "mse", 10, 1, 1, 0.1, metrics, 0,
                estimates, null, 1, null);
        return new ExperimentResult("train", "test", test, List.of(model));
    }
}
