package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.neuromsk.estimator.gait.GaitEmgExperiment;
import org.neuromsk.estimator.gait.GaitEmgModel;
import org.neuromsk.estimator.gait.MemberSummary;
import org.neuromsk.estimator.nmm.NmmExperiment;
import org.neuromsk.estimator.nmm.NmmStudy;
import org.neuromsk.estimator.nmm.StudyResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk train EXPERIMENT.json}: trains an estimator and writes its model folder. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Trains the estimator an experiment file describes and writes its model folder.",
            "Experiment (JSON; paths relative to it): {\"type\": \"gait-emg-baseline\" | \"gait-emg-torque\" | "
                + "\"gait-emg-context\", \"train\": [trial folders], \"mapping\": FILE (optional), \"muscles\": "
                + "[names] (optional), \"seed\": N, \"model\": {hyper-parameters, optional}}",
            "NMM experiment: {\"type\": \"nmm\", \"subjects\": [virtual-subject folders], \"seed\": N, "
                + "\"ablations\": true|false, \"baselines\": true|false, \"model\": {NMM settings, optional}} "
                + "(docs/nmm.md); writes DIR/<subject>/nmm-model, the personalised .osim files, the held-out "
                + "trials' envelopes and moments, and DIR/study.txt."})
final class TrainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT.json", description = "the experiment file")
    private Path experiment;

    @Option(names = "--out", paramLabel = "DIR",
            description = "model folder (default: the experiment's name without .json, plus -model, beside it)")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "overrides the experiment's seed")
    private Long seed;

    @Option(names = "--progress", description = "show a progress bar per training on standard error")
    private boolean progress;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (NmmExperiment.handles(experiment)) {
            return trainNmm(err);
        }
        GaitEmgExperiment e = GaitEmgExperiment.read(experiment);
        if (seed != null) {
            e = new GaitEmgExperiment(e.file(), e.type(), e.train(), e.mapping(), e.settings().withSeed(seed));
        }
        Path target = out != null ? out : defaultOut(experiment);
        GaitEmgModel.checkTarget(target); // before training, not after it
        long began = System.nanoTime();
        try (GaitEmgModel model = e.run(!progress, StatusLog.to(err))) {
            model.save(target);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "trained %s on %s: %d muscles, %,d parameters per network, %d member(s), %.1f s%n",
                    e.type().jsonName(), String.join(", ", model.info().trainingTrials()), model.info().muscles().size(),
                    model.parameterCount(), model.members().size(), (System.nanoTime() - began) / 1e9);
            for (int i = 0; i < model.info().members().size(); i++) {
                MemberSummary m = model.info().members().get(i);
                o.printf(Locale.ROOT, "member %d: seed %d, %d epochs, best %d, validation loss %.5f%n", i + 1, m.seed(),
                        m.epochs(), m.bestEpoch(), m.bestValidationLoss());
            }
            o.println("wrote " + target);
            o.flush();
        }
        return 0;
    }

    private int trainNmm(PrintWriter err) {
        NmmExperiment e = NmmExperiment.read(experiment);
        if (seed != null) {
            NmmStudy.Options o = e.options();
            e = new NmmExperiment(e.file(), e.subjects(), new NmmStudy.Options(o.settings().withSeed(seed),
                    o.synergies().withSeed(seed), o.ablations(), o.baselines(), o.frameRate(), o.backend()));
        }
        Path target = out != null ? out : defaultOut(experiment);
        NmmExperiment.checkTarget(target); // before training, not after it
        StudyResult result = e.run(target, StatusLog.to(err));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "trained the NMM on %d subject(s) (seed %d), mean %.1f s per subject%n",
                e.subjects().size(), result.seed(), result.meanTrainingSeconds());
        o.print(result.table());
        o.println("wrote " + target);
        o.flush();
        return 0;
    }

    static Path defaultOut(Path experiment) {
        String name = experiment.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path parent = experiment.toAbsolutePath().getParent();
        return parent.resolve(stem + "-model");
    }
}
