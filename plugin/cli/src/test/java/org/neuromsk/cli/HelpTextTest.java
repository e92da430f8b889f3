package org.neuromsk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Picocli renders a command's description, header and footer through {@link String#format} (option
 * descriptions are printed as written): a bare {@code %} there (as in "% of peak") makes it print a warning
 * and the raw text. Those texts must therefore be valid format strings without arguments.
 */
class HelpTextTest {

    @Test
    void everyHelpTextIsAValidFormatString() {
        List<String> problems = new ArrayList<>();
        List<CommandSpec> specs = new ArrayList<>();
        collect(new CommandLine(new NeuroMsk()), specs);
        for (CommandSpec spec : specs) {
            List<String> texts = new ArrayList<>();
            texts.addAll(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().header()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            for (String text : texts) {
                try {
                    String.format(Locale.ROOT, text);
                } catch (IllegalFormatException e) {
                    problems.add(spec.qualifiedName() + ": " + e.getClass().getSimpleName() + " in '" + text + "'");
                }
            }
        }
        assertTrue(specs.size() > 20, "commands found: " + specs.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void theStudyHelpPrintsPercentOfPeak() {
        CliRun run = CliRun.of("nmm-study", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("RMSE (% of peak)"), run.out());
    }

    private static void collect(CommandLine cl, List<CommandSpec> into) {
        into.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
