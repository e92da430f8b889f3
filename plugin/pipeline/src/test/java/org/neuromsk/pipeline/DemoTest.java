package org.neuromsk.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.LinearControl;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.pipeline.forward.ForwardOutcome;

class DemoTest {

    @Test
    void demoRunsEndToEndAndItsControlsReplayBitForBit(@TempDir Path dir) throws IOException {
        PipelineResult r = Demo.run(new Demo.Options(3, 3, dir), PipelineProgress.silent());
        for (String f : List.of("report.html", "manifest.json", "summary.txt", "controls.sto", "controls.xml",
                "excitations_intervals.sto", "forward_states.sto", "forward_model.osim")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(html.contains("Uncertainty calibration"));
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"sha256\""));
        Storage intervals = StorageReader.read(dir.resolve("excitations_intervals.sto"));
        assertTrue(intervals.hasColumn("BIClong_lower") && intervals.hasColumn("TRImed_upper"));
        double coverage = r.coverage().get("all");
        assertTrue(coverage >= 0 && coverage <= 1);

        // the controls as written, read back from the XML and from the table, drive the same simulation
        var doc = OpenSimXml.readModel(dir.resolve(Pipeline.FORWARD_MODEL));
        Storage motion = StorageReader.read(r.spec().motion());
        PipelineSpec shortRun = r.spec();
        ForwardOutcome fromSto = Pipeline.simulate(shortRun, doc, motion,
                ControlSignals.read(dir.resolve(Pipeline.CONTROLS_STO)), List.of(), PipelineProgress.silent());
        ForwardOutcome fromXml = Pipeline.simulate(shortRun, OpenSimXml.readModel(dir.resolve(Pipeline.FORWARD_MODEL)),
                motion, ControlSignals.read(dir.resolve(Pipeline.CONTROLS_XML)), List.of(), PipelineProgress.silent());
        Storage a = fromSto.states().orElseThrow();
        Storage b = fromXml.states().orElseThrow();
        assertArrayEquals(a.time(), b.time());
        for (int c = 0; c < a.columnCount(); c++) {
            assertArrayEquals(a.column(c), b.column(c), "bit-for-bit: " + a.labels().get(c));
        }
        // and the pipeline's own run equals them
        Storage written = r.forward().orElseThrow().states().orElseThrow();
        assertArrayEquals(written.column(0), a.column(0));
    }

    @Test
    void aFallingModelIsReportedNotThrown(@TempDir Path dir) throws IOException {
        Path motion = dir.resolve("hold.mot");
        // 1.5 s hold at 90° (a 2 kg load would need about 10 N·m there); with every muscle at its minimum
        // excitation nothing holds the forearm and gravity swings it down by far more than 60°.
        StringBuilder s = new StringBuilder("hold\nversion=1\nnRows=151\nnColumns=2\ninDegrees=yes\nendheader\n"
                + "time\tr_elbow_flex\n");
        for (int k = 0; k <= 150; k++) {
            s.append(k * 0.01).append("\t90\n");
        }
        Files.writeString(motion, s);
        PipelineSpec spec = new PipelineSpec(PipelineFileTest.ELBOW, motion, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                PipelineSpec.EstimatorSettings.defaults(), "embedded", PipelineSpec.ForwardSettings.defaults(),
                dir.resolve("out"));
        var doc = OpenSimXml.readModel(PipelineFileTest.ELBOW);
        List<LinearControl> zero = new ArrayList<>();
        for (String m : List.of("BIClong", "BICshort", "BRA", "BRD", "TRIlong", "TRIlat", "TRImed")) {
            zero.add(new LinearControl(m, new double[] {0, 1.5}, new double[] {0.01, 0.01}, false, true));
        }
        ForwardOutcome o = Pipeline.simulate(spec, doc, StorageReader.read(motion), new ControlSignals("zero", zero),
                List.of(), PipelineProgress.silent());
        assertFalse(o.completed());
        assertTrue(o.cause().orElseThrow().contains("left the input motion"), o.cause().toString());
        assertTrue(o.timeReached() > 0 && o.timeReached() < 1.5, "time " + o.timeReached());
        assertEquals(Map.of(), Map.of());
    }
}
