package org.neuromsk.estimator.imu;

import org.neuromsk.training.model.NetworkTypes;

/** Registers this module's network types with the training core, so that saved models load. */
public final class ImuEmgNetworks {

    static {
        NetworkTypes.register(WaveNetConfig.TYPE, WaveNetConfig.class);
        NetworkTypes.register(RecurrentConfig.TYPE, RecurrentConfig.class);
        NetworkTypes.register(InputAugmentedConfig.TYPE, InputAugmentedConfig.class);
    }

    private ImuEmgNetworks() {
    }

    /**
     * Makes {@value WaveNetConfig#TYPE}, {@value RecurrentConfig#TYPE} and {@value InputAugmentedConfig#TYPE}
     * known (idempotent).
     */
    public static void register() {
        // the static initialiser does the work once
    }
}
