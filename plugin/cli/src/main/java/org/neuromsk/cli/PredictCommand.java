package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.TorqueSource;
import org.neuromsk.estimator.gait.GaitEmgModel;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk predict MODEL_DIR --coordinates Q.sto --out EMG.sto}: EMG estimated from a motion. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Estimates EMG from coordinates with a model folder written by 'neuromsk train'. The output "
                + "has one column per muscle (OpenSim names), on the coordinates' time base.")
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "the model folder")
    private Path model;

    @Option(names = "--coordinates", required = true, paramLabel = "Q.sto",
            description = "coordinates (.sto/.mot; degrees or radians as the header says)")
    private Path coordinates;

    @Option(names = "--torques", paramLabel = "ID.sto",
            description = "joint moments, for models that take them as inputs (others ignore them)")
    private Path torques;

    @Option(names = "--out", required = true, paramLabel = "EMG.sto", description = "estimated EMG")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (GaitEmgModel m = GaitEmgModel.load(model)) {
            boolean needsTorques = !m.info().settings().torqueInputs().isEmpty();
            if (needsTorques && torques == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "this model takes joint moments "
                        + m.info().settings().torqueInputs() + " as inputs: give --torques");
            }
            GaitTrialReader reader = GaitTrialReader.kinematics(coordinates).emg(null);
            if (needsTorques) {
                reader.torques(TorqueSource.file(torques));
            }
            GaitTrial trial = reader.read();
            Storage table = m.predictTable(trial);
            StorageWriter.write(table, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d muscles x %d frames (%s, %s)%n", out,
                    table.columnCount(), table.rowCount(), m.info().type().jsonName(), m.info().outputUnit());
        }
        return 0;
    }
}
