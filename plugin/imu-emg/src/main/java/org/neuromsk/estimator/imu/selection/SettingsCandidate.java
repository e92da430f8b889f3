package org.neuromsk.estimator.imu.selection;

import java.util.List;

import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.SpeedAugmentation;

/**
 * A setting to judge.
 *
 * @param name short name
 * @param settings experiment settings
 * @param augmentation replays of the trained strides
 */
public record SettingsCandidate(String name, ImuEmgSettings settings, SpeedAugmentation augmentation) {

    /** Name of the choice made on walk36 (validation/reports/imu-emg-selection.md). */
    public static final String FIELD_128_SLOW_NOISE = "field 128 + slow + noise 0.1";
    /** Its overlay of the defaults: receptive field 128 frames, learning rate 3e-4, patience 10, input noise 0.1. */
    public static final String FIELD_128_SLOW_NOISE_JSON =
            "{\"dilations\": [1, 2, 4, 8, 16, 32, 64], \"learningRate\": 3e-4, \"patience\": 10, \"inputNoise\": 0.1}";
    /** Name of the choice made on walk45. */
    public static final String DROPOUT_02 = "dropout 0.2";
    /** Its overlay of the defaults: WaveNet dropout 0.2. */
    public static final String DROPOUT_02_JSON = "{\"waveNetDropout\": 0.2}";

    /**
     * The candidates of {@code neuromsk imu-emg}: the settings the selection chose on each walking trial, in this
     * order (a tie keeps the first).
     *
     * @param base the settings the overlays change (the defaults, plus any user overrides)
     * @param augmentation the replays of the trained strides
     * @return "field 128 + slow + noise 0.1", then "dropout 0.2"
     */
    public static List<SettingsCandidate> walking(ImuEmgSettings base, SpeedAugmentation augmentation) {
        return List.of(new SettingsCandidate(FIELD_128_SLOW_NOISE, base.with(FIELD_128_SLOW_NOISE_JSON), augmentation),
                new SettingsCandidate(DROPOUT_02, base.with(DROPOUT_02_JSON), augmentation));
    }
}
