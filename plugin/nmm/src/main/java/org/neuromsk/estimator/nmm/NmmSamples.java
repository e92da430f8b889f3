package org.neuromsk.estimator.nmm;

import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.data.SampleSet;

/**
 * Per-frame input and target rows of the NMM ({@link org.neuromsk.estimator.nmm.net.NmmNetworkConfig}
 * layout) and windows cut from them.
 */
final class NmmSamples {

    private NmmSamples() {
    }

    /** @return the names of the network features for a subject */
    static List<String> featureNames(SubjectData subject, NmmSettings settings) {
        boolean envelopeInputs = settings.envelopeInputs();
        List<String> names = new ArrayList<>(List.of(subject.coordinate(), subject.coordinate() + "_speed",
                subject.coordinate() + "_acceleration", "load_mass"));
        if (settings.momentInput()) {
            names.add(subject.coordinate() + "_moment");
        }
        if (envelopeInputs) {
            for (String m : subject.muscles()) {
                if (subject.measured().contains(m)) {
                    names.add(m + "_envelope");
                }
            }
        }
        return names;
    }

    /**
     * @return {@code [frame][inputWidth]}: features ({@link #featureNames} order), then lengths, speeds and
     *     moment arms of every muscle
     */
    static float[][] inputs(TrialData trial, NmmSettings settings) {
        boolean envelopeInputs = settings.envelopeInputs();
        int kinematic = settings.momentInput() ? 5 : 4;
        int m = trial.lengths().length;
        int measured = 0;
        for (double[] e : trial.envelopes()) {
            if (e != null) {
                measured++;
            }
        }
        int features = kinematic + (envelopeInputs ? measured : 0);
        float[][] rows = new float[trial.frames()][features + 3 * m];
        for (int t = 0; t < trial.frames(); t++) {
            float[] row = rows[t];
            row[0] = (float) trial.angle()[t];
            row[1] = (float) trial.speed()[t];
            row[2] = (float) trial.acceleration()[t];
            row[3] = (float) trial.loadMass();
            if (settings.momentInput()) {
                row[4] = (float) trial.moment()[t];
            }
            int k = kinematic;
            if (envelopeInputs) {
                for (double[] e : trial.envelopes()) {
                    if (e != null) {
                        row[k++] = (float) e[t];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                row[features + i] = (float) trial.lengths()[i][t];
                row[features + m + i] = (float) trial.lengtheningSpeeds()[i][t];
                row[features + 2 * m + i] = (float) trial.momentArms()[i][t];
            }
        }
        return rows;
    }

    /** @return {@code [frame][muscles + 2]}: envelopes (0 for hidden muscles), the ID moment, 0 */
    static float[][] targets(TrialData trial) {
        int m = trial.lengths().length;
        float[][] rows = new float[trial.frames()][m + 2];
        for (int t = 0; t < trial.frames(); t++) {
            for (int i = 0; i < m; i++) {
                double[] e = trial.envelopes()[i];
                rows[t][i] = e == null ? 0f : (float) e[t];
            }
            rows[t][m] = (float) trial.moment()[t];
        }
        return rows;
    }

    /**
     * @param length window frames
     * @param stride frames between window starts
     * @param frames frames of the series
     * @return window starts covering the series, the last window ending at its last frame
     */
    static int[] starts(int length, int stride, int frames) {
        if (frames < length) {
            throw new NeuroMskException("a trial of " + frames + " frames is shorter than a window of " + length);
        }
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s + length <= frames; s += stride) {
            out.add(s);
        }
        if (out.get(out.size() - 1) + length < frames) {
            out.add(frames - length);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** @return windows of the given series as a sample set of shape [length, width] → [length, targetWidth] */
    static SampleSet windows(List<float[][]> inputs, List<float[][]> targets, int length, int stride,
            List<String> inputNames, List<String> targetNames) {
        int width = inputs.get(0)[0].length;
        int targetWidth = targets.get(0)[0].length;
        List<float[]> in = new ArrayList<>();
        List<float[]> out = new ArrayList<>();
        for (int s = 0; s < inputs.size(); s++) {
            float[][] x = inputs.get(s);
            float[][] y = targets.get(s);
            for (int start : starts(length, stride, x.length)) {
                float[] wx = new float[length * width];
                float[] wy = new float[length * targetWidth];
                for (int f = 0; f < length; f++) {
                    System.arraycopy(x[start + f], 0, wx, f * width, width);
                    System.arraycopy(y[start + f], 0, wy, f * targetWidth, targetWidth);
                }
                in.add(wx);
                out.add(wy);
            }
        }
        float[] flatIn = new float[in.size() * length * width];
        float[] flatOut = new float[out.size() * length * targetWidth];
        for (int i = 0; i < in.size(); i++) {
            System.arraycopy(in.get(i), 0, flatIn, i * length * width, length * width);
            System.arraycopy(out.get(i), 0, flatOut, i * length * targetWidth, length * targetWidth);
        }
        return new SampleSet(flatIn, new int[] {length, width}, flatOut, new int[] {length, targetWidth}, inputNames,
                targetNames);
    }
}
