package org.neuromsk.estimator.imu;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.neuromsk.io.FileFormatException;

/**
 * The parameters of a {@link WaveNetConfig} as plain float arrays, row-major in DJL's shapes:
 * convolution weights {@code [out, in, taps]}, linear weights {@code [out, in]}, biases {@code [out]}.
 * Also the parameter names that {@link WaveNetBlock} gives them.
 *
 * @param inputWeight {@code [R, C, 1]}
 * @param inputBias {@code [R]}
 * @param filterWeight per layer {@code [R, R, k]}
 * @param filterBias per layer {@code [R]}
 * @param gateWeight per layer {@code [R, R, k]}
 * @param gateBias per layer {@code [R]}
 * @param skipWeight per layer {@code [S, R]}
 * @param skipBias per layer {@code [S]}
 * @param residualWeight per layer but the last {@code [R, R, 1]}
 * @param residualBias per layer but the last {@code [R]}
 * @param headWeight {@code [H, S]}
 * @param headBias {@code [H]}
 * @param outputWeight {@code [O, H]}
 * @param outputBias {@code [O]}
 */
record WaveNetWeights(float[] inputWeight, float[] inputBias, float[][] filterWeight, float[][] filterBias,
        float[][] gateWeight, float[][] gateBias, float[][] skipWeight, float[][] skipBias, float[][] residualWeight,
        float[][] residualBias, float[] headWeight, float[] headBias, float[] outputWeight, float[] outputBias) {

    static final String INPUT_WEIGHT = "input_weight";
    static final String INPUT_BIAS = "input_bias";
    static final String HEAD_WEIGHT = "head_weight";
    static final String HEAD_BIAS = "head_bias";
    static final String OUTPUT_WEIGHT = "output_weight";
    static final String OUTPUT_BIAS = "output_bias";

    static String filterWeight(int layer) {
        return "layer" + layer + "_filter_weight";
    }

    static String filterBias(int layer) {
        return "layer" + layer + "_filter_bias";
    }

    static String gateWeight(int layer) {
        return "layer" + layer + "_gate_weight";
    }

    static String gateBias(int layer) {
        return "layer" + layer + "_gate_bias";
    }

    static String skipWeight(int layer) {
        return "layer" + layer + "_skip_weight";
    }

    static String skipBias(int layer) {
        return "layer" + layer + "_skip_bias";
    }

    static String residualWeight(int layer) {
        return "layer" + layer + "_residual_weight";
    }

    static String residualBias(int layer) {
        return "layer" + layer + "_residual_bias";
    }

    /**
     * Picks the network's arrays out of a parameter file, checking every shape.
     *
     * @param config the network
     * @param arrays parameters by name ({@link DjlParameterFile#read})
     * @param file the parameter file (for messages)
     * @return the weights
     */
    static WaveNetWeights of(WaveNetConfig config, Map<String, DjlParameterFile.Array> arrays, Path file) {
        Picker p = new Picker(arrays, file);
        long c = config.inputChannels();
        long r = config.residualChannels();
        long s = config.skipChannels();
        long k = config.kernelSize();
        long h = config.headUnits();
        long o = config.outputSize();
        int layers = config.layers();
        float[][] fw = new float[layers][];
        float[][] fb = new float[layers][];
        float[][] gw = new float[layers][];
        float[][] gb = new float[layers][];
        float[][] sw = new float[layers][];
        float[][] sb = new float[layers][];
        float[][] rw = new float[layers - 1][];
        float[][] rb = new float[layers - 1][];
        for (int l = 0; l < layers; l++) {
            fw[l] = p.get(filterWeight(l), r, r, k);
            fb[l] = p.get(filterBias(l), r);
            gw[l] = p.get(gateWeight(l), r, r, k);
            gb[l] = p.get(gateBias(l), r);
            sw[l] = p.get(skipWeight(l), s, r);
            sb[l] = p.get(skipBias(l), s);
            if (l < layers - 1) {
                rw[l] = p.get(residualWeight(l), r, r, 1);
                rb[l] = p.get(residualBias(l), r);
            }
        }
        WaveNetWeights weights = new WaveNetWeights(p.get(INPUT_WEIGHT, r, c, 1), p.get(INPUT_BIAS, r), fw, fb, gw, gb,
                sw, sb, rw, rb, p.get(HEAD_WEIGHT, h, s), p.get(HEAD_BIAS, h), p.get(OUTPUT_WEIGHT, o, h),
                p.get(OUTPUT_BIAS, o));
        if (p.used != arrays.size()) {
            throw new FileFormatException(file, 0, arrays.size() + " parameters, the network " + WaveNetConfig.TYPE
                    + " has " + p.used);
        }
        return weights;
    }

    /** Looks arrays up by name and checks their shapes. */
    private static final class Picker {
        private final Map<String, DjlParameterFile.Array> arrays;
        private final Path file;
        private int used;

        Picker(Map<String, DjlParameterFile.Array> arrays, Path file) {
            this.arrays = arrays;
            this.file = file;
        }

        float[] get(String name, long... shape) {
            DjlParameterFile.Array array = arrays.get(name);
            if (array == null) {
                throw new FileFormatException(file, 0, "parameter " + name + " missing");
            }
            if (!Arrays.equals(array.shape(), shape)) {
                throw new FileFormatException(file, 0, "parameter " + name + " has shape "
                        + Arrays.toString(array.shape()) + ", the network needs " + Arrays.toString(shape));
            }
            used++;
            return array.values();
        }
    }
}
