package org.neuromsk.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

class DataTest {

    @Test
    void randomSplitIsAPartitionAndRepeatsWithTheSeed() {
        Split a = Split.randomFraction(100, 0.2, 42);
        assertEquals(80, a.train().length);
        assertEquals(20, a.validation().length);
        int[] all = IntStream.concat(Arrays.stream(a.train()), Arrays.stream(a.validation())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
        assertEquals(a, Split.randomFraction(100, 0.2, 42));
        assertNotEquals(a, Split.randomFraction(100, 0.2, 43));
    }

    @Test
    void otherSplits() {
        assertArrayEquals(new int[] {8, 9}, Split.lastFraction(10, 0.2).validation());
        assertArrayEquals(new int[] {0, 3}, Split.byValidationIndices(5, new int[] {3, 0}).validation());
        Split groups = Split.byGroups(new int[] {1, 1, 2, 2, 3}, Set.of(2));
        assertArrayEquals(new int[] {0, 1, 4}, groups.train());
        assertArrayEquals(new int[] {2, 3}, groups.validation());
        assertThrows(NeuroMskException.class, () -> Split.byValidationIndices(3, new int[] {0, 1, 2}));
    }

    @Test
    void windowsStackConsecutiveFramesWithinEachSeries() {
        float[][] frames = {{0, 10}, {1, 11}, {2, 12}, {3, 13}};
        float[][] targets = {{100}, {101}, {102}, {103}};
        float[][] second = {{5, 15}, {6, 16}};
        float[][] secondTargets = {{200}, {201}};
        SampleSet windows = Windows.ofSeries(List.of(frames, second), List.of(targets, secondTargets),
                WindowSpec.causal(2), List.of("q", "qd"), List.of("emg"));
        // series 1 gives windows ending at frames 1, 2, 3; series 2 one window; none crosses series
        assertEquals(4, windows.size());
        assertArrayEquals(new int[] {2, 2}, windows.inputShape());
        assertArrayEquals(new float[] {0, 10, 1, 11}, windows.input(0));
        assertArrayEquals(new float[] {101}, windows.target(0));
        assertArrayEquals(new float[] {2, 12, 3, 13}, windows.input(2));
        assertArrayEquals(new float[] {5, 15, 6, 16}, windows.input(3));
        assertArrayEquals(new float[] {201}, windows.target(3));

        SampleSet centred = Windows.of(frames, targets, WindowSpec.centred(1), null, null);
        assertEquals(2, centred.size());
        assertArrayEquals(new float[] {101}, centred.target(0));
    }

    @Test
    void sampleSetRejectsInconsistentData() {
        assertThrows(NeuroMskException.class, () -> SampleSet.of(new float[][] {{1}}, new float[][] {{1}, {2}}));
        NeuroMskException nan = assertThrows(NeuroMskException.class,
                () -> SampleSet.of(new float[][] {{1}, {Float.NaN}}, new float[][] {{1}, {2}}));
        assertTrue(nan.getMessage().contains("sample 1"), nan.getMessage());
        SampleSet set = SampleSet.of(new float[][] {{1, 2}, {3, 4}, {5, 6}}, new float[][] {{7}, {8}, {9}});
        assertArrayEquals(new float[] {5, 6, 1, 2}, set.subset(new int[] {2, 0}).inputs());
        assertEquals(List.of("x0", "x1"), set.inputNames());
    }
}
