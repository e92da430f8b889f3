package org.neuromsk.estimator.imu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * A segmentation of a series into consecutive cycles (e.g. strides): cycle {@code i} covers frames
 * {@code boundaries[i]} (inclusive) to {@code boundaries[i + 1]} (exclusive).
 *
 * @param boundaries ascending frame indices, at least two
 */
public record Cycles(int[] boundaries) {

    /** Share of the best autocorrelation score at which half the lag is taken as the period. */
    public static final double OCTAVE_SHARE = 0.8;

    /** Checks and copies the boundaries. */
    public Cycles {
        boundaries = boundaries.clone();
        if (boundaries.length < 2) {
            throw new NeuroMskException("a segmentation needs at least 2 boundaries (1 cycle), got " + boundaries.length);
        }
        for (int i = 1; i < boundaries.length; i++) {
            if (boundaries[i] <= boundaries[i - 1] || boundaries[i - 1] < 0) {
                throw new NeuroMskException("cycle boundaries must be ascending frame indices ≥ 0: "
                        + Arrays.toString(boundaries));
            }
        }
    }

    /**
     * Cycles from given event times (e.g. heel strikes), as frame indices of a series.
     *
     * @param time the series' times (s), ascending
     * @param events event times (s); those outside the series are dropped
     * @return cycles between consecutive events
     */
    public static Cycles fromEventTimes(double[] time, double[] events) {
        List<Integer> frames = new ArrayList<>();
        for (double event : events) {
            if (event < time[0] || event > time[time.length - 1]) {
                continue;
            }
            int index = Arrays.binarySearch(time, event);
            int frame = index >= 0 ? index : Math.min(time.length - 1, -index - 1);
            if (frames.isEmpty() || frame > frames.get(frames.size() - 1)) {
                frames.add(frame);
            }
        }
        return new Cycles(frames.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Cycles around the dominant peaks of a signal: peaks are the highest local maxima at least
     * {@code minSpacing} frames from every higher accepted peak, and the boundaries lie half-way
     * between consecutive peaks, so each cycle holds one peak; the parts before the first and after the
     * last boundary are left out.
     *
     * @param signal the (true) signal
     * @param minSpacing least distance between peaks (frames), e.g. 0.6 × the stride period
     * @return the cycles
     * @throws NeuroMskException if fewer than three peaks are found
     */
    public static Cycles fromPeaks(double[] signal, int minSpacing) {
        if (minSpacing < 1) {
            throw new NeuroMskException("peak spacing must be ≥ 1 frame, got " + minSpacing);
        }
        List<Integer> maxima = new ArrayList<>();
        for (int i = 1; i < signal.length - 1; i++) {
            if (signal[i] > signal[i - 1] && signal[i] >= signal[i + 1]) {
                maxima.add(i);
            }
        }
        maxima.sort((a, b) -> Double.compare(signal[b], signal[a]));
        boolean[] blocked = new boolean[signal.length];
        List<Integer> peaks = new ArrayList<>();
        for (int m : maxima) {
            if (!blocked[m]) {
                peaks.add(m);
                for (int j = Math.max(0, m - minSpacing + 1); j < Math.min(signal.length, m + minSpacing); j++) {
                    blocked[j] = true;
                }
            }
        }
        if (peaks.size() < 3) {
            throw new NeuroMskException("only " + peaks.size() + " peaks " + minSpacing
                    + " frames apart: too short a series to cut into cycles");
        }
        int[] sorted = peaks.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] bounds = new int[sorted.length - 1];
        for (int i = 0; i + 1 < sorted.length; i++) {
            bounds[i] = (sorted[i] + sorted[i + 1]) / 2;
        }
        return new Cycles(bounds);
    }

    /**
     * The period of a quasi-periodic multichannel signal from the sum over channels of the normalised
     * autocorrelation (mean removed): the lag in {@code [minLag, maxLag]} where it is largest, replaced
     * by the shortest whole fraction of it (half, third, …, within ±10 %) where a local maximum scores
     * at least {@value #OCTAVE_SHARE} of it (a signal that repeats every period also repeats every two
     * or three periods, with a similar score).
     *
     * @param channels the channels, equally long
     * @param minLag shortest period considered (frames, ≥ 1)
     * @param maxLag longest period considered (frames, less than the series length)
     * @return the period (frames)
     */
    public static int period(double[][] channels, int minLag, int maxLag) {
        int n = channels[0].length;
        if (minLag < 1 || maxLag < minLag || maxLag >= n) {
            throw new NeuroMskException("period search " + minLag + ".." + maxLag + " frames does not fit a series of "
                    + n + " frames");
        }
        double[] score = new double[maxLag + 2];
        for (double[] channel : channels) {
            double mean = Arrays.stream(channel).average().orElse(0);
            double[] x = Arrays.stream(channel).map(v -> v - mean).toArray();
            double energy = 0;
            for (double v : x) {
                energy += v * v;
            }
            if (energy == 0) {
                continue;
            }
            for (int lag = Math.max(1, minLag - 1); lag <= Math.min(n - 1, maxLag + 1); lag++) {
                double sum = 0;
                for (int i = lag; i < n; i++) {
                    sum += x[i] * x[i - lag];
                }
                score[lag] += sum / energy * n / (n - lag);
            }
        }
        int best = minLag;
        for (int lag = minLag + 1; lag <= maxLag; lag++) {
            if (score[lag] > score[best]) {
                best = lag;
            }
        }
        // the shortest whole fraction of the best lag that scores nearly as well is the fundamental
        int fundamental = best;
        for (int k = 2; best / k >= minLag; k++) {
            int centre = best / k;
            int from = Math.max(minLag, (int) Math.floor(centre * 0.9));
            int to = Math.min(maxLag, (int) Math.ceil(centre * 1.1));
            int candidate = -1;
            for (int lag = from; lag <= to; lag++) {
                boolean localMax = score[lag] >= score[lag - 1] && score[lag] >= score[lag + 1];
                if (localMax && score[lag] >= OCTAVE_SHARE * score[best]
                        && (candidate < 0 || score[lag] > score[candidate])) {
                    candidate = lag;
                }
            }
            if (candidate >= 0) {
                fundamental = candidate;
            }
        }
        return fundamental;
    }

    /** @return number of cycles */
    public int count() {
        return boundaries.length - 1;
    }

    /**
     * @param cycle cycle index
     * @return its first frame
     */
    public int start(int cycle) {
        return boundaries[cycle];
    }

    /**
     * @param cycle cycle index
     * @return the frame after its last one
     */
    public int end(int cycle) {
        return boundaries[cycle + 1];
    }

    /**
     * @param offset frames to subtract from every boundary (e.g. where a prediction starts)
     * @param length length of the shifted series
     * @return the cycles that lie wholly within {@code [0, length)} after the shift
     */
    public Cycles shifted(int offset, int length) {
        int[] kept = Arrays.stream(boundaries).map(b -> b - offset).filter(b -> b >= 0 && b <= length).toArray();
        return new Cycles(kept);
    }

    @Override
    public int[] boundaries() {
        return boundaries.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cycles c && Arrays.equals(boundaries, c.boundaries);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(boundaries);
    }

    @Override
    public String toString() {
        return "Cycles" + Arrays.toString(boundaries);
    }
}
