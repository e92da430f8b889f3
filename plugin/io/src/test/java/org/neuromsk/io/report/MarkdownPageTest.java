package org.neuromsk.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.error.NeuroMskException;

class MarkdownPageTest {

    private static final String REPORT = """
            # Gait EMG <reproduction> & more

            Trained on walk36, see [the IMU report](imu-emg.md#results) and [OpenSim](https://opensim.stanford.edu/x.md).

            | muscle | R² |
            | --- | ---: |
            | TA | 0.877 |

            ![TA ensemble average](gait-emg/TA.png)

            <details><summary>blocks</summary>

            kept as written

            </details>
            """;

    @Test
    void tablesFiguresTitleAndLinksBecomeHtml() {
        String html = MarkdownPage.html(REPORT);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<title>Gait EMG &lt;reproduction&gt; &amp; more</title>"), html);
        assertTrue(html.contains("<td>TA</td>"), html);
        assertTrue(html.contains("<td align=\"right\">0.877</td>"), html);
        assertTrue(html.contains("<img src=\"gait-emg/TA.png\" alt=\"TA ensemble average\" />"), html);
        assertTrue(html.contains("href=\"imu-emg.html#results\""), html);
        assertTrue(html.contains("href=\"https://opensim.stanford.edu/x.md\""), html);
        assertTrue(html.contains("<details><summary>blocks</summary>"), html);
        assertFalse(html.contains("| --- |"), html);
    }

    @Test
    void onlyRelativeMarkdownLinksPointToPages() {
        assertEquals("nmm.html", MarkdownPage.htmlDestination("nmm.md"));
        assertEquals("../reports/nmm.html#targets", MarkdownPage.htmlDestination("../reports/nmm.md#targets"));
        assertEquals("https://host/nmm.md", MarkdownPage.htmlDestination("https://host/nmm.md"));
        assertEquals("/abs/nmm.md", MarkdownPage.htmlDestination("/abs/nmm.md"));
        assertEquals("nmm.mdx", MarkdownPage.htmlDestination("nmm.mdx"));
        assertEquals("#nmm.md", MarkdownPage.htmlDestination("#nmm.md"));
    }

    @Test
    void pageIsWrittenBesideTheReport(@TempDir Path dir) throws IOException {
        Path md = Files.writeString(dir.resolve("gait-emg.md"), REPORT);
        Path page = MarkdownPage.writeBeside(md);
        assertEquals(dir.resolve("gait-emg.html"), page);
        assertEquals(MarkdownPage.html(REPORT), Files.readString(page));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void missingOrMisnamedReportIsOneLine(@TempDir Path dir) throws IOException {
        NeuroMskException e = assertThrows(NeuroMskException.class,
                () -> MarkdownPage.writeBeside(dir.resolve("none.md")));
        assertEquals(dir.resolve("none.md") + ": file not found", e.getMessage());
        Path text = Files.writeString(dir.resolve("study.txt"), "x");
        e = assertThrows(NeuroMskException.class, () -> MarkdownPage.writeBeside(text));
        assertEquals(text + ": not a Markdown report (expected a name ending in .md)", e.getMessage());
    }
}
