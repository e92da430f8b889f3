package org.neuromsk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DataCellTest {

    private static final Path FILE = Path.of("walk.sto");

    @Test
    void parsesFiniteNumbers() {
        assertEquals(-0.25, DataCell.finite(FILE, 8, "knee", "-2.5e-1"), 0);
        assertEquals(3.0, DataCell.finite(FILE, 8, "knee", 1, "3"), 0);
    }

    @Test
    void namesColumnCellFileAndLine() {
        FileFormatException text = assertThrows(FileFormatException.class,
                () -> DataCell.finite(FILE, 8, "knee", 1, "abc"));
        assertEquals("walk.sto:8: column 'knee' (column 2): \"abc\" is not a number", text.getMessage());
        FileFormatException nan = assertThrows(FileFormatException.class,
                () -> DataCell.finite(FILE, 9, "hip", "NaN"));
        assertEquals("walk.sto:9: column 'hip': \"NaN\" is not a finite number (NaN and infinity are not allowed)",
                nan.getMessage());
    }

    @Test
    void shortensLongCellsToFortyCharacters() {
        String forty = "x".repeat(40);
        assertEquals(forty, DataCell.shortened(forty));
        // 41 characters: the first 37 and "..." (40 in all)
        assertEquals("x".repeat(37) + "...", DataCell.shortened(forty + "y"));
    }
}
