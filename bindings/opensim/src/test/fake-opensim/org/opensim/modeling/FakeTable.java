package org.opensim.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Minimal .sto reading and writing for the fake (labels, times, rows). */
final class FakeTable {
    final List<String> labels = new ArrayList<>();
    final List<Double> times = new ArrayList<>();
    final List<double[]> rows = new ArrayList<>();
    boolean inDegrees;

    static FakeTable read(String file) {
        try {
            FakeTable t = new FakeTable();
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            int i = 0;
            while (!lines.get(i).strip().equals("endheader")) {
                if (lines.get(i).strip().equalsIgnoreCase("inDegrees=yes")) {
                    t.inDegrees = true;
                }
                i++;
            }
            i++;
            while (lines.get(i).isBlank()) {
                i++;
            }
            String[] head = lines.get(i++).strip().split("\\s+");
            t.labels.addAll(Arrays.asList(head).subList(1, head.length));
            for (; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] cells = lines.get(i).strip().split("\\s+");
                t.times.add(Double.parseDouble(cells[0]));
                double[] row = new double[cells.length - 1];
                for (int c = 1; c < cells.length; c++) {
                    row[c - 1] = Double.parseDouble(cells[c]);
                }
                t.rows.add(row);
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] column(String label) {
        int c = labels.indexOf(label);
        return c < 0 ? null : rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    void write(String file, String name) {
        StringBuilder b = new StringBuilder();
        b.append(name).append('\n').append("version=1\n").append("nRows=").append(rows.size()).append('\n')
                .append("nColumns=").append(labels.size() + 1).append('\n')
                .append("inDegrees=").append(inDegrees ? "yes" : "no").append('\n').append("endheader\n");
        b.append("time");
        labels.forEach(l -> b.append('\t').append(l));
        b.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            b.append(String.format(Locale.ROOT, "%.17g", times.get(r)));
            for (double v : rows.get(r)) {
                b.append('\t').append(String.format(Locale.ROOT, "%.17g", v));
            }
            b.append('\n');
        }
        try {
            Files.writeString(Path.of(file), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
