package org.neuromsk.virtual;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.neuromsk.emg.EmgSignals;
import org.neuromsk.engine.analysis.ActuatorLoader;
import org.neuromsk.engine.analysis.AnalyzeStates;
import org.neuromsk.engine.analysis.StaticOptimization;
import org.neuromsk.engine.simulation.ControlSignals;
import org.neuromsk.engine.simulation.ForwardRun;
import org.neuromsk.engine.simulation.ForwardSimulation;
import org.neuromsk.engine.tool.InverseDynamicsTool;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.signal.ButterworthFilter;
import org.neuromsk.signal.EdgeHandling;

/**
 * The consistency measures of a trial: the forward replay of its excitations, inverse dynamics of its
 * kinematics against the muscles' torque, the envelopes against the excitations, and the distance of
 * its activations from static optimisation's.
 */
public final class TrialChecks {

    /**
     * How far static optimisation's activations are from the trial's.
     *
     * @param rmsDifference RMS over muscles and samples of true minus SO activation (-)
     * @param perMuscleRms per muscle in {@link ElbowMuscles#ALL} order, RMS of true minus SO activation (-)
     * @param antagonistTrue mean true activation of the antagonists (the group opposing the net muscle
     *     torque at each sample) (-)
     * @param antagonistSo the same for static optimisation's activations (-)
     * @param unsolvedFrames frames where static optimisation found no exact solution
     */
    public record SoComparison(double rmsDifference, double[] perMuscleRms, double antagonistTrue,
            double antagonistSo, int unsolvedFrames) {
    }

    /**
     * Inverse dynamics against the torque the muscles produced.
     *
     * @param rmsError RMS of ID torque minus Σ moment arm × tendon force (N·m)
     * @param maxError largest |difference| (N·m)
     * @param peakTorque largest |ID torque| (N·m)
     */
    public record TorqueAgreement(double rmsError, double maxError, double peakTorque) {

        /** @return RMS error relative to the peak torque (-) */
        public double relativeRms() {
            return rmsError / peakTorque;
        }
    }

    /**
     * How well the envelopes carry the excitations: per surface muscle, s_m·envelope(t) against
     * u_m(t + d) low-passed like the envelope (6 Hz, Butterworth order 4, zero phase).
     *
     * @param minCorrelation smallest correlation over the surface muscles (-)
     * @param maxRelativeRms largest RMS difference relative to the mean smoothed excitation (-)
     */
    public record EnvelopeAgreement(double minCorrelation, double maxRelativeRms) {
    }

    private TrialChecks() {
    }

    /**
     * @param subject the subject (EMG scales and lead)
     * @param trial the simulated trial
     * @param envelopes its envelopes, at its sample times
     * @return the agreement
     */
    public static EnvelopeAgreement envelopeAgreement(SubjectTruth subject, SimulatedTrial trial,
            EmgSignals envelopes) {
        double minR = 1;
        double maxRms = 0;
        double rate = (trial.sampleCount() - 1) / (trial.time()[trial.sampleCount() - 1] - trial.time()[0]);
        for (String name : envelopes.channels()) {
            int m = ElbowMuscles.ALL.indexOf(name);
            double scale = subject.muscle(name).emgScale();
            double[] e = envelopes.channel(name);
            double[] shifted = new double[e.length];
            for (int k = 0; k < e.length; k++) {
                shifted[k] = SyntheticEmg.excitationAt(trial.time(), trial.excitation()[m],
                        trial.time()[k] + subject.emgDelay());
                e[k] *= scale;
            }
            double[] smooth = ButterworthFilter.lowPass(4, rate, SyntheticEmg.ENVELOPE_CUTOFF)
                    .zeroPhase(shifted, EdgeHandling.PADDED);
            PearsonsCorrelation pearson = new PearsonsCorrelation();
            minR = Math.min(minR, pearson.correlation(e, smooth));
            double sum = 0;
            double mean = 0;
            for (int k = 0; k < e.length; k++) {
                sum += (e[k] - smooth[k]) * (e[k] - smooth[k]);
                mean += smooth[k];
            }
            maxRms = Math.max(maxRms, Math.sqrt(sum / e.length) / (mean / e.length));
        }
        return new EnvelopeAgreement(minR, maxRms);
    }

    /**
     * @param model the subject's model
     * @param coordinates the trial's coordinates
     * @return OpenSim's inverse dynamics of them (embedded InverseDynamicsTool, unfiltered, muscles
     *     excluded as {@code forces_to_exclude = Muscles} does)
     */
    public static Storage inverseDynamics(SubjectModel model, Storage coordinates) {
        return new InverseDynamicsTool(model.model()).run(coordinates, null, List.of(),
                new InverseDynamicsTool.Settings(-1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                        List.of("Muscles")),
                ignored -> { });
    }

    /**
     * @param trial the simulated trial
     * @param inverseDynamics its inverse dynamics, one row per sample
     * @return the agreement of the ID torque with Σ moment arm × tendon force
     */
    public static TorqueAgreement torqueAgreement(SimulatedTrial trial, Storage inverseDynamics) {
        double[] id = inverseDynamics.column(ElbowMuscles.COORDINATE + "_moment");
        if (id.length != trial.sampleCount()) {
            throw new NeuroMskException("inverse dynamics has " + id.length + " rows, the trial "
                    + trial.sampleCount());
        }
        double sum = 0;
        double max = 0;
        double peak = 0;
        for (int k = 0; k < id.length; k++) {
            double d = id[k] - trial.muscleTorque()[k];
            sum += d * d;
            max = Math.max(max, Math.abs(d));
            peak = Math.max(peak, Math.abs(id[k]));
        }
        return new TorqueAgreement(Math.sqrt(sum / id.length), max, peak);
    }

    /**
     * Static optimisation (exponent 2, muscle physiology on, every frame, unfiltered coordinates) of the
     * trial's motion on the subject's true model, compared with the true activations.
     *
     * @param model the subject's model
     * @param trial the simulated trial
     * @param coordinates its coordinates
     * @return the comparison
     */
    public static SoComparison staticOptimization(SubjectModel model, SimulatedTrial trial, Storage coordinates) {
        Consumer<String> quiet = ignored -> { };
        AnalyzeStates states = AnalyzeStates.fromCoordinates(model.model(), coordinates, null, -1, quiet);
        StaticOptimization so = new StaticOptimization(model.model(),
                ActuatorLoader.load(model.document().root(), model.model()), List.of());
        double[] time = trial.time();
        StaticOptimization.Result r = so.run(states,
                new StaticOptimization.Settings(2, true, 1, time[0], time[time.length - 1]), quiet);
        Storage a = r.activations();
        if (a.rowCount() != trial.sampleCount()) {
            throw new NeuroMskException("static optimisation gave " + a.rowCount() + " rows for " + trial.sampleCount()
                    + " samples");
        }
        int n = ElbowMuscles.ALL.size();
        double[][] soActivation = new double[n][];
        for (int m = 0; m < n; m++) {
            soActivation[m] = a.column(ElbowMuscles.ALL.get(m));
        }
        double total = 0;
        double[] perMuscle = new double[n];
        double antagonistTrue = 0;
        double antagonistSo = 0;
        int antagonistCount = 0;
        for (int k = 0; k < trial.sampleCount(); k++) {
            boolean flexing = trial.muscleTorque()[k] >= 0;
            for (int m = 0; m < n; m++) {
                double d = trial.activation()[m][k] - soActivation[m][k];
                perMuscle[m] += d * d;
                total += d * d;
                if (ElbowMuscles.isFlexor(ElbowMuscles.ALL.get(m)) != flexing) {
                    antagonistTrue += trial.activation()[m][k];
                    antagonistSo += soActivation[m][k];
                    antagonistCount++;
                }
            }
        }
        for (int m = 0; m < n; m++) {
            perMuscle[m] = Math.sqrt(perMuscle[m] / trial.sampleCount());
        }
        return new SoComparison(Math.sqrt(total / (n * trial.sampleCount())), perMuscle,
                antagonistTrue / antagonistCount, antagonistSo / antagonistCount, r.unsolvedFrames());
    }

    /**
     * Replays a trial as OpenSim's ForwardTool would: one forward simulation from the first row of the
     * states table, under the excitations table, without re-equilibrating the fibres.
     *
     * @param model the subject's model
     * @param excitations the excitations table (one column per muscle)
     * @param states the states table (its first row is the initial state)
     * @param coordinates the trial's coordinates (degrees)
     * @param settings integrator settings
     * @return the largest |replayed − given| elbow angle over the samples (deg)
     */
    public static double replayError(SubjectModel model, Storage excitations, Storage states, Storage coordinates,
            ForwardSimulation.Settings settings) {
        double start = coordinates.time(0);
        double end = coordinates.endTime();
        ForwardRun run = new ForwardRun(model.forward(),
                List.of(ControlSignals.fromStorage("excitations", excitations)), Optional.of(states), List.of(), start,
                end, false, settings);
        Storage replay = run.run(ignored -> { }, ignored -> { }).states();
        String prefix = "/jointset/" + model.model().multibody().mobilizedBodyOfCoordinate(0).joint().name() + "/"
                + ElbowMuscles.COORDINATE;
        double[] t = replay.time();
        double[] q = replay.column(prefix + "/value");
        double[] u = replay.column(prefix + "/speed");
        double[] given = coordinates.column(ElbowMuscles.COORDINATE);
        double max = 0;
        int j = 0;
        for (int k = 0; k < coordinates.rowCount(); k++) {
            double tk = coordinates.time(k);
            while (j < t.length - 2 && t[j + 1] < tk) {
                j++;
            }
            double angle = Math.toDegrees(hermite(t[j], q[j], u[j], t[j + 1], q[j + 1], u[j + 1], tk));
            double degrees = coordinates.inDegrees() ? given[k] : Math.toDegrees(given[k]);
            max = Math.max(max, Math.abs(angle - degrees));
        }
        return max;
    }

    /** Cubic Hermite interpolation of a value with known derivatives at both ends. */
    static double hermite(double t0, double y0, double d0, double t1, double y1, double d1, double t) {
        double h = t1 - t0;
        double s = (t - t0) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y0 + (s3 - 2 * s2 + s) * h * d0 + (-2 * s3 + 3 * s2) * y1 + (s3 - s2) * h * d1;
    }
}
