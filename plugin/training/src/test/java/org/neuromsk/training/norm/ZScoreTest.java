package org.neuromsk.training.norm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuromsk.training.Json;
import org.neuromsk.training.data.SampleSet;

class ZScoreTest {

    @Test
    void fitsMeanAndPopulationStdPerFeature() {
        // feature 0: 1, 2, 3, 4 → mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
        // feature 1: 10 four times → constant, std set to 1
        ZScore z = ZScore.fit(new float[] {1, 10, 2, 10, 3, 10, 4, 10}, 2);
        assertArrayEquals(new float[] {2.5f, 10f}, z.mean());
        assertArrayEquals(new float[] {(float) Math.sqrt(1.25), 1f}, z.std());
        float[] applied = z.apply(new float[] {2.5f, 10f, 5f, 11f});
        assertArrayEquals(new float[] {0f, 0f, (float) (2.5 / Math.sqrt(1.25)), 1f}, applied, 1e-6f);
    }

    @Test
    void applyThenInvertGivesTheValuesBack() {
        float[] values = {0.3f, -7f, 12.5f, 1e-3f, 4f, 9f};
        ZScore z = ZScore.fit(values, 3);
        float[] back = z.invert(z.apply(values));
        assertArrayEquals(values, back, 1e-5f);
    }

    @Test
    void normalisersSurviveJsonExactly() {
        SampleSet samples = SampleSet.of(new float[][] {{0.1f, 3f}, {0.7f, -2f}, {1.3f, 8f}},
                new float[][] {{1f / 3}, {2f / 7}, {5f}});
        Normalisers normalisers = Normalisers.fit(samples, true, true);
        String json = Json.gson().toJson(normalisers);
        assertEquals(normalisers, Json.parse(null, json, Normalisers.class));
    }

    @Test
    void identityLeavesValuesAlone() {
        Normalisers none = Normalisers.fit(SampleSet.of(new float[][] {{5f}, {6f}}, new float[][] {{7f}, {9f}}),
                false, false);
        assertArrayEquals(new float[] {5f, 6f}, none.inputs().apply(new float[] {5f, 6f}));
        assertArrayEquals(new float[] {7f, 9f}, none.targets().invert(new float[] {7f, 9f}));
    }
}
