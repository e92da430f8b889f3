package org.neuromsk.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleInfo;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.pipeline.estimator.Estimators;
import org.neuromsk.pipeline.forward.TrackingGains;
import org.neuromsk.virtual.GeneratorSettings;
import org.neuromsk.virtual.VirtualSubjects;

/**
 * {@code neuromsk demo}: the pipeline with no external data. One virtual subject on the bundled elbow
 * model (fixed seed, one 2 kg trial), the estimator on the subject's nominal model and measured EMG,
 * 90 % intervals from an ensemble and their coverage of the true excitations, the forward simulation
 * driven by the estimated excitations alone (no reserves, no tracking correction), and the report.
 * The NMM is used when an adapter named {@code nmm} is available (the NMM module's
 * {@link org.neuromsk.pipeline.estimator.EstimatorProvider} on the class path); its report then compares
 * the deep muscles' reconstruction with muscle synergy extrapolation. Else static optimisation, which the
 * report says.
 */
public final class Demo {

    /** The virtual subject's hand-held load (kg). */
    static final double LOAD_KG = 2.0;

    /** Demo options. */
    public record Options(long seed, int ensemble, Path output) {
    }

    private Demo() {
    }

    /**
     * @param options seed, ensemble size, output folder
     * @param progress told the stages
     * @return the pipeline result
     */
    public static PipelineResult run(Options options, PipelineProgress progress) {
        Path data = options.output().resolve("virtual_subject");
        progress.stage(0, 6, "virtual subject (elbow model, seed " + options.seed() + ")");
        VirtualSubjects.generate(GeneratorSettings.defaults(1, options.seed()).withLoads(List.of(LOAD_KG))
                .withTrialsPerLoad(1).withVerify(false), data, progress::note);
        Path trial = find(data, "trial01_coordinates.sto");
        Path folder = trial.getParent();
        boolean nmm = Estimators.available().contains("nmm");
        String estimator = nmm ? "nmm" : Estimators.STATIC_OPTIMIZATION;
        Map<String, List<List<String>>> extra = new LinkedHashMap<>();
        if (!nmm) {
            extra.put("Estimator", List.of(List.of("note"), List.of("The NMM estimator is not available in this "
                    + "build; the demo uses static optimisation on the nominal model. Static optimisation leaves the "
                    + "antagonists at their minimum, so it cannot reproduce the subject's co-contraction.")));
        }
        PipelineSpec spec = new PipelineSpec(folder.resolve("nominal_model.osim"), trial, Optional.empty(),
                Optional.of(folder.resolve("trial01_envelopes.sto")), Optional.of(folder.resolve("trial01_excitations.sto")),
                muscles(folder.resolve("nominal_model.osim")),
                new PipelineSpec.EstimatorSettings(estimator, 2, options.ensemble(), 1.0, 0.15, options.seed(),
                        nmm ? Map.of("loadMass", LOAD_KG) : Map.of()),
                "embedded", new PipelineSpec.ForwardSettings(true, false, 1, false, false, TrackingGains.defaults(),
                        TrackingGains.DEFAULT_INTERVAL, 1e-6),
                options.output());
        return Pipeline.run(spec, progress, trueParameters(folder.resolve("true_model.osim")), extra);
    }

    private static List<String> muscles(Path model) {
        try (MskModel m = BackendRegistry.discover().choose("embedded").create().loadModel(model, w -> { })) {
            return m.muscles().stream().map(MuscleInfo::name).toList();
        }
    }

    private static Map<String, MuscleParameters> trueParameters(Path model) {
        Map<String, MuscleParameters> out = new LinkedHashMap<>();
        try (MskModel m = BackendRegistry.discover().choose("embedded").create().loadModel(model, w -> { })) {
            m.muscles().forEach(x -> out.put(x.name(), x.parameters()));
        }
        return out;
    }

    private static Path find(Path root, String name) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).sorted().findFirst()
                    .orElseThrow(() -> new NeuroMskException("the virtual subject has no " + name + " under " + root));
        } catch (IOException e) {
            throw new NeuroMskException("cannot read " + root + ": " + e.getMessage());
        }
    }
}
