package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.estimator.gait.ParkReproduction;
import org.neuromsk.estimator.gait.ParkReproduction.Reproduction;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.report.GaitEmgReport;
import org.neuromsk.report.Table1;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk gait-emg}: Park &amp; Park's experiment on two trial folders; the Table-1 layout is
 * printed last.
 */
@Command(name = "gait-emg", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the baseline, torque-based and improved (context) gait EMG estimators on one trial "
                + "folder and evaluates them on another (ensemble R², Park & Park's Table 1). Each folder holds "
                + "ik.sto (coordinates), emgFilt.sto (EMG envelopes), id.sto (joint moments, used as given) and "
                + "optionally XLD.mot (ground reaction forces, for heel strikes). The torque-based and improved "
                + "models first choose among a few candidate settings by cross-validation over blocks of consecutive "
                + "strides of the training folder; the "
                + "test folder is used for the final numbers only.",
            "Writes gait-emg.md and PNG plots to --out and prints the table (muscle, baseline, torque-based, "
                + "improved) as its last lines."})
final class GaitEmgCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "DIR", description = "training trial folder")
    private Path train;

    @Option(names = "--test", required = true, paramLabel = "DIR", description = "test trial folder")
    private Path test;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of every training (default ${DEFAULT-VALUE}); the same seed gives the same numbers")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "gait-emg-report",
            description = "report folder (default ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "muscle mapping (JSON or two columns: our name, OpenSim name); default: TA=tib_ant_r, "
                    + "GM=med_gas_r, VL=vas_lat_r, RF=rect_fem_r, BF=bifemlh_r, ST=semimem_r, SOL=soleus_r")
    private Path mapping;

    @Option(names = "--progress", description = "show a progress bar per training on standard error")
    private boolean progress;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MuscleMapping muscles = mapping == null ? MuscleMapping.parkAndParkTable1() : MuscleMapping.read(mapping);
        AtomicFiles.checkWritableFolder(out); // before the minutes of training, not after them
        Reproduction result = new ParkReproduction(muscles, seed).quiet(!progress).log(StatusLog.to(err))
                .run(train, test);
        Path report = out.resolve("gait-emg.md");
        GaitEmgReport.write(List.of(result), report, out, "");
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + report + " and " + result.mapping().size() + " plots in " + out);
        o.println("Ensemble R² on " + result.testTrial() + " (trained on " + result.trainTrial() + ", seed " + seed + "):");
        for (String line : Table1.text(result)) {
            o.println(line);
        }
        o.flush();
        return 0;
    }
}
