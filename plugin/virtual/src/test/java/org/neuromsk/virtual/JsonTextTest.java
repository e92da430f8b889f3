package org.neuromsk.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The layout of the virtual subjects' JSON files and their number forms. */
class JsonTextTest {

    @Test
    void writesIndentedMembersAndItems() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("max_isometric_force_N", 1000.5);
        inner.put("measured", true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "neuromsk \"virtual\"");
        m.put("seed", 7L);
        m.put("loads_kg", new double[] {0, 2.5, 1e-7});
        m.put("muscles", List.of("BIClong", "BRA"));
        m.put("BRA", inner);
        m.put("trials", List.of(Map.of("trial", "t01"), Map.of("trial", "t02")));
        m.put("empty", List.of());
        m.put("skipped", null); // null members are left out (the earlier writer refused them)
        // numbers as NumberText.shortest writes them: 0 -> "0", 1e-7 -> "1e-7", 1000.5 -> "1000.5"
        assertEquals("""
                {
                  "generator": "neuromsk \\"virtual\\"",
                  "seed": 7,
                  "loads_kg": [
                    0,
                    2.5,
                    1e-7
                  ],
                  "muscles": [
                    "BIClong",
                    "BRA"
                  ],
                  "BRA": {
                    "max_isometric_force_N": 1000.5,
                    "measured": true
                  },
                  "trials": [
                    {
                      "trial": "t01"
                    },
                    {
                      "trial": "t02"
                    }
                  ],
                  "empty": []
                }
                """, JsonText.of(m));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.of(Map.of("x", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> JsonText.of(new double[] {1, Double.POSITIVE_INFINITY}));
    }
}
