package org.neuromsk.io.storage;

import static org.neuromsk.io.testing.FileErrors.assertFormatError;
import static org.neuromsk.io.testing.FileErrors.writeLines;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed Storage files: each error names the file and the line. The files are variations of
 * <pre>
 *  1 Coordinates
 *  2 version=1
 *  3 nRows=3
 *  4 nColumns=3
 *  5 inDegrees=no
 *  6 endheader
 *  7 time knee hip
 *  8 0    1 2
 *  9 0.01 3 4
 * 10 0.02 5 6
 * </pre>
 */
class StorageReaderErrorTest {

    @TempDir
    Path dir;

    private Path file(String... lines) {
        return writeLines(dir.resolve("bad.sto"), lines);
    }

    @Test
    void truncatedHeaderWithoutEndheader() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3");
        assertFormatError(() -> StorageReader.read(f), f, 4, "endheader");
    }

    @Test
    void dataRowsBeforeAnyEndheader() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "time\tknee\thip", "0\t1\t2");
        assertFormatError(() -> StorageReader.read(f), f, 6, "endheader");
    }

    @Test
    void emptyFile() {
        Path f = file("");
        assertFormatError(() -> StorageReader.read(f), f, 0, "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"indegrees=yes", "InDegrees=yes", "INDEGREES=no"})
    void inDegreesInAnotherCaseIsRefused(String line) {
        // OpenSim matches the key exactly, so it would read such a file's angles as radians; we stop instead
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", line, "endheader", "time\tknee\thip",
                "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 5, "must be spelt 'inDegrees'");
    }

    @Test
    void noLabelRow() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader");
        assertFormatError(() -> StorageReader.read(f), f, 6, "no row of column labels");
    }

    @Test
    void numbersWhereLabelsShouldBe() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "0\t1\t2");
        assertFormatError(() -> StorageReader.read(f), f, 7, "column labels");
    }

    @Test
    void raggedRow() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 9, "expected 3 values, found 2");
    }

    @Test
    void nonNumericCell() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4x", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 9, "'hip'", "\"4x\"", "not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "-nan(ind)", "1.#QNAN", "inf", "-Infinity"})
    void nonFiniteCell(String cell) {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t" + cell + "\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 8, "'knee'", "\"" + cell + "\"", "finite");
    }

    @Test
    void timeGoingBack() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.005\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 10, "time 0.005", "previous time 0.01", "line 9");
    }

    @Test
    void repeatedTime() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.01\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 10, "does not increase");
    }

    @Test
    void duplicateLabels() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\tknee", "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 7, "duplicate column label 'knee'", "columns 2 and 3");
    }

    @Test
    void rowCountDisagreesWithHeader() {
        Path f = file("Coordinates", "version=1", "nRows=4", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 3, "nRows=4", "3 data rows");
    }

    @Test
    void columnCountDisagreesWithHeader() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=4", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 4, "nColumns=4", "3 columns");
    }

    @Test
    void noDataRows() {
        Path f = file("Coordinates", "version=1", "nRows=0", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip");
        assertFormatError(() -> StorageReader.read(f), f, 7, "no data rows");
    }

    @Test
    void inDegreesNeitherYesNorNo() {
        Path f = file("Coordinates", "version=1", "nRows=3", "nColumns=3", "inDegrees=maybe", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 5, "inDegrees", "\"maybe\"");
    }

    @Test
    void rowCountThatIsNotANumber() {
        Path f = file("Coordinates", "version=1", "nRows=three", "nColumns=3", "inDegrees=no", "endheader",
                "time\tknee\thip", "0\t1\t2", "0.01\t3\t4", "0.02\t5\t6");
        assertFormatError(() -> StorageReader.read(f), f, 3, "nRows", "\"three\"");
    }

    @Test
    void unsupportedDataType() {
        Path f = file("markers", "DataType=Vec3", "version=3", "endheader", "time\tm1", "0\t1,2,3");
        assertFormatError(() -> StorageReader.read(f), f, 2, "DataType=Vec3");
    }
}
