package org.neuromsk.estimator.nmm.realdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neuromsk.backend.MskModel;
import org.neuromsk.engine.EmbeddedBackend;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;
import org.neuromsk.io.storage.Storage;

/**
 * Test-time refinement in the real-data comparison, on a small made-up elbow recording (NeuroMSK elbow
 * model, two "coordinates": the elbow and a copy with half its moment arms and half its moment, as a
 * multi-coordinate subject has). BRA and TRImed are hidden. Checks that the refined NMM and the same
 * fit unrefined are both scored, and that refinement never reads the hidden muscles' recorded signals:
 * changing them changes the scores (the reference) but not one bit of the NMM's reconstruction.
 */
class HiddenMuscleComparisonRefineTest {

    private static final Path MODEL = Path.of("../../models-osim/elbow.osim");
    private static final String ELBOW = "r_elbow_flex";
    private static final String HALF = "half_elbow";
    private static final List<String> MUSCLES = List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat",
            "TRImed");
    private static final List<String> MEASURED = List.of("BIClong", "BICshort", "BRD", "TRIlong", "TRIlat");
    private static final double STEP = 0.01;

    private static HiddenMuscleComparison.Result original;
    private static HiddenMuscleComparison.Result altered;

    @BeforeAll
    static void run() {
        try (MskModel model = new EmbeddedBackend().loadModel(MODEL, w -> { })) {
            RecordingGeometry train = geometry(model, "train", 0.4, 0.0);
            RecordingGeometry test = geometry(model, "test", 0.55, 0.0);
            RecordingGeometry testAltered = geometry(model, "test", 0.55, 0.3);
            NmmSettings settings = NmmSettings.calibratedDefaults().withMaxEpochs(2).with("{\"refineEpochs\": 3}");
            original = HiddenMuscleComparison.run(MultiCoordinateSubject.build("elbow", MODEL, MEASURED,
                    List.of(ELBOW, HALF), List.of(train), List.of(test)), settings,
                    SynergyExtrapolation.Settings.defaults(), HiddenMuscleComparison.Output.EXCITATION);
            altered = HiddenMuscleComparison.run(MultiCoordinateSubject.build("elbow", MODEL, MEASURED,
                    List.of(ELBOW, HALF), List.of(train), List.of(testAltered)), settings,
                    SynergyExtrapolation.Settings.defaults(), HiddenMuscleComparison.Output.EXCITATION);
        }
    }

    /**
     * 2 s of sinusoidal elbow motion at frequency {@code hz}; signals 0.1 + 0.05·sin per muscle, the
     * hidden ones plus {@code hiddenOffset}; elbow moment 2·sin (N·m), the half copy half of it.
     */
    private static RecordingGeometry geometry(MskModel model, String name, double hz, double hiddenOffset) {
        int n = 201;
        double[] time = new double[n];
        double[] angle = new double[n];
        double[] moment = new double[n];
        double[] halfMoment = new double[n];
        Map<String, double[]> signals = new HashMap<>();
        for (String m : MUSCLES) {
            signals.put(m, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            time[i] = i * STEP;
            double phase = 2 * Math.PI * hz * time[i];
            angle[i] = 1.1 + 0.6 * Math.sin(phase);
            moment[i] = 2 * Math.sin(phase + 0.4);
            halfMoment[i] = 0.5 * moment[i];
            for (int m = 0; m < MUSCLES.size(); m++) {
                double offset = MEASURED.contains(MUSCLES.get(m)) ? 0 : hiddenOffset;
                signals.get(MUSCLES.get(m))[i] = 0.1 + offset + 0.05 * Math.sin(phase + m);
            }
        }
        Storage motion = Storage.of(name, false, List.of(ELBOW), time, new double[][] {angle});
        Recording r = new Recording(name, motion, ELBOW, angle, Map.of(ELBOW, moment, HALF, halfMoment), signals);
        RecordingGeometry g = RecordingGeometry.of(r, model, MUSCLES, List.of(ELBOW));
        double[][] arms = g.momentArms(ELBOW);
        double[][] half = new double[arms.length][];
        for (int m = 0; m < arms.length; m++) {
            half[m] = arms[m].clone();
            for (int i = 0; i < n; i++) {
                half[m][i] *= 0.5;
            }
        }
        Map<String, double[][]> byCoordinate = new LinkedHashMap<>(g.momentArms());
        byCoordinate.put(HALF, half);
        return new RecordingGeometry(r, MUSCLES, g.lengths(), g.lengtheningSpeeds(), byCoordinate);
    }

    @Test
    void theRefinedAndTheUnrefinedNmmAreBothScored() {
        assertTrue(original.refined());
        assertEquals(3, original.refineEpochs());
        assertTrue(original.refineSeconds() > 0);
        for (String muscle : List.of("BRA", "TRImed")) {
            for (String method : List.of(HiddenMuscleComparison.NMM, HiddenMuscleComparison.NMM_NO_REFINEMENT,
                    HiddenMuscleComparison.MSE)) {
                assertTrue(Double.isFinite(original.score(muscle, method).rmse()), muscle + " " + method);
            }
        }
        assertEquals(List.of(ELBOW, HALF).stream().sorted().toList(),
                original.momentErrorPercent().keySet().stream().sorted().toList());
        assertEquals(original.momentErrorPercent().keySet(), original.unrefinedMomentErrorPercent().keySet());
        // three epochs of refinement move the network: the two reconstructions differ
        double[][] refined = original.series().get(HiddenMuscleComparison.NMM).get("test");
        double[][] plain = original.series().get(HiddenMuscleComparison.NMM_NO_REFINEMENT).get("test");
        assertFalse(java.util.Arrays.equals(refined[0], plain[0]));
        assertNotEquals(original.momentErrorPercent().get(ELBOW), original.unrefinedMomentErrorPercent().get(ELBOW));
    }

    @Test
    void refinementNeverReadsTheHiddenMusclesSignals() {
        for (String method : List.of(HiddenMuscleComparison.NMM, HiddenMuscleComparison.NMM_NO_REFINEMENT)) {
            double[][] a = original.series().get(method).get("test");
            double[][] b = altered.series().get(method).get("test");
            for (int h = 0; h < a.length; h++) {
                assertArrayEquals(a[h], b[h], 0, method);
            }
        }
        assertEquals(original.momentErrorPercent(), altered.momentErrorPercent());
        // the hidden signals are the reference of the scores: those did change
        assertNotEquals(original.score("BRA", HiddenMuscleComparison.NMM).rmse(),
                altered.score("BRA", HiddenMuscleComparison.NMM).rmse());
    }
}
