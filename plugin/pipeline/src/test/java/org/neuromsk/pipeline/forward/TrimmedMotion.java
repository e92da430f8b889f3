package org.neuromsk.pipeline.forward;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the start of a tab-separated OpenSim table (.sto/.mot), header kept and its row count corrected. */
final class TrimmedMotion {

    private TrimmedMotion() {
    }

    /**
     * @param source the table
     * @param end the last time kept (s), within 1e-9
     * @param target the file written
     * @throws IOException if either file cannot be read or written
     */
    static void write(Path source, double end, Path target) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int header = lines.indexOf(lines.stream().filter(l -> l.strip().equals("endheader")).findFirst()
                .orElseThrow());
        List<String> rows = new ArrayList<>();
        for (String row : lines.subList(header + 2, lines.size())) {
            if (!row.isBlank() && Double.parseDouble(row.strip().split("\\s+", 2)[0]) <= end + 1e-9) {
                rows.add(row);
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(0, header + 2)) {
            out.add(l.startsWith("nRows") ? "nRows=" + rows.size() : l);
        }
        out.addAll(rows);
        Files.write(target, out);
    }
}
