package org.neuromsk.io.storage;

/**
 * One line of a Storage header, classified as OpenSim's Storage reader does: the key is the text
 * before the first space, tab or '=', and a few keys are understood whatever the separator
 * ({@code nRows 5}, {@code nRows=5}, SIMM's {@code datarows 5}).
 *
 * @param kind what the line declares
 * @param key the key ("" for text lines)
 * @param value the text after the key and its separators, trimmed
 */
record HeaderLine(Kind kind, String key, String value) {

    /** What a header line declares. */
    enum Kind {
        /** {@code name}: the table name (SIMM headers). */
        NAME,
        /** {@code nRows}, {@code nr}, {@code datarows}: number of data rows. */
        ROWS,
        /** {@code nColumns}, {@code nc}, {@code datacolumns}: number of columns, time included. */
        COLUMNS,
        /** {@code version}: file format version. */
        VERSION,
        /** {@code inDegrees}: yes or no. */
        IN_DEGREES,
        /** {@code DataType}: element type of version-3 files; only double is supported. */
        DATA_TYPE,
        /** {@code OpenSimVersion}: version of the OpenSim that wrote the file. */
        OPENSIM_VERSION,
        /** {@code endheader}: the last header line. */
        END,
        /** {@code key=value} with any other key: kept as metadata. */
        ENTRY,
        /** Anything else: free text, kept as it is. */
        TEXT
    }

    static final String END_HEADER = "endheader";

    /**
     * @param line a header line, already trimmed and not empty
     * @return its classification
     */
    static HeaderLine parse(String line) {
        if (line.equals(END_HEADER)) {
            return new HeaderLine(Kind.END, END_HEADER, "");
        }
        int delimiter = indexOfDelimiter(line);
        String key = delimiter < 0 ? line : line.substring(0, delimiter);
        String value = delimiter < 0 ? "" : stripDelimiters(line.substring(delimiter));
        Kind kind = switch (key) {
            case "name" -> Kind.NAME;
            case "nRows", "nr", "datarows" -> Kind.ROWS;
            case "nColumns", "nc", "datacolumns" -> Kind.COLUMNS;
            case "version" -> Kind.VERSION;
            case "inDegrees" -> Kind.IN_DEGREES;
            case "DataType" -> Kind.DATA_TYPE;
            case "OpenSimVersion" -> Kind.OPENSIM_VERSION;
            default -> null;
        };
        if (kind != null && !(kind == Kind.NAME && value.isEmpty())) {
            return new HeaderLine(kind, key, value);
        }
        if (delimiter > 0 && line.charAt(delimiter) == '=') {
            return new HeaderLine(Kind.ENTRY, key, line.substring(delimiter + 1).strip());
        }
        return new HeaderLine(Kind.TEXT, "", line);
    }

    /**
     * @param key a metadata key
     * @return true if the key can be written as {@code key=value} and read back as an entry
     */
    static boolean isEntryKey(String key) {
        if (key.isEmpty() || indexOfDelimiter(key) >= 0 || key.equals(END_HEADER)) {
            return false;
        }
        return parse(key + "=x").kind() == Kind.ENTRY;
    }

    private static int indexOfDelimiter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '=') {
                return i;
            }
        }
        return -1;
    }

    private static String stripDelimiters(String rest) {
        int i = 0;
        while (i < rest.length() && (rest.charAt(i) == ' ' || rest.charAt(i) == '\t' || rest.charAt(i) == '=')) {
            i++;
        }
        return rest.substring(i).strip();
    }
}
