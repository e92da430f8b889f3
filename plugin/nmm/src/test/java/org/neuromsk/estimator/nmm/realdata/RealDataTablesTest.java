package org.neuromsk.estimator.nmm.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RealDataTablesTest {

    private static HiddenMuscleComparison.Result result(String muscle, double nmm, double mse) {
        return new HiddenMuscleComparison.Result(List.of(new MuscleScore(muscle, HiddenMuscleComparison.NMM, nmm, 0.5),
                new MuscleScore(muscle, HiddenMuscleComparison.MSE, mse, Double.NaN)), Map.of("k", 10.0), 1, 2,
                Map.of());
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
        assertTrue(table.contains("| mean | 0.1500 | | 0.1533 | | NMM on 2 of 3"), table);
        assertTrue(table.contains("| b | 0.3000 | 0.500 | 0.2000 | – (constant) | MSE |"), table);
    }
}
