package org.neuromsk.estimator.nmm.realdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;
import org.neuromsk.io.storage.Storage;

class MultiCoordinateSubjectTest {

    private static final int FRAMES = 11;
    private static final double STEP = 0.01;

    /** Two muscles, coordinates "a" and "b"; angle q = 0.5·t², moments and arms distinct per coordinate. */
    private static RecordingGeometry recording(String name) {
        double[] t = new double[FRAMES];
        double[] q = new double[FRAMES];
        double[] ones = new double[FRAMES];
        double[] twos = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            t[i] = i * STEP;
            q[i] = 0.5 * t[i] * t[i];
            ones[i] = 1;
            twos[i] = 2;
        }
        Storage motion = Storage.of(name, false, List.of("a", "b"), t, new double[][] {q, q});
        Recording r = new Recording(name, motion, "a", q, Map.of("a", ones, "b", twos),
                Map.of("m1", ones, "m2", twos));
        double[][] lengths = {ones, twos};
        double[][] armsA = {new double[FRAMES], ones};
        double[][] armsB = {twos, new double[FRAMES]};
        return new RecordingGeometry(r, List.of("m1", "m2"), lengths, lengths, Map.of("a", armsA, "b", armsB));
    }

    @Test
    void oneTrialPerCoordinateWithThatCoordinatesArmsAndMoment() {
        RecordingGeometry g = recording("r1");
        MultiCoordinateSubject s = MultiCoordinateSubject.build("x", Path.of("model.osim"), List.of("m1"),
                List.of("a", "b"), List.of(g), List.of(g));
        SubjectData subject = s.subject();
        assertEquals(2, subject.training().size());
        TrialData a = subject.training().get(0);
        TrialData b = subject.training().get(1);
        assertEquals("r1@a", a.name());
        assertEquals("r1@b", b.name());
        assertSame(g.momentArms("a"), a.momentArms());
        assertSame(g.momentArms("b"), b.momentArms());
        assertEquals(1.0, a.moment()[3]);
        assertEquals(2.0, b.moment()[3]);
        // the network sees the same inputs in both copies; m2 is hidden: no envelope, although the recording
        // holds its signal (so neither training nor test-time refinement on these copies can read it)
        assertArrayEquals(a.angle(), b.angle());
        assertArrayEquals(a.envelopes()[0], b.envelopes()[0]);
        assertNull(a.envelopes()[1]);
        assertArrayEquals(new int[] {1}, subject.hiddenIndices());
        assertEquals(List.of(a, b).size(), s.testCopies().get("r1").size());
    }

    @Test
    void speedAndAccelerationAreCentralDifferencesOfTheAngle() {
        TrialData a = MultiCoordinateSubject.build("x", Path.of("model.osim"), List.of("m1"), List.of("a"),
                List.of(recording("r")), List.of()).subject().training().get(0);
        // q = t²/2: the central difference (q(t+h) − q(t−h))/2h = t exactly; of that, 1 exactly
        for (int i = 1; i < FRAMES - 1; i++) {
            assertEquals(i * STEP, a.speed()[i], 1e-12);
        }
        for (int i = 2; i < FRAMES - 2; i++) {
            assertEquals(1.0, a.acceleration()[i], 1e-9);
        }
    }

    @Test
    void unknownCoordinateOrMuscleIsNamed() {
        RecordingGeometry g = recording("r");
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> MultiCoordinateSubject.build("x",
                Path.of("model.osim"), List.of("m1"), List.of("c"), List.of(g), List.of()));
        assertTrue(e.getMessage().contains("'c'"), e.getMessage());
        NeuroMskException m = assertThrows(NeuroMskException.class, () -> MultiCoordinateSubject.build("x",
                Path.of("model.osim"), List.of("m9"), List.of("a"), List.of(g), List.of()));
        assertTrue(m.getMessage().contains("m9"), m.getMessage());
    }

    @Test
    void wholeTrialArm26RunsRefuseRefinementAndTheHeldOutRunsRefine() {
        // the whole-trial run scores its training frames: nothing held out (refused before any file is read)
        RealDataChecks.Arm26Options whole = RealDataChecks.Arm26Options.wholeTrial(1);
        assertEquals(0, whole.settings().refineEpochs());
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> RealDataChecks.arm26(Path.of("absent"),
                null, whole.withSettings(RealDataChecks.refiningHeldOut(whole.settings()))));
        assertTrue(e.getMessage().contains("nothing is held out"), e.getMessage());
        // the split run and the gait check refine as the NMM's defaults do
        for (NmmSettings s : List.of(whole.split(0.63).settings(), RealDataChecks.GaitOptions.of(4, 3, 1).settings())) {
            assertEquals(NmmSettings.defaults().refineEpochs(), s.refineEpochs());
            assertEquals(NmmSettings.defaults().refineLearningRate(), s.refineLearningRate());
            assertEquals(100, s.refineEpochs());
            assertEquals(2e-3, s.refineLearningRate());
        }
        assertEquals(8, RealDataChecks.GaitOptions.of(4, 3, 1).withRefineEpochs(8).settings().refineEpochs());
    }

    @Test
    void theMomentInputIsRefusedWhenSeveralCoordinatesAreBalanced() {
        RecordingGeometry g = recording("r1");
        MultiCoordinateSubject s = MultiCoordinateSubject.build("x", Path.of("model.osim"), List.of("m1"),
                List.of("a", "b"), List.of(g), List.of(g));
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> HiddenMuscleComparison.run(s,
                NmmSettings.defaults().with("{\"momentInput\": true}"), SynergyExtrapolation.Settings.defaults(),
                HiddenMuscleComparison.Output.EXCITATION));
        assertTrue(e.getMessage().contains("momentInput"), e.getMessage());
    }
}
