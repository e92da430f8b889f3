package org.neuromsk.estimator.imu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.training.Json;
import org.neuromsk.training.ModelDirectory;
import org.neuromsk.training.ModelMetadata;
import org.neuromsk.training.model.NetworkConfig;
import org.neuromsk.training.norm.Normalisers;

/**
 * Sample-by-sample inference of a trained {@link WaveNetConfig SW-WaveNet} in plain Java, without
 * DJL: each call consumes one IMU frame (raw units, z-scored with the model's saved normaliser) and
 * returns the envelope estimates at that frame (target units). Every layer keeps a ring buffer of
 * its last {@code (kernelSize − 1) · dilation + 1} input frames, so a new frame costs one
 * evaluation of each layer at one time step and no window is recomputed. Sums are accumulated in
 * double precision; {@link #step(float[], float[])} allocates nothing.
 *
 * <p>Once {@link #receptiveField()} frames have been seen, the output equals the batch network's
 * output on the window ending at the current frame. Before that, the stream behaves as if the first
 * frame had been held constant for a whole receptive field before it.
 *
 * <p>An ensemble folder ({@link EnsembleMembers}) loads as one stream whose estimate is the mean of
 * its members' estimates, computed as the batch ensemble computes it.
 *
 * <p>Not thread-safe: one instance per stream.
 */
public final class StreamingWaveNet {

    /** Model property: frames per second (Hz) of the IMU signals the network was trained on. */
    public static final String FRAME_RATE = "frameRate";

    private final WaveNetConfig config;
    private final Normalisers normalisers;
    private final List<String> inputNames;
    private final List<String> targetNames;
    private final OptionalDouble frameRate;

    private final int c;
    private final int r;
    private final int s;
    private final int k;
    private final int layers;
    private final int[] dilation;

    private final float[] inputWeight;   // [R][C]
    private final float[] inputBias;
    private final float[][] filterWeight; // per layer [tap][R out][R in]
    private final float[][] gateWeight;
    private final float[][] filterBias;
    private final float[][] gateBias;
    private final float[][] skipWeight;  // per layer [S][R]
    private final float[][] skipBias;
    private final float[][] residualWeight; // per layer [R out][R in]
    private final float[][] residualBias;
    private final float[] headWeight;    // [H][S]
    private final float[] headBias;
    private final float[] outputWeight;  // [O][H]
    private final float[] outputBias;
    private final float[] inputMean;
    private final float[] inputStd;
    private final float[] targetMean;
    private final float[] targetStd;

    /** Per layer: the last span frames of the layer input, frame-major ([span][R]). */
    private final double[][] history;
    private final int[] span;
    private final int[] position;
    private final double[] x;
    private final double[] h;
    private final double[] f;
    private final double[] g;
    private final double[] z;
    private final double[] skip;
    private final double[] hidden;
    private final double[] out;
    private long seen;
    /** Further ensemble members, averaged with this network; empty for a single network. */
    private StreamingWaveNet[] partners = new StreamingWaveNet[0];
    private float[] partnerEstimate = new float[0];

    private StreamingWaveNet(WaveNetConfig config, WaveNetWeights w, Normalisers normalisers, List<String> inputNames,
            List<String> targetNames, OptionalDouble frameRate) {
        this.config = config;
        this.normalisers = normalisers;
        this.inputNames = List.copyOf(inputNames);
        this.targetNames = List.copyOf(targetNames);
        this.frameRate = frameRate;
        c = config.inputChannels();
        r = config.residualChannels();
        s = config.skipChannels();
        k = config.kernelSize();
        layers = config.layers();
        dilation = config.dilations().stream().mapToInt(Integer::intValue).toArray();
        inputWeight = w.inputWeight().clone(); // [R, C, 1] is already [R][C]
        inputBias = w.inputBias().clone();
        filterWeight = new float[layers][];
        gateWeight = new float[layers][];
        residualWeight = new float[Math.max(0, layers - 1)][];
        for (int l = 0; l < layers; l++) {
            filterWeight[l] = tapMajor(w.filterWeight()[l], r, r, k);
            gateWeight[l] = tapMajor(w.gateWeight()[l], r, r, k);
            if (l < layers - 1) {
                residualWeight[l] = w.residualWeight()[l].clone();
            }
        }
        filterBias = w.filterBias();
        gateBias = w.gateBias();
        skipWeight = w.skipWeight();
        skipBias = w.skipBias();
        residualBias = w.residualBias();
        headWeight = w.headWeight();
        headBias = w.headBias();
        outputWeight = w.outputWeight();
        outputBias = w.outputBias();
        inputMean = normalisers.inputs().mean();
        inputStd = normalisers.inputs().std();
        targetMean = normalisers.targets().mean();
        targetStd = normalisers.targets().std();
        history = new double[layers][];
        span = new int[layers];
        position = new int[layers];
        for (int l = 0; l < layers; l++) {
            span[l] = (k - 1) * dilation[l] + 1;
            history[l] = new double[span[l] * r];
        }
        x = new double[c];
        h = new double[r];
        f = new double[r];
        g = new double[r];
        z = new double[r];
        skip = new double[s];
        hidden = new double[config.headUnits()];
        out = new double[config.outputSize()];
    }

    /**
     * Loads a model folder written by the training core for an SW-WaveNet.
     *
     * @param dir the model folder
     * @return a stream at its start
     * @throws FileFormatException naming the file that is missing or does not fit
     */
    public static StreamingWaveNet load(Path dir) {
        ImuEmgNetworks.register();
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "model folder not found");
        }
        List<Path> members = EnsembleMembers.of(dir);
        if (members.isEmpty()) {
            return loadSingle(dir);
        }
        StreamingWaveNet first = loadSingle(members.get(0));
        first.partners = new StreamingWaveNet[members.size() - 1];
        for (int m = 1; m < members.size(); m++) {
            StreamingWaveNet partner = loadSingle(members.get(m));
            if (!partner.inputNames.equals(first.inputNames) || !partner.targetNames.equals(first.targetNames)) {
                throw new FileFormatException(members.get(m).resolve(ModelDirectory.METADATA), 0,
                        "inputs or outputs differ from those of " + members.get(0));
            }
            first.partners[m - 1] = partner;
        }
        first.partnerEstimate = new float[first.out.length];
        return first;
    }

    private static StreamingWaveNet loadSingle(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new FileFormatException(dir, 0, "model folder not found");
        }
        Path networkFile = dir.resolve(ModelDirectory.NETWORK);
        NetworkConfig network = Json.read(networkFile, NetworkConfig.class);
        if (!(network instanceof WaveNetConfig config)) {
            throw new FileFormatException(networkFile, 0, "network type " + network.type() + ", streaming needs "
                    + WaveNetConfig.TYPE);
        }
        Normalisers normalisers = Json.read(dir.resolve(ModelDirectory.NORMALISERS), Normalisers.class);
        Path metadataFile = dir.resolve(ModelDirectory.METADATA);
        ModelMetadata metadata = Json.read(metadataFile, ModelMetadata.class);
        Path parametersFile = dir.resolve(ModelDirectory.PARAMETERS);
        byte[] bytes = ModelDirectory.readParameters(parametersFile, metadata);
        if (normalisers.inputs() == null || normalisers.targets() == null
                || normalisers.inputs().features() != config.inputChannels()
                || normalisers.targets().features() != config.outputSize()) {
            throw new FileFormatException(dir.resolve(ModelDirectory.NORMALISERS), 0, "needs z-scores for "
                    + config.inputChannels() + " input and " + config.outputSize() + " target features");
        }
        WaveNetWeights weights = WaveNetWeights.of(config, DjlParameterFile.parse(parametersFile, bytes), parametersFile);
        String rate = metadata.properties() == null ? null : metadata.properties().get(FRAME_RATE);
        OptionalDouble frameRate;
        try {
            frameRate = rate == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(rate));
        } catch (NumberFormatException e) {
            throw new FileFormatException(metadataFile, 0, "property " + FRAME_RATE + " is not a number: " + rate);
        }
        return new StreamingWaveNet(config, weights, normalisers, metadata.inputNames(), metadata.targetNames(),
                frameRate);
    }

    /**
     * Consumes one frame and writes the estimate at that frame.
     *
     * @param sample one frame of raw inputs ({@link #inputNames()} order, their units)
     * @param estimate receives the outputs ({@link #outputNames()} order, target units)
     */
    public void step(float[] sample, float[] estimate) {
        if (sample.length != c || estimate.length != out.length) {
            throw new NeuroMskException("streaming sw-wavenet takes " + c + " input values and writes " + out.length
                    + ", got arrays of " + sample.length + " and " + estimate.length);
        }
        if (seen == 0) {
            // hold the first frame constant for one receptive field before it
            for (int i = 0; i < config.receptiveField() - 1; i++) {
                advance(sample);
            }
        }
        advance(sample);
        seen++;
        for (int o = 0; o < out.length; o++) {
            // the same float operations as ZScore.invert
            estimate[o] = (float) out[o] * targetStd[o] + targetMean[o];
        }
        if (partners.length > 0) {
            // the same float operations as the batch ensemble: members added in order, then divided
            for (StreamingWaveNet partner : partners) {
                partner.step(sample, partnerEstimate);
                for (int o = 0; o < out.length; o++) {
                    estimate[o] += partnerEstimate[o];
                }
            }
            for (int o = 0; o < out.length; o++) {
                estimate[o] /= partners.length + 1;
            }
        }
    }

    /**
     * @param sample one frame of raw inputs
     * @return a new array with the estimate at that frame (target units)
     */
    public float[] step(float[] sample) {
        float[] estimate = new float[out.length];
        step(sample, estimate);
        return estimate;
    }

    /**
     * Runs a whole series through the stream, continuing from its current state.
     *
     * @param frames frames of raw inputs
     * @return one estimate per frame (target units)
     */
    public float[][] run(float[][] frames) {
        float[][] result = new float[frames.length][];
        for (int i = 0; i < frames.length; i++) {
            result[i] = step(frames[i]);
        }
        return result;
    }

    /** Forgets every frame seen: the next frame starts a new stream. */
    public void reset() {
        for (int l = 0; l < layers; l++) {
            java.util.Arrays.fill(history[l], 0);
            position[l] = 0;
        }
        seen = 0;
        for (StreamingWaveNet partner : partners) {
            partner.reset();
        }
    }

    /** @return networks averaged: 1, or the ensemble's member count */
    public int members() {
        return partners.length + 1;
    }

    private void advance(float[] sample) {
        for (int i = 0; i < c; i++) {
            // the same float operations as ZScore.apply, then widened
            x[i] = (sample[i] - inputMean[i]) / inputStd[i];
        }
        for (int o = 0; o < r; o++) {
            double sum = inputBias[o];
            int row = o * c;
            for (int i = 0; i < c; i++) {
                sum += inputWeight[row + i] * x[i];
            }
            h[o] = sum;
        }
        java.util.Arrays.fill(skip, 0);
        for (int l = 0; l < layers; l++) {
            double[] ring = history[l];
            int at = position[l];
            System.arraycopy(h, 0, ring, at * r, r);
            float[] fb = filterBias[l];
            float[] gb = gateBias[l];
            for (int o = 0; o < r; o++) {
                f[o] = fb[o];
                g[o] = gb[o];
            }
            float[] fw = filterWeight[l];
            float[] gw = gateWeight[l];
            for (int j = 0; j < k; j++) {
                // tap j of DJL's (cross-correlation) kernel multiplies the input (k − 1 − j)·d frames back
                int lag = (k - 1 - j) * dilation[l];
                int frame = at - lag;
                if (frame < 0) {
                    frame += span[l];
                }
                int base = frame * r;
                int tap = j * r * r;
                for (int o = 0; o < r; o++) {
                    int row = tap + o * r;
                    double fs = 0;
                    double gs = 0;
                    for (int i = 0; i < r; i++) {
                        double v = ring[base + i];
                        fs += fw[row + i] * v;
                        gs += gw[row + i] * v;
                    }
                    f[o] += fs;
                    g[o] += gs;
                }
            }
            for (int o = 0; o < r; o++) {
                z[o] = Math.tanh(f[o]) / (1 + Math.exp(-g[o]));
            }
            position[l] = at + 1 == span[l] ? 0 : at + 1;
            float[] sw = skipWeight[l];
            float[] sb = skipBias[l];
            for (int o = 0; o < s; o++) {
                double sum = sb[o];
                int row = o * r;
                for (int i = 0; i < r; i++) {
                    sum += sw[row + i] * z[i];
                }
                skip[o] += sum;
            }
            if (l < layers - 1) {
                float[] rw = residualWeight[l];
                float[] rb = residualBias[l];
                for (int o = 0; o < r; o++) {
                    double sum = rb[o];
                    int row = o * r;
                    for (int i = 0; i < r; i++) {
                        sum += rw[row + i] * z[i];
                    }
                    h[o] += sum;
                }
            }
        }
        int units = hidden.length;
        for (int o = 0; o < units; o++) {
            double sum = headBias[o];
            int row = o * s;
            for (int i = 0; i < s; i++) {
                sum += headWeight[row + i] * Math.max(0, skip[i]);
            }
            hidden[o] = Math.max(0, sum);
        }
        for (int o = 0; o < out.length; o++) {
            double sum = outputBias[o];
            int row = o * units;
            for (int i = 0; i < units; i++) {
                sum += outputWeight[row + i] * hidden[i];
            }
            out[o] = sum;
        }
    }

    /** [out][in][taps] → [taps][out][in]. */
    private static float[] tapMajor(float[] weight, int outputs, int inputs, int taps) {
        float[] result = new float[weight.length];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < inputs; i++) {
                for (int j = 0; j < taps; j++) {
                    result[(j * outputs + o) * inputs + i] = weight[(o * inputs + i) * taps + j];
                }
            }
        }
        return result;
    }

    /** @return the network */
    public WaveNetConfig config() {
        return config;
    }

    /** @return the saved input and target transforms */
    public Normalisers normalisers() {
        return normalisers;
    }

    /** @return frames that influence one estimate */
    public int receptiveField() {
        return config.receptiveField();
    }

    /**
     * @return frames per second (Hz) of the IMU signals the network was trained on, when its folder
     *     records it (models written since the property was added; empty for older ones); the stream
     *     must be fed at that rate, because its convolutions count frames
     */
    public OptionalDouble frameRate() {
        return frameRate;
    }

    /** @return input channel names, in the order {@link #step} expects them */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return output names (e.g. muscles), in the order {@link #step} writes them */
    public List<String> outputNames() {
        return targetNames;
    }

    /** @return frames consumed since the start or the last {@link #reset()} */
    public long samplesSeen() {
        return seen;
    }
}
