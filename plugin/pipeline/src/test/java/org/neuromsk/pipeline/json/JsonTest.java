package org.neuromsk.pipeline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/** Pipeline JSON: the written layout (that of the earlier hand-written writer), plain values read back, errors. */
class JsonTest {

    /** Text in the layout the hand-written writer produced (manifests and calibrations already on disk). */
    private static final String OLD_LAYOUT = """
            {
              "tool": "neuromsk pipeline",
              "ensemble": 10,
              "stiffness": 200,
              "accuracy": 1.0E-5,
              "strengthNoise": 0.15,
              "drift_time_s": null,
              "enabled": true,
              "muscles": [
                "BIClong",
                "TRIlong"
              ],
              "options": {},
              "notes": [],
              "name": "a \\"quoted\\" tab\\t"
            }
            """;

    @Test
    void writesTheEarlierLayout() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "neuromsk pipeline");
        m.put("ensemble", 10);
        m.put("stiffness", 200.0); // whole doubles below 1e15 are written without ".0"
        m.put("accuracy", 1e-5); // others as Double.toString
        m.put("strengthNoise", 0.15);
        m.put("drift_time_s", Double.NaN); // non-finite numbers become null
        m.put("enabled", true);
        m.put("muscles", List.of("BIClong", "TRIlong"));
        m.put("options", Map.of());
        m.put("notes", List.of());
        m.put("name", "a \"quoted\" tab\t");
        assertEquals(OLD_LAYOUT, Json.write(m));
    }

    @Test
    void readsPlainValuesWithEveryNumberADouble() {
        Map<?, ?> m = (Map<?, ?>) Json.parse(OLD_LAYOUT);
        assertEquals(List.of("tool", "ensemble", "stiffness", "accuracy", "strengthNoise", "drift_time_s", "enabled",
                "muscles", "options", "notes", "name"), List.copyOf(m.keySet()), "file order kept");
        assertEquals(10.0, m.get("ensemble"));
        assertEquals(200.0, m.get("stiffness"));
        assertEquals(1e-5, m.get("accuracy"));
        assertEquals(null, m.get("drift_time_s"));
        assertEquals(Boolean.TRUE, m.get("enabled"));
        assertEquals(List.of("BIClong", "TRIlong"), m.get("muscles"));
        assertEquals(Map.of(), m.get("options"));
        assertEquals("a \"quoted\" tab\t", m.get("name"));
        assertEquals(Arrays.asList(1.0, -2.5, 3e300), Json.parse("[1, -2.5, 3e300]"));
    }

    @Test
    void errorsNameLineAndColumn() {
        assertMessage("{\n  \"a\": 1,\n  \"a\": 2\n}", "JSON line 3, column ", "key 'a' appears twice");
        assertMessage("{\"model\": ", "JSON line 1, column ", "unexpected end of text");
        assertMessage("[1, NaN]", "JSON line 1, column 5: ", "not JSON"); // NaN starts in column 5
        assertMessage("[1 2]", "JSON line 1, column ", "expected ',' or ']'");
        assertMessage("{} x", "JSON line 1, column ", "not JSON");
        assertMessage("  ", "JSON", "unexpected end of text");
    }

    private static void assertMessage(String text, String start, String part) {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> Json.parse(text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
