package org.neuromsk.estimator.gait;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.training.EpochLoss;
import org.neuromsk.training.Json;
import org.neuromsk.training.TrainedModel;

/**
 * Pre-trained moment networks of the torque-based model, kept so that candidate settings that differ
 * only in the EMG stage (e.g. its loss) share one pre-training instead of repeating it: the same seed,
 * trials and pre-training settings give the same network. Every model handed out is a copy, owned by
 * the receiver. Close the pool to free the originals.
 */
final class PretrainingPool implements AutoCloseable {

    private final Map<String, Pretrained> models = new HashMap<>();

    /**
     * A pre-trained network and how it was trained.
     *
     * @param model the network
     * @param epochs epochs run
     * @param history losses per epoch
     */
    record Pretrained(TrainedModel model, int epochs, List<EpochLoss> history) {
    }

    /**
     * @param settings the estimator settings
     * @param seed the member's seed
     * @param trials the training trials
     * @return what determines the pre-trained network: everything that enters the pre-training
     */
    static String key(GaitEmgSettings settings, long seed, List<GaitTrial> trials) {
        StringBuilder b = new StringBuilder().append(seed).append('|');
        for (GaitTrial t : trials) {
            b.append(System.identityHashCode(t)).append(',');
        }
        b.append('|').append(Json.gson().toJson(settings.features())).append('|')
                .append(Json.gson().toJson(settings.pretrainingNetwork())).append('|')
                .append(Json.gson().toJson(settings.pretraining().withSeed(seed))).append('|')
                .append(settings.torqueTargets()).append('|').append(Json.gson().toJson(settings.segmentation()))
                .append('|').append(settings.validationEvery());
        return b.toString();
    }

    /**
     * @param key a key from {@link #key}
     * @return a copy of the network kept under it, or null
     */
    Pretrained copyOf(String key) {
        Pretrained p = models.get(key);
        return p == null ? null : new Pretrained(p.model().copy(), p.epochs(), p.history());
    }

    /**
     * Keeps a copy of a freshly pre-trained network.
     *
     * @param key its key
     * @param trained the network (stays owned by the caller)
     */
    void put(String key, Pretrained trained) {
        Pretrained old = models.put(key, new Pretrained(trained.model().copy(), trained.epochs(), trained.history()));
        if (old != null) {
            old.model().close();
        }
    }

    @Override
    public void close() {
        models.values().forEach(p -> p.model().close());
        models.clear();
    }
}
