package org.neuromsk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.neuromsk.backend.Availability;
import org.neuromsk.backend.BackendProvider;
import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.backend.Capability;
import org.neuromsk.backend.ForwardRequest;
import org.neuromsk.backend.ForwardResult;
import org.neuromsk.backend.InverseDynamicsRequest;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleGeometry;
import org.neuromsk.backend.MuscleGeometryRequest;
import org.neuromsk.backend.TimeRange;
import org.neuromsk.backend.tool.MuscleAnalysisOutput;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.opensim.OpenSimBackendProvider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code neuromsk compare-backends}: the same computations with OpenSim and with the embedded engine,
 * and the differences per column.
 */
@Command(name = "compare-backends", mixinStandardHelpOptions = true,
        description = {"Run inverse dynamics, muscle analysis and (optionally) a forward simulation with OpenSim and "
                + "with the embedded engine; write both results and differences.csv (RMS and max per column).",
            "Needs OpenSim (--opensim-home, OPENSIM_HOME, or on the class and library path)."})
final class CompareBackendsCommand implements Callable<Integer> {

    /** Name of the table of differences in the output folder. */
    static final String DIFFERENCES = "differences.csv";

    @Option(names = "--model", required = true, paramLabel = "M.osim", description = "the OpenSim model")
    private Path model;

    @Option(names = "--coordinates", required = true, paramLabel = "Q.mot", description = "coordinate values over time")
    private Path coordinates;

    @Option(names = "--external-loads", paramLabel = "X.xml", description = "ExternalLoads file for inverse dynamics")
    private Path externalLoads;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder: <backend>/ results and " + DIFFERENCES)
    private Path out;

    @Option(names = "--forward-controls", paramLabel = "C.xml",
            description = "controls (ControlSet .xml or .sto) for a forward simulation from the motion's first time")
    private Path forwardControls;

    @Option(names = "--end", paramLabel = "T", description = "end of the forward simulation (s); needs --forward-controls")
    private Double end;

    @Option(names = "--opensim-home", paramLabel = "DIR",
            description = "OpenSim install folder (default: OPENSIM_HOME, else the class and library path)")
    private Path opensimHome;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if ((forwardControls == null) != (end == null)) {
            throw new NeuroMskException("--forward-controls and --end go together");
        }
        PrintWriter err = spec.commandLine().getErr();
        BackendRegistry registry = BackendOption.registry(opensimHome);
        MskBackend opensim = openSim(registry);
        MskBackend embedded = registry.choose("embedded").create();
        for (MskBackend b : List.of(opensim, embedded)) {
            err.println("neuromsk: backend " + b.name() + " (" + b.version() + ")");
        }
        err.flush();
        Storage motion = StorageReader.read(coordinates);
        Map<String, Storage> reference = run(opensim, motion, err);
        Map<String, Storage> other = run(embedded, motion, err);
        List<TableDifference> differences = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        for (Map.Entry<String, Storage> e : reference.entrySet()) {
            Storage o = other.get(e.getKey());
            if (o == null) {
                notCompared.add(e.getKey());
            } else {
                differences.addAll(TableDifference.compare(e.getKey(), e.getValue(), o));
            }
        }
        Path csv = out.resolve(DIFFERENCES);
        writeCsv(csv, differences, notCompared);
        report(spec.commandLine().getOut(), differences, notCompared, embedded.name(), csv);
        return 0;
    }

    private static MskBackend openSim(BackendRegistry registry) {
        BackendProvider p = registry.provider(OpenSimBackendProvider.NAME).orElseThrow(() ->
                new BackendUnavailableException("compare-backends needs OpenSim, but the opensim backend is not "
                        + "installed with this neuromsk"));
        Availability a = p.availability();
        if (!a.available()) {
            throw new BackendUnavailableException("compare-backends needs OpenSim: " + a.detail());
        }
        return p.create();
    }

    /** @return the backend's tables by quantity name, also written under {@code out/<backend>/} */
    private Map<String, Storage> run(MskBackend backend, Storage motion, PrintWriter err) {
        Map<String, Storage> tables = new LinkedHashMap<>();
        Path folder = out.resolve(backend.name());
        Consumer<String> warnings = m -> {
            err.println("neuromsk: warning: " + backend.name() + ": " + m);
            err.flush();
        };
        try (MskModel m = backend.loadModel(model, warnings)) {
            if (backend.hasCapability(Capability.INVERSE_DYNAMICS)) {
                Storage id = m.inverseDynamics(new InverseDynamicsRequest(motion, coordinates,
                        Optional.ofNullable(externalLoads), -1, TimeRange.ALL, List.of("Muscles")));
                StorageWriter.write(id, folder.resolve("inverse_dynamics.sto"));
                tables.put("inverse dynamics", id);
            }
            if (backend.hasCapability(Capability.MUSCLE_GEOMETRY)) {
                MuscleGeometry g = m.muscleGeometry(new MuscleGeometryRequest(motion, coordinates, -1, TimeRange.ALL));
                MuscleAnalysisOutput.write(g, folder, m.name() + "_MuscleAnalysis_", List.of());
                tables.put("muscle-tendon length", g.lengths());
                tables.put("lengthening speed", g.lengtheningSpeeds());
                g.momentArms().keySet().stream().sorted()
                        .forEach(c -> tables.put("moment arm about " + c, g.momentArms().get(c)));
            }
            if (forwardControls != null) {
                if (backend.hasCapability(Capability.FORWARD_SIMULATION)) {
                    ForwardResult f = m.forward(new ForwardRequest(forwardControls, Optional.empty(),
                            Optional.ofNullable(externalLoads), motion.startTime(), end, 1e-5, true));
                    StorageWriter.write(f.states(), folder.resolve("forward_states.sto"));
                    StorageWriter.write(f.controls(), folder.resolve("forward_controls.sto"));
                    tables.put("forward states", f.states());
                } else {
                    warnings.accept("cannot run forward simulations yet; not compared");
                }
            }
        }
        return tables;
    }

    private static void writeCsv(Path csv, List<TableDifference> differences, List<String> notCompared) {
        AtomicFiles.writeText(csv, w -> {
            w.write("quantity,column,rows,rms,max,peak_opensim\n");
            for (TableDifference d : differences) {
                w.write(String.format(Locale.ROOT, "%s,%s,%d,%.6g,%.6g,%.6g%n", d.quantity(), d.column(), d.rows(),
                        d.rms(), d.max(), d.peak()));
            }
            for (String q : notCompared) {
                w.write(q + ",,0,,,\n");
            }
        });
    }

    private static void report(PrintWriter out, List<TableDifference> differences, List<String> notCompared,
            String other, Path csv) {
        Map<String, TableDifference> worst = new LinkedHashMap<>();
        for (TableDifference d : differences) {
            worst.merge(d.quantity(), d, (a, b) -> b.rms() > a.rms() ? b : a);
        }
        out.printf("%-32s %-28s %12s %12s%n", "quantity (" + other + " - opensim)", "worst column", "RMS", "max");
        for (TableDifference d : worst.values()) {
            out.printf(Locale.ROOT, "%-32s %-28s %12.4g %12.4g%n", d.quantity(), d.column(), d.rms(), d.max());
        }
        for (String q : notCompared) {
            out.printf("%-32s not compared: %s cannot compute it%n", q, other);
        }
        out.printf("wrote %s: %d columns compared%n", csv, differences.size());
        out.flush();
    }
}
