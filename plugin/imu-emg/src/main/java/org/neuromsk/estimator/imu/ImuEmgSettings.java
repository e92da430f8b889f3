package org.neuromsk.estimator.imu;

import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.training.Json;
import org.neuromsk.training.TrainingConfig;
import org.neuromsk.training.optim.AdamConfig;

/**
 * Everything that decides an IMU → EMG experiment's numbers besides the data. Every network estimates
 * frame {@code t} from the same sliding window: the {@link #window()} IMU frames ending at {@code t}
 * (the WaveNet's receptive field).
 *
 * @param residualChannels WaveNet residual channels
 * @param skipChannels WaveNet skip channels
 * @param headUnits WaveNet head units
 * @param kernelSize WaveNet taps per dilated convolution
 * @param dilations WaveNet dilation per layer (frames)
 * @param outputFrames WaveNet training: consecutive window ends estimated per sample (sharing convolutions)
 * @param sampleStride WaveNet training: frames between the starts of consecutive samples
 * @param waveNetBatch WaveNet training: samples per step
 * @param waveNetDropout WaveNet dropout (skip sum and head)
 * @param mlpHidden hidden layer sizes of the MLP baseline
 * @param mlpDropout dropout of the MLP baseline
 * @param gruHidden state size of the GRU baseline
 * @param baselineBatch baseline training: windows per step
 * @param maxEpochs epochs at most
 * @param patience early-stopping patience (epochs)
 * @param learningRate Adam learning rate
 * @param weightDecay L2 weight decay
 * @param validationFraction share of the training trial, taken at its end, held out for early stopping
 * @param loss training loss of the WaveNet ({@link EnvelopeLosses#parse})
 * @param baselineLoss training loss of the baselines
 * @param seed seed of initialisation, dropout and batch order
 * @param members networks per estimator (an ensemble of that many seeds, {@link #memberSeed}; estimates
 *     averaged), 1 for one network
 * @param fineTuneFactor learning-rate step-down: after early stopping, training continues from the best
 *     parameters with the learning rate times this factor (same patience), and the better of the two
 *     stages on the validation loss is kept; 0 for no second stage
 * @param inputNoise training only, every network: SD of Gaussian noise added to the z-scored IMU window
 *     (a fraction of each channel's SD; {@link InputAugmentation}); 0 for none
 * @param channelDropout training only, every network: probability of zeroing an IMU channel for a whole
 *     window ({@link InputAugmentation}); 0 for none
 */
public record ImuEmgSettings(int residualChannels, int skipChannels, int headUnits, int kernelSize,
        List<Integer> dilations, int outputFrames, int sampleStride, int waveNetBatch, double waveNetDropout,
        List<Integer> mlpHidden,
        double mlpDropout, int gruHidden, int baselineBatch, int maxEpochs, int patience, double learningRate,
        double weightDecay, double validationFraction, String loss, String baselineLoss, long seed, int members,
        double fineTuneFactor, double inputNoise, double channelDropout) {

    /** Copies the lists and checks the values. */
    public ImuEmgSettings {
        dilations = List.copyOf(dilations);
        mlpHidden = List.copyOf(mlpHidden);
        if (outputFrames < 1 || sampleStride < 1 || waveNetBatch < 1 || baselineBatch < 1) {
            throw new NeuroMskException("output frames, sample stride and batch sizes must be ≥ 1, got " + outputFrames
                    + ", " + sampleStride + ", " + waveNetBatch + ", " + baselineBatch);
        }
        if (!(validationFraction > 0 && validationFraction < 0.5)) {
            throw new NeuroMskException("validation fraction must be in (0, 0.5), got " + validationFraction);
        }
        if (members < 1) {
            throw new NeuroMskException("members must be ≥ 1, got " + members);
        }
        if (!(fineTuneFactor >= 0 && fineTuneFactor < 1)) {
            throw new NeuroMskException("fine-tune factor must be in [0, 1), got " + fineTuneFactor);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate) || !(weightDecay >= 0)) {
            throw new NeuroMskException("learning rate must be > 0, got " + learningRate + ", and weight decay ≥ 0, got "
                    + weightDecay);
        }
        if (!(waveNetDropout >= 0 && waveNetDropout < 1) || !(mlpDropout >= 0 && mlpDropout < 1)) {
            throw new NeuroMskException("dropouts must be in [0, 1), got " + waveNetDropout + " and " + mlpDropout);
        }
        if (maxEpochs < 1 || patience < 0 || residualChannels < 1 || skipChannels < 1 || headUnits < 1 || kernelSize < 1
                || gruHidden < 1 || dilations.isEmpty() || dilations.stream().anyMatch(d -> d < 1)
                || mlpHidden.stream().anyMatch(h -> h < 1)) {
            throw new NeuroMskException("need maxEpochs ≥ 1, patience ≥ 0, channel, unit and kernel sizes ≥ 1 and "
                    + "dilations ≥ 1; got maxEpochs " + maxEpochs + ", patience " + patience + ", channels "
                    + residualChannels + "/" + skipChannels + ", head " + headUnits + ", kernel " + kernelSize
                    + ", GRU " + gruHidden + ", dilations " + dilations + ", MLP " + mlpHidden);
        }
        EnvelopeLosses.parse(loss);
        EnvelopeLosses.parse(baselineLoss);
        new InputAugmentation(inputNoise, channelDropout);
    }

    /** @return the defaults used by {@code neuromsk imu-emg} */
    public static ImuEmgSettings defaults() {
        return new ImuEmgSettings(32, 32, 64, 2, WaveNetConfig.doublingDilations(6, 1), 32, 8, 16, 0, List.of(128, 64),
                0.2, 64, 64, 60, 5, 1e-3, 0, 0.2, "weighted:2", "mse", 1, 1, 0, 0, 0);
    }

    /**
     * @param json a JSON object with any subset of the components
     * @return these settings with the given members replaced
     */
    public ImuEmgSettings with(String json) {
        return Json.overlay(this, json, ImuEmgSettings.class);
    }

    /**
     * @param newSeed the seed
     * @return these settings with that seed
     */
    public ImuEmgSettings withSeed(long newSeed) {
        return with("{\"seed\": " + newSeed + "}");
    }

    /**
     * @param member ensemble member index (0 first)
     * @return its training seed: {@code seed + 1000 · member} (member 0 is the single network of this seed)
     */
    public long memberSeed(int member) {
        return seed + 1000L * member;
    }

    /**
     * @param inputs IMU channels
     * @param outputs muscles
     * @return the WaveNet as trained: {@link #outputFrames()} window ends per sample
     */
    public WaveNetConfig waveNet(int inputs, int outputs) {
        return new WaveNetConfig(inputs, residualChannels, skipChannels, headUnits, kernelSize, dilations, outputs,
                outputFrames, waveNetDropout, inputNoise, channelDropout);
    }

    /** @return the training-only input perturbations of every network */
    public InputAugmentation inputAugmentation() {
        return new InputAugmentation(inputNoise, channelDropout);
    }

    /** @return frames per sliding window: the WaveNet's receptive field */
    public int window() {
        return 1 + (kernelSize - 1) * dilations.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param batchSize samples per step
     * @return the training config (seed, epochs, early stopping, Adam)
     */
    public TrainingConfig training(int batchSize) {
        return TrainingConfig.defaults().withSeed(seed).withMaxEpochs(maxEpochs).withBatchSize(batchSize)
                .withEarlyStopping(patience, 0).withAdam(AdamConfig.of(learningRate).withWeightDecay(weightDecay, false));
    }
}
