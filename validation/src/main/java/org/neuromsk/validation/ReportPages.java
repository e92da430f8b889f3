package org.neuromsk.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.neuromsk.io.report.MarkdownPage;

/**
 * Renders every Markdown report of a folder as an HTML page beside it ({@code NAME.md} →
 * {@code NAME.html}), so that {@code scripts/validate}'s index links pages a browser shows with their
 * tables and figures: {@code java … org.neuromsk.validation.ReportPages [FOLDER (validation/reports)]}.
 */
public final class ReportPages {

    private ReportPages() {
    }

    /**
     * @param folder a reports folder
     * @return the pages written, in file-name order
     * @throws IOException if the folder cannot be listed
     */
    public static List<Path> write(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).sorted()
                    .map(MarkdownPage::writeBeside).toList();
        }
    }

    /**
     * @param args [reports folder]
     * @throws IOException if the folder cannot be listed
     */
    public static void main(String[] args) throws IOException {
        for (Path page : write(Path.of(args.length > 0 ? args[0] : "validation/reports"))) {
            System.out.println("wrote " + page);
        }
    }
}
