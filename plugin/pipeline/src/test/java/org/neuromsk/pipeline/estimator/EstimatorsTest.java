package org.neuromsk.pipeline.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;

class EstimatorsTest {

    private static final Path ELBOW = Path.of("../../models-osim/elbow.osim").toAbsolutePath().normalize();

    @Test
    void theGaitEstimatorIsFoundThroughItsServiceEntry() {
        assertTrue(Estimators.available().containsAll(List.of("static-optimization", "gait-torque-mlp")),
                Estimators.available().toString());
        assertThrows(NeuroMskException.class, () -> Estimators.register("magic", StaticOptimizationEstimator::new));
        assertThrows(NeuroMskException.class, () -> Estimators.create("wavenet-imu"));
    }

    @Test
    void theGaitEstimatorWithoutModelOrTrainingDataSaysWhatItNeeds() {
        Storage motion = Storage.of("m", true, List.of("r_elbow_flex"), new double[] {0, 0.01, 0.02},
                new double[][] {{20, 21, 22}});
        EstimatorInput input = new EstimatorInput(ELBOW, motion, ELBOW.resolveSibling("m.mot"), Optional.empty(),
                Optional.empty(), Map.of(), 2, 1, Map.of());
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> Estimators.create("gait-torque-mlp").estimate(input, w -> { }));
        assertEquals("estimator gait-torque-mlp: 1 problem(s): estimator.options.training: required unless modelFolder "
                + "is given (trial folders with ik.sto, id.sto and emgFilt.sto)", e.getMessage());
    }
}
