package org.neuromsk.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neuromsk.error.NeuroMskException;

/**
 * Reads the lines of a text data file. Lines may end in LF, CRLF or CR. The text is decoded as UTF-8;
 * a file that is not valid UTF-8 (older tools write Latin-1 header text, e.g. a degree sign) is
 * decoded as ISO-8859-1 instead, so every byte is kept.
 */
public final class TextFile {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFile() {
    }

    /**
     * @param file the file to read
     * @return its lines without line terminators; index 0 is line 1
     * @throws NeuroMskException if the file is missing or unreadable
     */
    public static List<String> readLines(Path file) {
        List<String> lines;
        try {
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (CharacterCodingException notUtf8) {
                lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            }
        } catch (NoSuchFileException e) {
            throw new NeuroMskException(file + ": cannot read: file not found");
        } catch (IOException e) {
            throw new NeuroMskException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).charAt(0) == BYTE_ORDER_MARK) {
            lines = new ArrayList<>(lines);
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /**
     * Splits a line at tabs, keeping empty cells but dropping the empty cells after the last
     * non-empty one (trailing tabs). Cells are trimmed of spaces.
     *
     * @param line one line of text
     * @return its cells
     */
    public static List<String> tabCells(String line) {
        String[] parts = line.split("\t", -1);
        int end = parts.length;
        while (end > 0 && parts[end - 1].isBlank()) {
            end--;
        }
        List<String> cells = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            cells.add(parts[i].strip());
        }
        return cells;
    }

    /**
     * Splits a line at any run of tabs, spaces and commas; empty cells are dropped.
     *
     * @param line one line of text
     * @return its non-empty cells
     */
    public static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                cells.add(line.substring(start, i));
            }
        }
        return cells;
    }

    /**
     * @param text a header key, value or name
     * @return true if it contains a tab, LF or CR, which would split it across cells or lines
     */
    public static boolean hasTabOrLineBreak(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /**
     * @param c a character
     * @return true for the cell separators of {@link #cells(String)}: tab, space, comma
     */
    public static boolean isSeparator(char c) {
        return c == '\t' || c == ' ' || c == ',' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
