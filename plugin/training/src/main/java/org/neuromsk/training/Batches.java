package org.neuromsk.training;

import ai.djl.ndarray.types.Shape;

import org.neuromsk.error.NeuroMskException;

/** Copies mini-batches out of flat sample arrays. */
final class Batches {

    private Batches() {
    }

    /**
     * @param count samples in the batch
     * @param sampleShape shape of one sample
     * @return {@code [count, sampleShape…]}
     */
    static Shape shape(int count, int[] sampleShape) {
        long[] dims = new long[sampleShape.length + 1];
        dims[0] = count;
        for (int i = 0; i < sampleShape.length; i++) {
            dims[i + 1] = sampleShape[i];
        }
        return new Shape(dims);
    }

    /**
     * @param values samples one after the other
     * @param width values per sample
     * @param order sample order
     * @param from first position in {@code order}
     * @param to position after the last
     * @return the selected samples, in that order
     */
    static float[] gather(float[] values, int width, int[] order, int from, int to) {
        float[] batch = new float[(to - from) * width];
        for (int i = from; i < to; i++) {
            int sample = order[i];
            if (sample < 0 || (sample + 1) * width > values.length) {
                throw new NeuroMskException("sample index " + sample + " out of range");
            }
            System.arraycopy(values, sample * width, batch, (i - from) * width, width);
        }
        return batch;
    }
}
