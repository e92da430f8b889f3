package org.neuromsk.training.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.neuromsk.error.NeuroMskException;

/**
 * A partition of sample indices into a training part and a validation part (which may be empty).
 *
 * @param train indices of the training samples, ascending
 * @param validation indices of the validation samples, ascending
 */
public record Split(int[] train, int[] validation) {

    /** Copies and sorts the indices. */
    public Split {
        train = sorted(train);
        validation = sorted(validation);
        if (train.length == 0) {
            throw new NeuroMskException("split leaves no training samples");
        }
    }

    /**
     * @param size number of samples
     * @return every sample for training, none for validation
     */
    public static Split none(int size) {
        return new Split(range(0, size), new int[0]);
    }

    /**
     * Random split, the same for the same seed.
     *
     * @param size number of samples
     * @param validationFraction share of samples for validation, in [0, 1)
     * @param seed seed of the shuffle
     * @return the split; the validation part has {@code round(size × fraction)} samples
     */
    public static Split randomFraction(int size, double validationFraction, long seed) {
        int count = validationCount(size, validationFraction);
        int[] order = range(0, size);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new Split(Arrays.copyOfRange(order, count, size), Arrays.copyOfRange(order, 0, count));
    }

    /**
     * Holds out the last samples (for time-ordered data, where a random split would leak neighbours).
     *
     * @param size number of samples
     * @param validationFraction share of samples for validation, in [0, 1)
     * @return the split
     */
    public static Split lastFraction(int size, double validationFraction) {
        int count = validationCount(size, validationFraction);
        return new Split(range(0, size - count), range(size - count, size));
    }

    /**
     * @param size number of samples
     * @param validation the validation indices; all others train
     * @return the split
     */
    public static Split byValidationIndices(int size, int[] validation) {
        BitSet held = new BitSet(size);
        for (int index : validation) {
            if (index < 0 || index >= size) {
                throw new NeuroMskException("validation index " + index + " outside 0.." + (size - 1));
            }
            held.set(index);
        }
        return new Split(held(size, held, false), held(size, held, true));
    }

    /**
     * Holds out whole groups (trials, strides, subjects).
     *
     * @param groupOfSample the group of each sample
     * @param validationGroups the groups held out for validation
     * @return the split
     */
    public static Split byGroups(int[] groupOfSample, Set<Integer> validationGroups) {
        BitSet held = new BitSet(groupOfSample.length);
        for (int i = 0; i < groupOfSample.length; i++) {
            if (validationGroups.contains(groupOfSample[i])) {
                held.set(i);
            }
        }
        return new Split(held(groupOfSample.length, held, false), held(groupOfSample.length, held, true));
    }

    /**
     * @param samples the samples the indices refer to
     * @return the training samples
     */
    public SampleSet trainOf(SampleSet samples) {
        return samples.subset(train);
    }

    /**
     * @param samples the samples the indices refer to
     * @return the validation samples, or null when the validation part is empty
     */
    public SampleSet validationOf(SampleSet samples) {
        return validation.length == 0 ? null : samples.subset(validation);
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(validation, s.validation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
    }

    @Override
    public String toString() {
        return "Split[train=" + train.length + ", validation=" + validation.length + "]";
    }

    private static int validationCount(int size, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new NeuroMskException("validation fraction " + fraction + " outside [0, 1)");
        }
        return (int) Math.round(size * fraction);
    }

    private static int[] held(int size, BitSet held, boolean wanted) {
        return java.util.stream.IntStream.range(0, size).filter(i -> held.get(i) == wanted).toArray();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static int[] sorted(int[] indices) {
        int[] copy = indices.clone();
        Arrays.sort(copy);
        return copy;
    }
}
