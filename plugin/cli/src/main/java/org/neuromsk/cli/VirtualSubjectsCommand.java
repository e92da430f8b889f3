package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.neuromsk.virtual.GenerationReport;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk virtual-subjects}: virtual subjects on the NeuroMSK elbow model, with trials whose
 * kinematics, inverse dynamics, excitations and EMG envelopes agree.
 */
@Command(name = "virtual-subjects", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates virtual subjects on the NeuroMSK elbow model (models-osim/elbow.osim): per subject, "
                + "perturbed muscle parameters, co-contraction, EMG scales and lead; per subject and load, elbow "
                + "flexion-extension trials simulated forward from known excitations.",
            "Writes per subject and load: nominal_model.osim (estimator input), true_model.osim and "
                + "true_parameters.json (truth), and per trial coordinates (deg), inverse dynamics and EMG "
                + "envelopes of the surface muscles (inputs; BRA and TRImed are deep: no envelopes) and excitations, "
                + "activations, states and muscle forces (truth); OUT/virtual_subjects.json lists every trial's "
                + "checks.",
            "The same --seed gives identical files; another seed gives other subjects."})
final class VirtualSubjectsCommand implements Callable<Integer> {

    @Option(names = "--subjects", required = true, paramLabel = "N", description = "number of subjects")
    private int subjects;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "random seed")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    private Path out;

    @Option(names = "--loads", split = ",", paramLabel = "KG", description = "hand-held loads (kg), default 0,2,4; each finite, >= 0 and at most what the model's flexors "
                    + "can hold (about 30 kg for the bundled model; docs/virtual-subjects.md)")
    private List<Double> loads = new ArrayList<>(List.of(0.0, 2.0, 4.0));

    @Option(names = "--trials", paramLabel = "N", defaultValue = "3",
            description = "trials per subject and load (default ${DEFAULT-VALUE})")
    private int trials;

    @Option(names = "--model", paramLabel = "M.osim",
            description = "elbow model to perturb (default: the bundled models-osim/elbow.osim); it must have "
                    + "r_elbow_flex, a 'load' body and the Thelen2003Muscles BIClong, BICshort, BRA, BRD, TRIlong, "
                    + "TRIlat, TRImed")
    private Path model;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: available processors); the files do not depend on it")
    private Integer threads;

    @Mixin
    private CoContractionOption coContraction;

    @Option(names = "--no-verify", description = "skip the forward replay of every trial from its written files")
    private boolean noVerify;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorSettings settings = GeneratorSettings.defaults(subjects, seed).withLoads(loads)
                .withTrialsPerLoad(trials).withVerify(!noVerify)
                .withCoContraction(coContraction.mode());
        if (model != null) {
            settings = settings.withBaseModel(model);
        }
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        GenerationReport report = VirtualSubjects.generate(settings, out, line -> {
            synchronized (stdout) {
                stdout.println(line);
                stdout.flush();
            }
        });
        report.summaryLines().forEach(stdout::println);
        stdout.println("wrote " + out.resolve("virtual_subjects.json"));
        return 0;
    }
}
