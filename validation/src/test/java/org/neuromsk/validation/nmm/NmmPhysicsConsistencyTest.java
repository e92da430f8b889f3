package org.neuromsk.validation.nmm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.estimator.nmm.GenericMuscles;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.VirtualSubjectReader;
import org.neuromsk.estimator.nmm.physics.ElectromechanicalDelay;
import org.neuromsk.estimator.nmm.physics.HillModel;
import org.neuromsk.estimator.nmm.physics.LinearisedActivation;
import org.neuromsk.estimator.nmm.physics.MuscleConstants;
import org.neuromsk.estimator.nmm.physics.TendonEquilibrium;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.training.engine.TorchRuntime;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * Is the NMM's physics the physics of the engine that generated the virtual subjects? A generated
 * trial's true excitations (the controls of the embedded forward simulation, which drive the muscles
 * without delay: the EMG delay lies between envelope and excitation) and the subject's true
 * parameters go through the NMM's physics, and the result is compared with the generator's own
 * activations, tendon forces, Σ r·F_T and inverse-dynamics moment. Were the physics identical, every
 * difference would be integration tolerance, so the expected values are zero; the tolerances are
 * the quasi-static fibre approximation's documented size (docs/nmm.md), measured 0.12–0.21 % of
 * peak over whole trials. Subject 1 of seed 1, one trial at 0 kg and one at 4 kg, 100 Hz.
 *
 * <p>The second test runs the tensor path as training does (delay, linearised activation dynamics,
 * equilibrium with implicit gradients) on the default settings' windows. Each window's activation
 * starts at its first (delayed) excitation, not at the true activation, and the delay repeats the
 * first frame: after the default 0.12 s warm-up this transient leaves 3.6 % of peak at 0 kg (0.9 % at
 * 4 kg), which is asserted as a documented bound; over each window's second half the tensor path
 * must come within 1 % of peak.
 */
class NmmPhysicsConsistencyTest {

    private static SubjectData subject;
    private static Path folder;
    private static List<MuscleConstants> constants;
    private static double[] force;
    private static double[] fiber;
    private static double[] slack;

    @BeforeAll
    static void generate() throws Exception {
        Path work = Files.createTempDirectory("nmm-physics-consistency");
        VirtualSubjects.generate(GeneratorSettings.defaults(1, 1).withVerify(false).withTrialsPerLoad(1)
                .withLoads(List.of(0.0, 4.0)), work, line -> { });
        folder = work.resolve("subject01");
        MskBackend backend = BackendRegistry.discover().choose("embedded").create();
        subject = new VirtualSubjectReader(p -> backend.loadModel(p, w -> { }), 100).read(folder);
        GenericMuscles generic = GenericMuscles.read(subject.genericModel(), subject.muscles());
        constants = generic.parameters().stream().map(MuscleConstants::of).toList();
        int n = subject.muscles().size();
        force = new double[n];
        fiber = new double[n];
        slack = new double[n];
        for (int m = 0; m < n; m++) {
            String name = subject.muscles().get(m);
            force[m] = subject.truth().maxIsometricForce().get(name);
            fiber[m] = subject.truth().optimalFiberLength().get(name);
            slack[m] = subject.truth().tendonSlackLength().get(name);
        }
    }

    @Test
    void truePhysicsReproducesTheGeneratorOverWholeTrials() {
        SubjectData.TrueParameters truth = subject.truth();
        NmmSettings s = NmmSettings.defaults();
        for (TrialData t : subject.training()) {
            HillModel hill = new HillModel(constants, force, fiber, slack, truth.activationTimeConstant(),
                    truth.deactivationTimeConstant(), t.frameStep(), s.activationSubsteps(), s.equilibriumPasses());
            double[][] a = hill.activations(t.trueExcitation());
            double[][] f = hill.forces(a, t.lengths(), t.lengtheningSpeeds());
            double[] moment = HillModel.moment(f, t.momentArms());
            double[][] generated = generatorForces(t);
            double[] generatedMoment = HillModel.moment(generated, t.momentArms());
            double peak = t.peakMoment();
            double vsId = 100 * rms(moment, t.moment(), 0) / peak;
            double vsEngine = 100 * rms(moment, generatedMoment, 0) / peak;
            System.out.printf(Locale.ROOT, "%s: NMM physics vs ID %.2f %% of peak, vs the generator's Σ r·F %.2f %%,"
                    + " generator's Σ r·F vs ID %.2f %%%n", t.name(), vsId, vsEngine,
                    100 * rms(generatedMoment, t.moment(), 0) / peak);
            assertTrue(vsId < 0.5 && vsEngine < 0.5, t.name() + ": " + vsId + " / " + vsEngine + " % of peak");
            for (int m = 0; m < a.length; m++) {
                double da = rms(a[m], t.trueActivation()[m], 0);
                double df = rms(f[m], generated[m], 0);
                // activation: exact steps, 4 per frame (1e-4 measured); force: quasi-static fibre (≤ 0.4 N measured)
                assertTrue(da < 1e-3, subject.muscles().get(m) + " activation RMSE " + da);
                assertTrue(df < 1.0, subject.muscles().get(m) + " tendon force RMSE " + df + " N");
            }
        }
    }

    @Test
    void windowedTensorPhysicsAsTrainedReproducesTheGenerator() {
        NmmSettings s = NmmSettings.defaults();
        SubjectData.TrueParameters truth = subject.truth();
        int n = subject.muscles().size();
        double[] minimum = constants.stream().mapToDouble(MuscleConstants::minimumActivation).toArray();
        for (TrialData t : subject.training()) {
            double step = t.frameStep();
            int length = (int) Math.round(s.windowSeconds() / step);
            int stride = (int) Math.round(s.strideSeconds() / step);
            int warmup = (int) Math.round(s.warmupSeconds() / step);
            int maxDelay = (int) Math.ceil(s.bounds().delayUpper() / step);
            int windows = (t.frames() - length) / stride + 1;
            float[] u = new float[windows * length * n];
            float[] l = new float[u.length];
            float[] v = new float[u.length];
            float[] r = new float[u.length];
            for (int w = 0; w < windows; w++) {
                for (int f = 0; f < length; f++) {
                    int k = w * stride + f;
                    for (int m = 0; m < n; m++) {
                        int i = (w * length + f) * n + m;
                        // the network's excitation is aligned with the envelopes: u(t + delay)
                        u[i] = (float) interpolate(t.trueExcitation()[m], k + truth.emgDelay() / step);
                        l[i] = (float) t.lengths()[m][k];
                        v[i] = (float) t.lengtheningSpeeds()[m][k];
                        r[i] = (float) t.momentArms()[m][k];
                    }
                }
            }
            float[] moment;
            try (NDManager nd = TorchRuntime.newManager()) {
                Shape shape = new Shape(windows, length, n);
                NDArray delayed = ElectromechanicalDelay.shift(nd.create(u, shape),
                        nd.create(new float[] {(float) truth.emgDelay()}), step, maxDelay);
                NDArray a = LinearisedActivation.simulate(delayed,
                        nd.create(new float[] {(float) truth.activationTimeConstant()}),
                        nd.create(new float[] {(float) truth.deactivationTimeConstant()}), minimum, step,
                        s.activationSubsteps(), false);
                TendonEquilibrium equilibrium = new TendonEquilibrium(constants, s.equilibriumPasses());
                TendonEquilibrium.Solution solution = equilibrium.solve(a.toFloatArray(), l, v, windows, length, step,
                        fiber, slack);
                NDArray tendon = equilibrium.tendonForce(a, nd.create(l, shape), solution, nd.create(floats(force)),
                        nd.create(floats(fiber)), nd.create(floats(slack)));
                moment = nd.create(r, shape).mul(tendon).sum(new int[] {2}).toFloatArray();
            }
            double afterWarmup = 100 * windowRms(moment, t.moment(), windows, length, stride, warmup) / t.peakMoment();
            double secondHalf = 100 * windowRms(moment, t.moment(), windows, length, stride, length / 2)
                    / t.peakMoment();
            System.out.printf(Locale.ROOT, "%s: windows of %d frames, warm-up %d, delay %.3f s: moment RMSE %.2f %% of "
                    + "peak after the warm-up, %.2f %% over the second half%n", t.name(), length, warmup,
                    truth.emgDelay(), afterWarmup, secondHalf);
            // as the window's initial activation is forgotten the tensor path approaches the engine's
            // physics (measured 0.59 % at 0 kg, 0.13 % at 4 kg; the transient's tail is still in it)
            assertTrue(secondHalf < 1.0, t.name() + ": " + secondHalf + " % of peak over the second half");
            // the initial-activation transient after the default 0.12 s warm-up, documented in docs/nmm.md
            // (measured 3.63 % at 0 kg, 0.87 % at 4 kg)
            assertTrue(afterWarmup < (t.loadMass() == 0 ? 4.5 : 1.5), t.name() + ": " + afterWarmup + " % of peak");
        }
    }

    /** RMS over the windows' frames from {@code from} on of the windowed moment against the trial's. */
    private static double windowRms(float[] windowed, double[] trial, int windows, int length, int stride, int from) {
        double sum = 0;
        int count = 0;
        for (int w = 0; w < windows; w++) {
            for (int f = from; f < length; f++) {
                double e = windowed[w * length + f] - trial[w * stride + f];
                sum += e * e;
                count++;
            }
        }
        return Math.sqrt(sum / count);
    }

    /** The generator's tendon forces, decimated to the trial's frames. */
    private static double[][] generatorForces(TrialData t) {
        String load = t.name().substring(0, t.name().indexOf('/'));
        String trial = t.name().substring(t.name().indexOf('/') + 1);
        Storage forces = StorageReader.read(folder.resolve(load).resolve(trial + "_muscle_forces.sto"));
        int factor = (int) Math.round(t.frameStep() / (forces.time()[1] - forces.time()[0]));
        int n = subject.muscles().size();
        double[][] out = new double[n][t.frames()];
        for (int m = 0; m < n; m++) {
            double[] column = forces.column(subject.muscles().get(m));
            for (int k = 0; k < t.frames(); k++) {
                out[m][k] = column[k * factor];
            }
        }
        return out;
    }

    private static float[] floats(double[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (float) x[i];
        }
        return out;
    }

    /** Linear interpolation at a fractional frame index, held at the ends. */
    private static double interpolate(double[] x, double index) {
        double c = Math.max(0, Math.min(x.length - 1, index));
        int lo = (int) Math.floor(c);
        int hi = Math.min(x.length - 1, lo + 1);
        return x[lo] + (c - lo) * (x[hi] - x[lo]);
    }

    private static double rms(double[] x, double[] y, int from) {
        double s = 0;
        for (int i = from; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / (x.length - from));
    }
}
