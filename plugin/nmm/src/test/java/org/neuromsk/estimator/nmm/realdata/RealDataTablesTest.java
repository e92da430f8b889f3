package org.neuromsk.estimator.nmm.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RealDataTablesTest {

    /** A comparison without refinement: NMM and MSE scores only. */
    private static HiddenMuscleComparison.Result result(String muscle, double nmm, double mse) {
        return new HiddenMuscleComparison.Result(List.of(new MuscleScore(muscle, HiddenMuscleComparison.NMM, nmm, 0.5),
                new MuscleScore(muscle, HiddenMuscleComparison.MSE, mse, Double.NaN)), Map.of("k", 10.0), Map.of(), 1,
                0, 0, 2, Map.of());
    }

    /** A refined comparison: the refined NMM, the same fit unrefined, MSE. */
    private static HiddenMuscleComparison.Result refined(String muscle, double nmm, double plain, double mse) {
        return new HiddenMuscleComparison.Result(List.of(new MuscleScore(muscle, HiddenMuscleComparison.NMM, nmm, 0.5),
                new MuscleScore(muscle, HiddenMuscleComparison.MSE, mse, 0.25),
                new MuscleScore(muscle, HiddenMuscleComparison.NMM_NO_REFINEMENT, plain, 0.75)), Map.of("k", 10.0),
                Map.of("k", 20.0), 1, 100, 3, 2, Map.of());
    }

    @Test
    void gaitTableCountsWhereTheNmmHasTheLowerRmse() {
        Map<String, HiddenMuscleComparison.Result> runs = new LinkedHashMap<>();
        runs.put("a", result("a", 0.1, 0.2));
        runs.put("b", result("b", 0.3, 0.2));
        runs.put("c", result("c", 0.05, 0.06));
        assertEquals(2, RealDataTables.nmmRmseWins(runs));
        String table = RealDataTables.gait(runs);
        // means: NMM (0.1 + 0.3 + 0.05)/3 = 0.15, MSE (0.2 + 0.2 + 0.06)/3 = 0.1533
        assertTrue(table.contains("| mean | 0.1500 | |  | | 0.1533 | | NMM on 2 of 3 (r higher on 0 of 3) |"), table);
        assertTrue(table.contains("| b | 0.3000 | 0.500 | – (not refined) | – (not refined) | 0.2000 | – (constant) "
                + "| MSE | k 10.0 |"), table);
    }

    @Test
    void refinedRunsShowTheUnrefinedScoresBesideTheRefinedOnes() {
        Map<String, HiddenMuscleComparison.Result> runs = new LinkedHashMap<>();
        runs.put("a", refined("a", 0.1, 0.3, 0.2));
        runs.put("b", refined("b", 0.3, 0.1, 0.2));
        assertEquals(1, RealDataTables.nmmRmseWins(runs));
        assertEquals(1, RealDataTables.nmmRmseWins(runs, HiddenMuscleComparison.NMM_NO_REFINEMENT));
        String table = RealDataTables.gait(runs);
        assertTrue(table.contains("| a | 0.1000 | 0.500 | 0.3000 | 0.750 | 0.2000 | 0.250 | NMM | k 10.0 (20.0) |"),
                table);
        // means: refined (0.1 + 0.3)/2 = 0.2, unrefined (0.3 + 0.1)/2 = 0.2, MSE 0.2; r 0.5 > 0.25 twice
        assertTrue(table.contains("| mean | 0.2000 | | 0.2000 | | 0.2000 | | NMM on 1 of 2 (r higher on 2 of 2); "
                + "without refinement NMM on 1 of 2 |"), table);
        Map<String, HiddenMuscleComparison.Result> arm = new LinkedHashMap<>();
        arm.put("whole", result("TRImed", 0.04, 0.08));
        arm.put("split", refined("TRImed", 0.2, 0.25, 0.26));
        String arm26 = RealDataTables.arm26(arm);
        assertTrue(arm26.contains("| whole | TRImed | 0.0400 | 0.500 | – (not refined) | – (not refined) | 0.0800 "
                + "| – (constant) | k 10.0 |"), arm26);
        assertTrue(arm26.contains("| split | TRImed | 0.2000 | 0.500 | 0.2500 | 0.750 | 0.2600 | 0.250 "
                + "| k 10.0 (20.0) |"), arm26);
    }
}
