package org.neuromsk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.backend.CoordinateInfo;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleForceRequest;
import org.neuromsk.backend.MuscleForces;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.io.storage.Storage;

class TorqueSourceTest {

    @TempDir
    Path dir;

    /** A model whose inverse dynamics returns 2·knee angle (deg) as the knee moment, at 50 Hz. */
    static final class FakeModel implements MskModel {
        final AtomicReference<InverseDynamicsRequest> asked = new AtomicReference<>();

        @Override
        public Storage inverseDynamics(InverseDynamicsRequest request) {
            asked.set(request);
            double[] t = new double[101];
            double[] m = new double[101];
            for (int i = 0; i < t.length; i++) {
                t[i] = i / 50.0;
                m[i] = 2 * t[i];
            }
            return Storage.of("ID", false, List.of("knee_angle_r_moment"), t, new double[][] {m});
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public String backendName() {
            return "test";
        }

        @Override
        public List<CoordinateInfo> coordinates() {
            return List.of();
        }

        @Override
        public List<MuscleInfo> muscles() {
            return List.of();
        }

        @Override
        public MuscleParameters muscleParameters(String muscle) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MskModel withMuscleParameters(Map<String, MuscleParameters> parameters) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeModel(Path file) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MuscleGeometry muscleGeometry(MuscleGeometryRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MuscleForces muscleForces(MuscleForceRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ForwardResult forward(ForwardRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void momentsComputedThroughTheBackendJoinTheTrial() {
        SyntheticGait.write(dir, 1.0, 2.0, 100);
        FakeModel model = new FakeModel();
        Path loads = dir.resolve("loads.xml");
        GaitTrial trial = GaitTrialReader.folder(dir)
                .torques(TorqueSource.inverseDynamics(model, Optional.of(loads), 6)).read();
        InverseDynamicsRequest r = model.asked.get();
        assertSame(trial.kinematics(), r.coordinates());
        assertEquals(Optional.of(loads), r.externalLoads());
        assertEquals(6, r.lowpassCutoff());
        assertEquals(List.of("Muscles"), r.excludedForces());
        // 50 Hz moments 2·t interpolated onto the 100-Hz kinematics: exact for a linear signal
        assertEquals(2 * 0.37, trial.torques(List.of("knee_angle_r_moment"))[0][37], 1e-12);
        assertEquals("inverse dynamics of fake (test backend, external loads loads.xml)", trial.torquesSource());
    }
}
