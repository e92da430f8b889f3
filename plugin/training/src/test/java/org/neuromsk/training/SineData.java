package org.neuromsk.training;

import java.util.SplittableRandom;

import org.neuromsk.training.data.SampleSet;

/** Synthetic y = sin(x) samples, x uniform in [−π, π) (rad). */
final class SineData {

    private SineData() {
    }

    static SampleSet samples(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[count][1];
        float[][] y = new float[count][1];
        for (int i = 0; i < count; i++) {
            x[i][0] = (float) (Math.PI * (2 * random.nextDouble() - 1));
            y[i][0] = (float) Math.sin(x[i][0]);
        }
        return SampleSet.of(x, y, java.util.List.of("angle"), java.util.List.of("sine"));
    }

    /** Mean squared error (units²) of predictions against the targets of the samples. */
    static double mse(float[][] predicted, SampleSet samples) {
        double sum = 0;
        for (int i = 0; i < samples.size(); i++) {
            double e = predicted[i][0] - samples.target(i)[0];
            sum += e * e;
        }
        return sum / samples.size();
    }
}
