package org.neuromsk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void deepCopySharesNoColumn() {
        double[][] source = {{1, 2}, {3}};
        double[][] copy = Columns.deepCopy(source);
        assertNotSame(source[0], copy[0]);
        source[0][0] = 9;
        assertArrayEquals(new double[] {1, 2}, copy[0]);
        assertArrayEquals(new double[] {3}, copy[1]);
    }

    @Test
    void rowsBecomeColumns() {
        List<double[]> rows = List.of(new double[] {0.0, 1, 2}, new double[] {0.5, 3, 4});
        assertArrayEquals(new double[] {0.0, 0.5}, Columns.column(rows, 0));
        double[][] data = Columns.columns(rows, 1, 2);
        assertArrayEquals(new double[] {1, 3}, data[0]);
        assertArrayEquals(new double[] {2, 4}, data[1]);
        assertEquals(0, Columns.columns(rows, 1, 0).length);
    }

    @Test
    void firstUnorderedTimeFindsTheFirstBadRow() {
        assertEquals(-1, Columns.firstUnorderedTime(new double[] {0, 0.1, 0.2}));
        assertEquals(-1, Columns.firstUnorderedTime(new double[0]));
        assertEquals(2, Columns.firstUnorderedTime(new double[] {0, 0.1, 0.1, 0.0}));
        assertEquals(0, Columns.firstUnorderedTime(new double[] {Double.NaN, 1}));
        assertEquals(1, Columns.firstUnorderedTime(new double[] {0, Double.POSITIVE_INFINITY}));
    }

    @Test
    void timeOrderNamesThePreviousLine() {
        TimeOrder order = new TimeOrder(Path.of("walk.sto"));
        order.accept(7, "0.0", 0.0);
        order.accept(9, "0.01", 0.01);
        FileFormatException e = assertThrows(FileFormatException.class, () -> order.accept(10, "0.010", 0.01));
        assertEquals(10, e.line());
        assertTrue(e.getMessage().contains("time 0.010 does not increase (previous time 0.01 on line 9)"),
                e.getMessage());
    }
}
