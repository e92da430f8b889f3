package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code nmm-study} end to end on one small subject (2 epochs, 3 refinement epochs, no ablations; about 40 s). */
class NmmStudyCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheStudyTableLastAndWritesTheOutputs() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new NmmStudyCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--subjects", "1", "--seed", "3", "--epochs", "2", "--refine-epochs", "3",
                "--no-ablations", "--out", dir.toString());
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("NMM study: 1 subject(s), 3 held-out trial(s), seed 3"), out.toString());
        assertTrue(lines.get(1).contains("BRA RMSE") && lines.get(1).contains("TRImed r"), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("NMM ")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("NMM without refinement ")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("MSE ")), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("SO ")), out.toString());
        assertTrue(lines.get(lines.size() - 1).startsWith("parameter recovery"), out.toString());
        Path subject = dir.resolve("results").resolve("subject01");
        assertTrue(Files.exists(subject.resolve("personalised_2kg.osim")));
        assertTrue(Files.exists(subject.resolve("2kg_trial03_nmm_envelopes.sto")));
        assertTrue(Files.exists(dir.resolve("results").resolve("study.txt")));
        // the report: targets and tables in Markdown and as a page, figures beside them
        String page = Files.readString(dir.resolve("results").resolve("report.html"));
        assertTrue(page.contains("<title>Neural musculoskeletal model: virtual-subject study</title>"), page);
        assertTrue(page.contains("neuromsk nmm-study --subjects 1 --seed 3"), page);
        assertTrue(page.contains("<td>max isometric force error ≤ 10 % on average</td>"), page);
        assertTrue(page.contains("src=\"report/heatmap-nmm-BRA.png\""), page);
        assertTrue(Files.size(dir.resolve("results").resolve("report").resolve("heatmap-nmm-BRA.png")) > 1000);
        assertTrue(Files.exists(dir.resolve("results").resolve("report.md")));
    }

    @Test
    void badOptionValuesAreRefusedBeforeAnySubjectIsGenerated() {
        for (String[] c : new String[][] {
            {"--subjects", "1", "--epochs", "0", "neuromsk: --epochs must be at least 1, got 0"},
            {"--subjects", "1", "--epochs", "-1", "neuromsk: --epochs must be at least 1, got -1"},
            {"--subjects", "1", "--refine-epochs", "-2", "neuromsk: --refine-epochs must be at least 0, got -2"},
            {"--subjects", "1", "--threads", "0", "neuromsk: --threads must be at least 1, got 0"},
            {"--subjects", "1", "--co-contraction", "common",
                "neuromsk: --co-contraction must be shared or per-muscle, got 'common'"},
            // used to run out of memory drawing the subjects (stack trace, no exit code of ours)
            {"--subjects", "2147483647", "--epochs", "1", "neuromsk: --subjects must be 1 to 999, got 2147483647"}}) {
            StringWriter err = new StringWriter();
            Path out = dir.resolve("study");
            int code = NeuroMsk.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "nmm-study", c[0], c[1],
                    c[2], c[3], "--seed", "1", "--out", out.toString());
            assertEquals(1, code, err.toString());
            assertEquals(c[4], err.toString().strip());
            assertTrue(!Files.exists(out), c[2] + " " + c[3] + ": nothing may be written");
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedBeforeAnySubjectIsGenerated() throws Exception {
        // used to print "generating 1 virtual subject(s)" and start before failing on the folder
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        Path under = file.resolve("study");
        StringWriter err = new StringWriter();
        int code = NeuroMsk.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "nmm-study",
                "--subjects", "1", "--seed", "1", "--out", under.toString());
        assertEquals(1, code, err.toString());
        assertEquals("neuromsk: " + under + ": cannot write: " + file + " is a file, not a folder", err.toString().strip());
        assertEquals("not a folder", Files.readString(file));
    }
}
