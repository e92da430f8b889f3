package org.neuromsk.backend.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.xml.OpenSimXml;

/** ForwardTool setups with unusable times are refused where they are read, naming the setup's line. */
class ForwardSetupTest {

    @TempDir
    Path dir;

    /** A ForwardTool setup with the given final time on line 6. */
    private Path setup(String finalTime) throws IOException {
        Files.writeString(dir.resolve("arm.osim"), "<OpenSimDocument/>");
        Files.writeString(dir.resolve("controls.xml"), "<OpenSimDocument/>");
        return Files.writeString(dir.resolve("setup_forward.xml"), """
                <?xml version="1.0" encoding="UTF-8" ?>
                <OpenSimDocument Version="40000">
                	<ForwardTool name="arm">
                		<model_file>arm.osim</model_file>
                		<initial_time>0</initial_time>
                		<final_time>%s</final_time>
                		<ControllerSet name="Controllers"><objects>
                			<ControlSetController name=""><controls_file>controls.xml</controls_file></ControlSetController>
                		</objects></ControllerSet>
                	</ForwardTool>
                </OpenSimDocument>
                """.formatted(finalTime));
    }

    private ForwardSetup read(Path file) {
        return ForwardSetup.read(OpenSimXml.readTool(file, ForwardTool.class), Optional.empty(), w -> { });
    }

    @Test
    void acceptsAFiniteIncreasingTimeRange() throws IOException {
        ForwardSetup s = read(setup("0.5"));
        assertEquals(0.0, s.start());
        assertEquals(0.5, s.end());
    }

    @Test
    void refusesAFinalTimeThatIsNotANumberOrComesBeforeTheInitialTime() throws IOException {
        for (String bad : new String[] {"NaN", "-1", "Infinity"}) {
            Path file = setup(bad);
            FileFormatException e = assertThrows(FileFormatException.class, () -> read(file), bad);
            assertTrue(e.getMessage().startsWith(file + ":6: <final_time> must be a finite time (s) not before "
                    + "<initial_time> 0.0 s, found " + Double.parseDouble(bad)), e.getMessage());
        }
    }
}
