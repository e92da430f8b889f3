package org.neuromsk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPagesTest {

    @Test
    void everyMarkdownReportGetsItsPageAndLinksBetweenReportsFollow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nmm.md"), "# NMM\n\nSee [the real-data checks](nmm-real.md).\n");
        Files.writeString(dir.resolve("nmm-real.md"), "# Real data\n\n| muscle | RMSE |\n| --- | ---: |\n| BRA | 0.118 |\n");
        Files.writeString(dir.resolve("junit.log"), "not a report");
        Files.createDirectory(dir.resolve("folder.md"));
        List<Path> pages = ReportPages.write(dir);
        assertEquals(List.of(dir.resolve("nmm-real.html"), dir.resolve("nmm.html")), pages);
        assertTrue(Files.readString(dir.resolve("nmm.html")).contains("<a href=\"nmm-real.html\">"));
        assertTrue(Files.readString(dir.resolve("nmm-real.html")).contains("<td>BRA</td>"));
    }
}
