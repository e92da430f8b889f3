package org.neuromsk.io.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Number text as OpenSim writes and reads it. */
class XmlNumbersTest {

    @Test
    void infinityAndNanSpellings() {
        for (String s : new String[] {"inf", "Inf", "INF", "infinity", "Infinity", "+inf", " inf "}) {
            assertEquals(Double.POSITIVE_INFINITY, XmlNumbers.parseDouble(s), s);
        }
        for (String s : new String[] {"-inf", "-Inf", "-infinity", "-Infinity"}) {
            assertEquals(Double.NEGATIVE_INFINITY, XmlNumbers.parseDouble(s), s);
        }
        assertTrue(Double.isNaN(XmlNumbers.parseDouble("nan")));
        assertTrue(Double.isNaN(XmlNumbers.parseDouble("NaN")));
    }

    @Test
    void decimalForms() {
        assertEquals(0.5, XmlNumbers.parseDouble(".5"));
        assertEquals(2.0, XmlNumbers.parseDouble("2."));
        assertEquals(1e-7, XmlNumbers.parseDouble("1.0e-7"));
        assertEquals(-2.0000000500175474e-07, XmlNumbers.parseDouble("-2.0000000500175474e-07"));
        assertThrows(IllegalArgumentException.class, () -> XmlNumbers.parseDouble("1d"));
        assertThrows(IllegalArgumentException.class, () -> XmlNumbers.parseDouble("0x10"));
        assertThrows(IllegalArgumentException.class, () -> XmlNumbers.parseDouble(""));
        assertArrayEquals(new double[] {1, -2.5, Double.POSITIVE_INFINITY}, XmlNumbers.parseAll("  1\t-2.5\n inf "));
    }

    @Test
    void formatsAsOpenSimReadsThem() {
        assertEquals("100", XmlNumbers.format(100.0));
        assertEquals("0.02", XmlNumbers.format(0.02));
        assertEquals("1e-5", XmlNumbers.format(1e-5));
        assertEquals("-0", XmlNumbers.format(-0.0));
        assertEquals("Inf", XmlNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", XmlNumbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("NaN", XmlNumbers.format(Double.NaN));
        assertEquals("0.1 -9.80665 0", XmlNumbers.formatAll(0.1, -9.80665, 0));
    }

    @Test
    void everyDoubleReadsBackExactly() {
        Random random = new Random(20240521);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(XmlNumbers.parseDouble(XmlNumbers.format(v))),
                    () -> "round trip of " + v);
        }
        double third = 1.0 / 3;
        assertEquals(third, XmlNumbers.parseDouble(XmlNumbers.format(third)));
    }

    @Test
    void integersAndBooleans() {
        assertEquals(8, XmlNumbers.parseInt(" 8 "));
        assertThrows(IllegalArgumentException.class, () -> XmlNumbers.parseInt("8.0"));
        assertEquals(true, XmlNumbers.parseBoolean(" true "));
        assertEquals(false, XmlNumbers.parseBoolean("FALSE"));
        assertThrows(IllegalArgumentException.class, () -> XmlNumbers.parseBoolean("yes"));
    }
}
