package org.neuromsk.estimator.imu.pipeline;

import java.util.List;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.pipeline.estimator.Estimator;
import org.neuromsk.pipeline.estimator.EstimatorProvider;

/** Makes the IMU WaveNet available to the pipeline as {@value WaveNetImuEstimator#NAME} (ServiceLoader entry). */
public final class WaveNetImuProvider implements EstimatorProvider {

    @Override
    public List<String> names() {
        return List.of(WaveNetImuEstimator.NAME);
    }

    @Override
    public Estimator create(String name) {
        if (!WaveNetImuEstimator.NAME.equals(name)) {
            throw new NeuroMskException("the IMU-EMG module provides no estimator '" + name + "'");
        }
        return new WaveNetImuEstimator();
    }
}
