package org.neuromsk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neuromsk.emg.EmgChain;
import org.neuromsk.emg.EmgNormalization;
import org.neuromsk.emg.EmgReader;
import org.neuromsk.emg.EmgSignals;
import org.neuromsk.emg.EmgStage;
import org.neuromsk.emg.EmgWriter;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.StorageReader;
import org.neuromsk.signal.EdgeHandling;
import org.neuromsk.signal.Interpolation;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code neuromsk emg}: EMG processing; {@code neuromsk emg process} turns raw EMG into envelopes. */
@Command(name = "emg", mixinStandardHelpOptions = true,
        description = "EMG processing.",
        subcommands = EmgCommand.Process.class)
final class EmgCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Without a sub-command, print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code neuromsk emg process}: raw EMG → filtered, rectified, smoothed, normalised envelopes (.sto). */
    @Command(name = "process", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Raw EMG to envelopes (.sto). Stages, in this order, each only when its option is "
                    + "given: high-pass, band-pass, full-wave rectification (always), low-pass, critically damped "
                    + "low-pass, moving average; then normalisation, then resampling.",
                "Butterworth stages are zero phase (forward-backward, padded ends): the gain at a cut-off is -6 dB.",
                "OpenSim Moco's example3DWalking EMG: --bandpass 50,500 --bandpass-order 6 --lowpass 7.5 "
                    + "--lowpass-order 4 --critically-damped 15 --critically-damped-order 4 --normalize max"})
    static final class Process implements Callable<Integer> {

        @Option(names = "--in", required = true, paramLabel = "RAW",
                description = "raw EMG: .anc (counts converted to volts, V), .sto/.mot or .csv/.txt (header row: time "
                        + "label and channel names; time in s, samples in the file's unit)")
        private Path in;

        @Option(names = "--channels", split = ",", paramLabel = "NAME",
                description = "channels to process, in this order (default: all; for .anc all analog channels)")
        private List<String> channels = new ArrayList<>();

        @Option(names = "--rename", split = ",", paramLabel = "OLD=NEW",
                description = "rename channels in the output, e.g. SOL=soleus,TA=tibialis_anterior")
        private Map<String, String> renames = new LinkedHashMap<>();

        @Option(names = "--highpass", paramLabel = "HZ", description = "high-pass cut-off (Hz)")
        private Double highpass;

        @Option(names = "--highpass-order", paramLabel = "N", defaultValue = "4",
                description = "Butterworth order of the high-pass (default ${DEFAULT-VALUE})")
        private int highpassOrder;

        @Option(names = "--bandpass", split = ",", paramLabel = "LOW,HIGH", hideParamSyntax = true,
                description = "band-pass cut-offs (Hz), e.g. 50,500")
        private List<Double> bandpass;

        @Option(names = "--bandpass-order", paramLabel = "N", defaultValue = "4",
                description = "Butterworth prototype order of the band-pass, as MATLAB/SciPy butter(N, [low high]) "
                        + "count it: the filter has 2N poles (default ${DEFAULT-VALUE})")
        private int bandpassOrder;

        @Option(names = "--lowpass", paramLabel = "HZ", description = "low-pass cut-off after rectification (Hz)")
        private Double lowpass;

        @Option(names = "--lowpass-order", paramLabel = "N", defaultValue = "4",
                description = "Butterworth order of the low-pass (default ${DEFAULT-VALUE})")
        private int lowpassOrder;

        @Option(names = "--critically-damped", paramLabel = "HZ",
                description = "critically damped low-pass cut-off (Hz), Robertson & Dowling 2003")
        private Double criticallyDamped;

        @Option(names = "--critically-damped-order", paramLabel = "N", defaultValue = "4",
                description = "its order, even: N/2 second-order passes alternating forward and backward "
                        + "(default ${DEFAULT-VALUE}: two passes, zero phase)")
        private int criticallyDampedOrder;

        @Option(names = "--critically-damped-edges", paramLabel = "rest|padded", defaultValue = "rest",
                description = "its passes start from rest (classic implementation, default) or padded like the "
                        + "Butterworth stages")
        private String criticallyDampedEdges;

        @Option(names = "--moving-average", paramLabel = "S",
                description = "centred moving-average window (s), rounded to an odd number of samples")
        private Double movingAverage;

        @Option(names = "--normalize", paramLabel = "max|none|mvc:FILE", defaultValue = "max",
                description = "max: each channel divided by its peak (-); none: keep the raw unit (V or mV); "
                        + "mvc:FILE: divided by the peak envelope of an MVC trial (same formats, channels and "
                        + "chain) (default ${DEFAULT-VALUE})")
        private String normalize;

        @ArgGroup(exclusive = true)
        private Resampling resampling;

        @Option(names = "--interpolation", paramLabel = "linear|cubic", defaultValue = "linear",
                description = "interpolation for resampling (default ${DEFAULT-VALUE})")
        private String interpolation;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "Electromyography",
                description = "table name in the output header (default ${DEFAULT-VALUE})")
        private String name;

        @Option(names = "--out", required = true, paramLabel = "ENV.sto",
                description = "output envelopes: time (s) and one column per channel")
        private Path out;

        @Spec
        private CommandSpec spec;

        /** Where to resample the envelopes. */
        static final class Resampling {
            @Option(names = "--resample-to", paramLabel = "Q.sto",
                    description = "resample onto the times (s) of this table, e.g. the kinematics")
            private Path resampleTo;

            @Option(names = "--rate", paramLabel = "HZ", description = "resample at this rate (Hz)")
            private Double rate;
        }

        @Override
        public Integer call() {
            EmgSignals raw = EmgReader.read(in, channels, renames);
            List<EmgStage> stages = stages();
            EmgChain chain = new EmgChain(stages, normalization(stages));
            EmgSignals result = chain.process(raw);
            if (resampling != null) {
                Interpolation how = interpolation();
                result = resampling.resampleTo != null
                        ? result.resampled(StorageReader.read(resampling.resampleTo).time(), how)
                        : result.resampled(resampling.rate, how);
            }
            EmgWriter.write(result, out, name);
            double[] t = result.time();
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d channels x %d samples, %.4g to %.4g s (%s)%n",
                    out, result.channels().size(), t.length, t[0], t[t.length - 1], chain.describe());
            return 0;
        }

        private List<EmgStage> stages() {
            List<EmgStage> stages = new ArrayList<>();
            if (highpass != null) {
                stages.add(EmgStage.HighPass.of(highpass, highpassOrder));
            }
            if (bandpass != null) {
                if (bandpass.size() != 2) {
                    throw usage("--bandpass needs two cut-offs LOW,HIGH (Hz), got " + bandpass);
                }
                stages.add(EmgStage.BandPass.of(bandpass.get(0), bandpass.get(1), bandpassOrder));
            }
            stages.add(new EmgStage.Rectify());
            if (lowpass != null) {
                stages.add(EmgStage.LowPass.of(lowpass, lowpassOrder));
            }
            if (criticallyDamped != null) {
                EdgeHandling edges = switch (criticallyDampedEdges.toLowerCase(Locale.ROOT)) {
                    case "rest" -> EdgeHandling.AT_REST;
                    case "padded" -> EdgeHandling.PADDED;
                    default -> throw usage("--critically-damped-edges must be rest or padded, got '"
                            + criticallyDampedEdges + "'");
                };
                stages.add(new EmgStage.CriticallyDamped(criticallyDamped, criticallyDampedOrder, edges));
            }
            if (movingAverage != null) {
                stages.add(new EmgStage.MovingAverageWindow(movingAverage));
            }
            return stages;
        }

        private EmgNormalization normalization(List<EmgStage> stages) {
            String mode = normalize.strip();
            if (mode.equalsIgnoreCase("max")) {
                return EmgNormalization.perTrialPeak();
            }
            if (mode.equalsIgnoreCase("none")) {
                return EmgNormalization.none();
            }
            if (mode.regionMatches(true, 0, "mvc:", 0, 4) && mode.length() > 4) {
                Path mvcFile = Path.of(mode.substring(4));
                EmgSignals mvc = EmgReader.read(mvcFile, channels, renames);
                Map<String, Double> peaks = new EmgChain(stages, EmgNormalization.none()).peaks(mvc);
                for (Map.Entry<String, Double> e : peaks.entrySet()) {
                    if (!(e.getValue() > 0)) {
                        throw new NeuroMskException(mvcFile + ": channel '" + e.getKey()
                                + "' has no positive envelope peak to normalise by (" + e.getValue() + ")");
                    }
                }
                return new EmgNormalization.Reference(peaks);
            }
            throw usage("--normalize must be max, none or mvc:FILE, got '" + normalize + "'");
        }

        private Interpolation interpolation() {
            return switch (interpolation.toLowerCase(Locale.ROOT)) {
                case "linear" -> Interpolation.LINEAR;
                case "cubic" -> Interpolation.CUBIC;
                default -> throw usage("--interpolation must be linear or cubic, got '" + interpolation + "'");
            };
        }

        private CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
