package org.neuromsk.estimator.nmm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.estimator.nmm.physics.ActivationTensorDynamics;
import org.neuromsk.estimator.nmm.physics.MuscleConstants;
import org.neuromsk.estimator.nmm.physics.TendonEquilibrium;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.training.engine.TorchRuntime;

/**
 * A small subject made with the NMM's own physics (no model mismatch): sinusoidal elbow motion on the
 * NeuroMSK elbow model, smooth excitations, moments Σ r·F_T with perturbed muscle parameters, and
 * envelopes u(t + d)/s. For tests of the training pipeline, not of the estimator's accuracy.
 */
final class SyntheticElbow {

    static final Path MODEL = Path.of("../../models-osim/elbow.osim");
    static final List<String> MUSCLES = List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed");
    static final List<String> MEASURED = List.of("BIClong", "BICshort", "BRD", "TRIlong", "TRIlat");
    static final double STEP = 0.01;
    static final double DELAY = 0.02;
    static final double SCALE = 0.9;

    private SyntheticElbow() {
    }

    static SubjectData subject(double seconds, int trialsPerLoad) {
        GenericMuscles generic = GenericMuscles.read(MODEL, MUSCLES);
        double[] force = generic.maxIsometricForces();
        double[] fiber = generic.optimalFiberLengths();
        double[] tendon = generic.tendonSlackLengths();
        for (int m = 0; m < force.length; m++) {
            force[m] *= 1 + 0.15 * Math.sin(m + 1.0);
            fiber[m] *= 1 + 0.04 * Math.cos(m + 2.0);
            tendon[m] *= 1 - 0.03 * Math.sin(m + 3.0);
        }
        List<MuscleConstants> constants = generic.parameters().stream().map(MuscleConstants::of).toList();
        List<TrialData> training = new ArrayList<>();
        List<TrialData> heldOut = new ArrayList<>();
        try (MskModel model = new EmbeddedBackend().loadModel(MODEL, w -> { })) {
            for (double load : new double[] {0, 2, 4}) {
                for (int k = 0; k < trialsPerLoad; k++) {
                    TrialData t = trial(model, constants, force, fiber, tendon, load, k, seconds);
                    (k == trialsPerLoad - 1 ? heldOut : training).add(t);
                }
            }
        }
        Map<String, Double> f = new HashMap<>();
        Map<String, Double> l = new HashMap<>();
        Map<String, Double> s = new HashMap<>();
        Map<String, Double> e = new HashMap<>();
        for (int m = 0; m < MUSCLES.size(); m++) {
            f.put(MUSCLES.get(m), force[m]);
            l.put(MUSCLES.get(m), fiber[m]);
            s.put(MUSCLES.get(m), tendon[m]);
            e.put(MUSCLES.get(m), SCALE);
        }
        return new SubjectData("synthetic", MODEL, "r_elbow_flex", MUSCLES, MEASURED, training, heldOut,
                new SubjectData.TrueParameters(f, l, s, e, 0.015, 0.05, DELAY));
    }

    private static TrialData trial(MskModel model, List<MuscleConstants> constants, double[] force, double[] fiber,
            double[] tendon, double load, int index, double seconds) {
        int n = (int) Math.round(seconds / STEP) + 1;
        double[] time = new double[n];
        double[] angle = new double[n];
        double[] speed = new double[n];
        double[] accel = new double[n];
        double w = 2 * Math.PI * (0.35 + 0.05 * index);
        for (int i = 0; i < n; i++) {
            time[i] = i * STEP;
            angle[i] = 1.1 + 0.7 * Math.sin(w * time[i]);
            speed[i] = 0.7 * w * Math.cos(w * time[i]);
            accel[i] = -0.7 * w * w * Math.sin(w * time[i]);
        }
        Storage motion = Storage.of("motion", false, List.of("r_elbow_flex"), time, new double[][] {angle});
        MuscleGeometry g = model.muscleGeometry(MuscleGeometryRequest.of(motion));
        int mCount = MUSCLES.size();
        double[][] lengths = new double[mCount][];
        double[][] speeds = new double[mCount][];
        double[][] arms = new double[mCount][];
        Storage armTable = g.momentArms().get("r_elbow_flex");
        for (int m = 0; m < mCount; m++) {
            lengths[m] = g.lengths().column(MUSCLES.get(m));
            speeds[m] = g.lengtheningSpeeds().column(MUSCLES.get(m));
            arms[m] = armTable.column(MUSCLES.get(m));
        }
        // excitations at the envelope's clock (t + d): flexors rise with flexion speed and load
        int lead = (int) Math.round(DELAY / STEP);
        double[][] u = new double[mCount][n];
        double[][] early = new double[mCount][n];
        for (int m = 0; m < mCount; m++) {
            boolean flexor = m < 4;
            for (int i = 0; i < n + lead; i++) {
                double t = i * STEP;
                double drive = 0.5 + 0.5 * Math.sin(w * t + (flexor ? 0.3 : Math.PI + 0.3) + 0.2 * m);
                double value = 0.04 + (0.12 + 0.04 * load) * drive * (1 + 0.2 * m / 7.0);
                if (i < n) {
                    u[m][i] = value;
                }
                if (i >= lead) {
                    early[m][i - lead] = value;
                }
            }
        }
        float[] uFlat = new float[n * mCount];
        float[] lFlat = new float[n * mCount];
        float[] vFlat = new float[n * mCount];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < mCount; m++) {
                uFlat[i * mCount + m] = (float) u[m][i];
                lFlat[i * mCount + m] = (float) lengths[m][i];
                vFlat[i * mCount + m] = (float) speeds[m][i];
            }
        }
        double[][] activation = new double[mCount][n];
        double[][] tendonForce = new double[mCount][n];
        TorchRuntime.engine();
        try (NDManager manager = TorchRuntime.newManager()) {
            TendonEquilibrium eq = new TendonEquilibrium(constants, 2);
            NDArray ex = manager.create(uFlat, new Shape(1, n, mCount));
            NDArray a = ActivationTensorDynamics.simulate(ex, manager.create(0.015f), manager.create(0.05f),
                    eq.minimumActivation(manager), STEP, 10);
            TendonEquilibrium.Solution s = eq.solve(a.toFloatArray(), lFlat, vFlat, 1, n, STEP, fiber, tendon);
            float[] forceValues = eq.tendonForce(a, manager.create(lFlat, new Shape(1, n, mCount)), s,
                    manager.create(toFloats(force)), manager.create(toFloats(fiber)), manager.create(toFloats(tendon)))
                    .toFloatArray();
            float[] aValues = a.toFloatArray();
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < mCount; m++) {
                    activation[m][i] = aValues[i * mCount + m];
                    tendonForce[m][i] = forceValues[i * mCount + m];
                }
            }
        }
        double[] moment = new double[n];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < mCount; m++) {
                moment[i] += arms[m][i] * tendonForce[m][i];
            }
        }
        double[][] envelopes = new double[mCount][];
        for (int m = 0; m < mCount; m++) {
            if (MEASURED.contains(MUSCLES.get(m))) {
                envelopes[m] = new double[n];
                for (int i = 0; i < n; i++) {
                    envelopes[m][i] = early[m][i] / SCALE;
                }
            }
        }
        return new TrialData("load" + (int) load + "_" + index, load, time, angle, speed, accel, moment, envelopes,
                lengths, speeds, arms, u, activation, MODEL);
    }

    private static float[] toFloats(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }
}
