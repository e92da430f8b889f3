package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neuromsk.dataset.Columns;
import org.neuromsk.dataset.CycleRules;
import org.neuromsk.dataset.EmgScaling;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.GaitTrialReader;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.Segmentation;
import org.neuromsk.dataset.TimeBase;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.gait.TrialEvaluation;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.report.Table1;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk evaluate}: estimated against measured EMG over the gait cycles of a trial. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares estimated with measured EMG over a trial's gait cycles: ensemble R² (Park & Park's "
                + "Table 1), per-sample R², Pearson r and RMSE per muscle.",
            "Heel strikes come from the vertical ground reaction force (--grf) or else from the knee angle."})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--estimated", required = true, paramLabel = "EMG.sto",
            description = "estimated EMG (e.g. from 'neuromsk predict'), columns named by OpenSim muscle")
    private Path estimated;

    @Option(names = "--trial", paramLabel = "DIR",
            description = "trial folder: --measured DIR/emgFilt.sto, --coordinates DIR/ik.sto, --grf DIR/XLD.mot "
                    + "(when present), unless given")
    private Path trial;

    @Option(names = "--measured", paramLabel = "EMG.sto", description = "measured EMG envelopes")
    private Path measured;

    @Option(names = "--coordinates", paramLabel = "Q.sto", description = "coordinates: the time base, knee angle")
    private Path coordinates;

    @Option(names = "--grf", paramLabel = "GRF.mot", description = "ground reaction forces, for heel strikes")
    private Path grf;

    @Option(names = "--mapping", paramLabel = "FILE", description = "muscle mapping (default: Park & Park's seven)")
    private Path mapping;

    @Option(names = "--scaling", paramLabel = "cycle-range|as-given", defaultValue = "cycle-range",
            description = "how the measured EMG is scaled before the comparison; cycle-range matches the estimators' "
                    + "output (default ${DEFAULT-VALUE})")
    private String scaling;

    @Option(names = "--side", paramLabel = "right|left", defaultValue = "right",
            description = "foot whose heel strikes delimit the cycles (default ${DEFAULT-VALUE})")
    private String side;

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "20",
            description = "vertical force threshold of a heel strike (N, default ${DEFAULT-VALUE})")
    private double threshold;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path q = coordinates != null ? coordinates : trialFile(GaitTrialReader.KINEMATICS, true);
        Path m = measured != null ? measured : trialFile(GaitTrialReader.EMG, true);
        Path forces = grf != null ? grf : trialFile(GaitTrialReader.GROUND_FORCES, false);
        MuscleMapping names = mapping == null ? MuscleMapping.parkAndParkTable1() : MuscleMapping.read(mapping);
        Storage estimates = StorageReader.read(estimated);
        List<String> ours = new ArrayList<>();
        List<String> opensim = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (Columns.find(estimates, names.opensimNames().get(i)) >= 0) {
                ours.add(names.names().get(i));
                opensim.add(names.opensimNames().get(i));
            }
        }
        if (opensim.isEmpty()) {
            throw new FileFormatException(estimated, 0, "no column is a muscle of the mapping ("
                    + String.join(", ", names.opensimNames()) + ")");
        }
        GaitTrial t = GaitTrialReader.kinematics(q).emg(m).groundForces(forces).torques(null).muscles(opensim).read();
        Storage aligned = TimeBase.align(estimates, estimated, t.time(), q);
        double[][] e = new double[opensim.size()][];
        for (int i = 0; i < e.length; i++) {
            e[i] = Columns.require(aligned, estimated, opensim.get(i));
        }
        Segmentation segmentation = new Segmentation(Segmentation.Source.AUTO, side(), threshold,
                CycleRules.walking());
        TrialEvaluation result = TrialEvaluation.of(t, ours, opensim, e, segmentation, EmgScaling.parse(scaling),
                null);
        PrintWriter o = spec.commandLine().getOut();
        o.println(result.cycles().size() + " gait cycles (" + result.cycles().method() + "), "
                + result.cycles().rejected() + " rejected; measured EMG scaled " + scaling);
        for (String line : Table1.metricsText(result.metrics())) {
            o.println(line);
        }
        o.flush();
        return 0;
    }

    private Segmentation.Side side() {
        return switch (side) {
            case "right" -> Segmentation.Side.RIGHT;
            case "left" -> Segmentation.Side.LEFT;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--side must be right or left");
        };
    }

    private Path trialFile(String name, boolean required) {
        if (trial == null) {
            if (required) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --trial DIR, or --measured and "
                        + "--coordinates");
            }
            return null;
        }
        Path p = trial.resolve(name);
        if (!Files.exists(p)) {
            if (required) {
                throw new NeuroMskException(p + ": file not found");
            }
            return null;
        }
        return p;
    }
}
