package org.neuromsk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @Test
    void shortestUsesPlainNotationForOrdinaryMagnitudes() {
        assertEquals("0.0005", NumberText.shortest(0.0005));
        assertEquals("2000", NumberText.shortest(2000.0));
        assertEquals("-13.05452443", NumberText.shortest(-13.05452443));
        // arm26_elbow_flex.trc prints this time as 0.9916666669999999; the same double needs only 9 digits
        assertEquals("0.991666667", NumberText.shortest(0.9916666669999999));
        assertEquals("0", NumberText.shortest(0.0));
        assertEquals("-0", NumberText.shortest(-0.0));
        assertEquals("0.00001", NumberText.shortest(1e-5));
        assertEquals("1000000000000000", NumberText.shortest(1e15));
    }

    @Test
    void shortestUsesScientificNotationForTinyAndHugeValues() {
        assertEquals("1.547843304e-17", NumberText.shortest(1.547843304e-17));
        assertEquals("-2.673990357e-19", NumberText.shortest(-2.673990357e-19));
        assertEquals("1e16", NumberText.shortest(1e16));
        assertEquals("9.9e-6", NumberText.shortest(9.9e-6));
        assertEquals("4.9e-324", NumberText.shortest(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e308", NumberText.shortest(Double.MAX_VALUE));
    }

    @Test
    void shortestReadsBackExactlyForRandomDoubles() {
        Random random = new Random(20240501L);
        int checked = 0;
        while (checked < 200_000) {
            double v = checked % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 6);
            if (!Double.isFinite(v)) {
                continue;
            }
            String text = NumberText.shortest(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(NumberText.parse(text)), text);
            checked++;
        }
    }

    @Test
    void shortestRefusesNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> NumberText.shortest(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NumberText.shortest(Double.NEGATIVE_INFINITY));
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfToEvenLikePrintf() {
        // 1/120 = 0.0083333333...: the 9th decimal is 3, so 8 decimals round down
        assertEquals("0.00833333", NumberText.fixed(1.0 / 120, 8));
        // 0.125 and 0.375 are exact binary ties: printf("%.2f") gives 0.12 and 0.38 (round half to even)
        assertEquals("0.12", NumberText.fixed(0.125, 2));
        assertEquals("0.38", NumberText.fixed(0.375, 2));
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875, so it rounds down
        assertEquals("2.67", NumberText.fixed(2.675, 2));
        assertEquals("2", NumberText.fixed(2.5, 0));
        assertEquals("-0.00", NumberText.fixed(-0.001, 2));
        assertEquals("0.00000000", NumberText.fixed(1e-17, 8));
        assertEquals("90.17066638", NumberText.fixed(90.17066638, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", ".5", "-1e-3", "+2E+2", "0", "-0.00000020", "1.547843304e-17", "17"})
    void parseAcceptsCDecimals(String text) {
        assertEquals(Double.parseDouble(text), NumberText.parse(text));
        assertTrue(NumberText.isNumber(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1e", "0x10", "1d", "1f", "1,5", "--1", "1.2.3", "e5", ".", "Infinit"})
    void parseRejectsTextThatIsNotANumber(String text) {
        assertThrows(NumberFormatException.class, () -> NumberText.parse(text));
        assertFalse(NumberText.isNumber(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nan", "NaN", "-nan", "-nan(ind)", "nan(0x8000)", "1.#QNAN", "-1.#IND", "1.#SNAN"})
    void parseReadsNotANumberSpellingsAsNaN(String text) {
        assertTrue(Double.isNaN(NumberText.parse(text)));
    }

    @Test
    void parseReadsInfinitySpellingsWithTheirSign() {
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("inf"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-INF"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("1.#INF"));
        assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-1.#INF"));
    }

    @Test
    void significantRoundsTheShortestTextToPlainDigits() {
        // 0.007 − 0.005 is 0.0020000000000000005 in doubles; 6 significant digits: 0.00200000 → "0.002"
        assertEquals("0.002", NumberText.significant(0.007 - 0.005, 6));
        assertEquals("0.0005", NumberText.significant(5.000000000000004e-4, 6));
        assertEquals("2.5", NumberText.significant(2.5, 6));
        assertEquals("1234570", NumberText.significant(1234567.0, 6)); // half-up at the 7th digit, no exponent
        assertEquals("100", NumberText.significant(100.0, 6));
        assertEquals("NaN", NumberText.significant(Double.NaN, 6));
        assertEquals("-Infinity", NumberText.significant(Double.NEGATIVE_INFINITY, 6));
    }
}
