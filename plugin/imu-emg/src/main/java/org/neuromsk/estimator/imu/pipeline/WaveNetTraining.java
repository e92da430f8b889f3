package org.neuromsk.estimator.imu.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.imu.EnvelopeLosses;
import org.neuromsk.estimator.imu.ImuEmgNetworks;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ImuEmgTrial;
import org.neuromsk.estimator.imu.ImuSource;
import org.neuromsk.estimator.imu.SeriesSamples;
import org.neuromsk.estimator.imu.StreamingWaveNet;
import org.neuromsk.estimator.imu.WaveNetConfig;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.training.Trainer;
import org.neuromsk.training.TrainingResult;
import org.neuromsk.training.data.SampleSet;

/**
 * Trains an SW-WaveNet on trial folders as {@code neuromsk imu-emg} does — virtual IMUs from each
 * folder's {@code ik.sto} (plus the cadence replays), targets from its {@code emgFilt.sto}, the last
 * {@link ImuEmgSettings#validationFraction()} of every trial held out for early stopping — and returns
 * it ready for streaming inference. The model is saved (the training core's format, with the frame
 * rate it was trained at as property {@value StreamingWaveNet#FRAME_RATE}) in the {@code saveModel} folder, or in a
 * temporary folder that is deleted once loaded.
 */
final class WaveNetTraining {

    private WaveNetTraining() {
    }

    /**
     * @param options the estimator's options (training folders, muscles, settings, replays, seed)
     * @param source virtual IMUs for a motion
     * @param save whether to save the model in {@link WaveNetImuOptions#saveModel()}, when given
     * @param log receives one-line notes
     * @return the trained network and the rate (Hz) it was trained at
     */
    static Trained train(WaveNetImuOptions options, ImuSource source, boolean save, Consumer<String> log) {
        ImuEmgNetworks.register();
        ImuEmgSettings settings = options.settings();
        List<String> muscles = options.muscles().isEmpty() ? null : options.muscles();
        List<ImuEmgTrial> trials = new ArrayList<>();
        for (Path folder : options.training()) {
            Path ik = folder.resolve("ik.sto");
            Storage emg = StorageReader.read(folder.resolve("emgFilt.sto"));
            String name = folder.toAbsolutePath().normalize().getFileName().toString();
            trials.addAll(options.augmentation().trials(name, StorageReader.read(ik), ik, emg, muscles, source));
        }
        ImuEmgTrial first = trials.get(0);
        for (ImuEmgTrial t : trials) {
            if (!t.imuChannels().equals(first.imuChannels()) || !t.muscles().equals(first.muscles())) {
                throw new NeuroMskException("estimator.options.training: trial " + t.name() + " has other muscles or IMU "
                        + "channels than " + first.name() + " (" + t.muscles() + " vs " + first.muscles() + ")");
            }
        }
        int window = settings.window();
        WaveNetConfig network = settings.waveNet(first.imuChannels().size(), first.muscles().size());
        List<SampleSet> fit = new ArrayList<>();
        List<SampleSet> held = new ArrayList<>();
        for (ImuEmgTrial t : trials) {
            int cut = t.frames() - (int) Math.round(t.frames() * settings.validationFraction());
            if (cut < window || t.frames() - cut < 1) {
                throw new NeuroMskException("estimator.options.training: trial " + t.name() + " has " + t.frames()
                        + " frames, too few for a training part and a held-out part of at least a window ("
                        + window + " frames) each");
            }
            // validation targets are the frames from cut on; their windows may reach back before it
            fit.add(samples(t.slice(0, cut), network, settings));
            held.add(samples(t.slice(Math.max(0, cut - window + 1), t.frames()), network, settings));
        }
        double rate = first.rate();
        long start = System.nanoTime();
        Trainer trainer = Trainer.builder(settings.training(settings.waveNetBatch()))
                .loss(EnvelopeLosses.parse(settings.loss())).quiet(true).build();
        Path dir = null;
        try (TrainingResult result = trainer.fit(network, SampleSet.concat(fit), SampleSet.concat(held))) {
            result.model().putProperty("muscles", String.join(",", first.muscles()));
            result.model().putProperty("slidingWindow", Integer.toString(window));
            result.model().putProperty(StreamingWaveNet.FRAME_RATE, Double.toString(rate));
            log.accept(String.format(Locale.ROOT, "wavenet-imu: trained on %d trial(s) (%s), %d epochs (best %d), "
                    + "%.1f s", trials.size(), String.join(", ", trials.stream().map(ImuEmgTrial::name).toList()),
                    result.epochs(), result.bestEpoch(), (System.nanoTime() - start) / 1e9));
            Path modelDir;
            if (save && options.saveModel().isPresent()) {
                modelDir = options.saveModel().get();
            } else {
                dir = Files.createTempDirectory("neuromsk-wavenet-imu");
                modelDir = dir.resolve("wavenet");
            }
            result.model().save(modelDir);
            return new Trained(StreamingWaveNet.load(modelDir), rate, trials.size());
        } catch (IOException e) {
            throw new NeuroMskException("cannot create a temporary folder for the trained WaveNet: " + e.getMessage(), e);
        } finally {
            AtomicFiles.deleteTreeQuietly(dir);
        }
    }

    /**
     * A trained network.
     *
     * @param network the network, at the start of a stream
     * @param frameRate frames per second (Hz) of its training IMU signals
     * @param trials training trials used (recorded and replayed)
     */
    record Trained(StreamingWaveNet network, double frameRate, int trials) {
    }

    private static SampleSet samples(ImuEmgTrial trial, WaveNetConfig network, ImuEmgSettings settings) {
        return SeriesSamples.of(trial.imu(), trial.envelopes(), network.windowFrames(), network.outputFrames(),
                settings.sampleStride(), trial.imuChannels(), trial.muscles());
    }

}
