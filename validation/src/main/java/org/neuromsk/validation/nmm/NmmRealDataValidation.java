package org.neuromsk.validation.nmm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.backend.BackendRegistry;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.realdata.Arm26Cmc;
import org.neuromsk.estimator.nmm.realdata.CeinmsGait;
import org.neuromsk.estimator.nmm.realdata.HiddenMuscleComparison;
import org.neuromsk.estimator.nmm.realdata.RealDataChecks;
import org.neuromsk.estimator.nmm.realdata.RealDataTables;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.SharedData;

/**
 * The NMM's real-data checks (issue 8): the arm26 CMC tutorial with BRA and TRImed hidden, and the
 * CEINMS-RT gait recordings with each of nine measured muscles held out in turn, NMM against muscle
 * synergy extrapolation (MSE). Geometry from the embedded backend.
 *
 * <p>{@code main} runs the report size and writes {@code validation/reports/nmm-real.md}:
 * {@code java … org.neuromsk.validation.nmm.NmmRealDataValidation [REPORT]} (data from
 * {@code -Dneuromsk.data.dir} or {@code NEUROMSK_DATA}).
 */
public final class NmmRealDataValidation {

    /** Tutorial folder inside the shared data. */
    public static final String ARM26 = "opensim-models/Tutorials/Computed_Muscle_Control";
    /** Gait folder inside the shared data. */
    public static final String GAIT = "ceinms-rt-lowerlimb";

    private NmmRealDataValidation() {
    }

    /**
     * @param arm26Epochs NMM epochs on arm26
     * @param arm26Variants whether to run the default-bounds, split and shoulder variants besides the
     *     main arm26 run
     * @param gaitTrainSeconds walk36 training stretch, from 5 s (s)
     * @param gaitTestSeconds walk45 test stretch, from 5 s (s)
     * @param gaitEpochs NMM epochs per held-out muscle
     * @param gaitRefineEpochs epochs of test-time refinement on the walk45 stretch per held-out muscle
     */
    public record Sizes(int arm26Epochs, boolean arm26Variants, double gaitTrainSeconds, double gaitTestSeconds,
            int gaitEpochs, int gaitRefineEpochs) {

        /**
         * @return the CI size: main arm26 run only (150 epochs, nothing held out, so no refinement); gait
         *     4 s training, 3 s test, 8 epochs, 10 refinement epochs (the NMM's 100 would triple the
         *     test's time; 10 cost about what the 8 training epochs do)
         */
        public static Sizes ci() {
            return new Sizes(150, false, 4, 3, 8, 10);
        }

        /**
         * @return the report size: arm26 with variants (300 epochs; the split run refines 100 epochs on its
         *     test part); gait 20 s training, 10 s test, 30 epochs, 100 refinement epochs (the NMM's default)
         */
        public static Sizes report() {
            return new Sizes(300, true, 20, 10, 30, NmmSettings.defaults().refineEpochs());
        }
    }

    /**
     * @param sizes what was run
     * @param arm26 per run name, its comparison ({@link #MAIN_ARM26} is the main one)
     * @param gait per held-out muscle, its comparison
     * @param arm26Seconds wall time of the arm26 part (s)
     * @param gaitSeconds wall time of the gait part (s)
     */
    public record Outcome(Sizes sizes, Map<String, HiddenMuscleComparison.Result> arm26,
            Map<String, HiddenMuscleComparison.Result> gait, double arm26Seconds, double gaitSeconds) {
    }

    /**
     * Name of the main arm26 run: both coordinates balanced, EMG-to-excitation scales near 1 and no
     * delay (the "measured" signals are CMC's excitations); the other runs vary one of these.
     */
    public static final String MAIN_ARM26 = "whole trial, excitation bounds, shoulder + elbow moments";

    /**
     * @param arm26Folder the tutorial folder
     * @param gaitFolder the ceinms-rt-lowerlimb folder
     * @param sizes what to run
     * @param log progress lines
     * @return the results
     */
    public static Outcome run(Path arm26Folder, Path gaitFolder, Sizes sizes, Consumer<String> log) {
        MskBackend backend = BackendRegistry.discover().choose("embedded").create();
        long began = System.nanoTime();
        Map<String, HiddenMuscleComparison.Result> arm26 = new LinkedHashMap<>();
        try (MskModel model = backend.loadModel(Arm26Cmc.model(arm26Folder), w -> { })) {
            RealDataChecks.Arm26Options base = RealDataChecks.Arm26Options.wholeTrial(sizes.arm26Epochs());
            RealDataChecks.Arm26Options elbowOnly = base.withExcitationBounds();
            RealDataChecks.Arm26Options main = elbowOnly.withCoordinates(List.of(Arm26Cmc.SHOULDER, Arm26Cmc.ELBOW));
            Map<String, RealDataChecks.Arm26Options> runs = new LinkedHashMap<>();
            if (sizes.arm26Variants()) {
                runs.put("whole trial, excitation bounds", elbowOnly);
                runs.put("whole trial, NMM default (EMG) bounds", base);
                runs.put("whole trial, excitation bounds, no personalisation",
                        elbowOnly.withSettings(elbowOnly.settings().withoutPersonalisation()));
            }
            runs.put(MAIN_ARM26, main);
            if (sizes.arm26Variants()) {
                runs.put("train 0.03-0.63 s, test 0.63-0.99 s, excitation bounds", elbowOnly.split(0.63));
            }
            for (Map.Entry<String, RealDataChecks.Arm26Options> e : runs.entrySet()) {
                HiddenMuscleComparison.Result r = RealDataChecks.arm26(arm26Folder, model, e.getValue());
                arm26.put(e.getKey(), r);
                log.accept(String.format(Locale.ROOT, "arm26 %s: NMM trained in %.1f s", e.getKey(),
                        r.trainingSeconds()));
            }
        }
        double arm26Seconds = (System.nanoTime() - began) / 1e9;
        began = System.nanoTime();
        Map<String, HiddenMuscleComparison.Result> gait;
        try (MskModel model = backend.loadModel(CeinmsGait.model(gaitFolder), w -> { })) {
            gait = RealDataChecks.gait(gaitFolder, model, RealDataChecks.GaitOptions.of(sizes.gaitTrainSeconds(),
                    sizes.gaitTestSeconds(), sizes.gaitEpochs()).withRefineEpochs(sizes.gaitRefineEpochs()), log);
        }
        return new Outcome(sizes, arm26, gait, arm26Seconds, (System.nanoTime() - began) / 1e9);
    }

    /**
     * @param o the results
     * @param how one line on how and where it was run
     * @param file the Markdown report
     */
    public static void writeReport(Outcome o, String how, Path file) {
        StringBuilder b = new StringBuilder();
        b.append("# NMM real-data checks (issue 8)\n\n").append(how).append("\n\n");
        b.append("NMM: `org.neuromsk.estimator.nmm.realdata` on the NMM core; MSE: NMF synergies of the measured "
                + "signals + NNLS of the hidden muscles' weights to the inverse-dynamics moment(s). Geometry "
                + "(lengths, speeds, moment arms) from the embedded backend on the generic models. Several "
                + "coordinates enter as one trial copy per coordinate (same inputs, that coordinate's moment "
                + "arms and moment).\n\n");
        b.append("## arm26 CMC tutorial (BRA and TRImed hidden)\n\n");
        b.append("Measured: CMC excitations of TRIlong, TRIlat, BIClong, BICshort; reference: CMC's excitations "
                + "of BRA and TRImed (BRA stays at its lower bound 0.02 throughout, so its r is undefined). One "
                + "trial (0.03-0.99 s, 97 frames at 100 Hz): the whole-trial runs train and score on the same "
                + "frames, with the hidden muscles never seen, so nothing is held out and nothing is refined; the "
                + "split run trains on the first 60 % and is scored on the rest after test-time refinement on it ("
                + String.format(Locale.ROOT, "%d epochs at %s, kinematics, measured signals and moments only; "
                        + "\"without refinement\": the same fit as trained). NMM %d epochs, windows 0.32 s. Wall "
                        + "time %.0f s.%n%n", NmmSettings.defaults().refineEpochs(),
                        Double.toString(NmmSettings.defaults().refineLearningRate()), o.sizes().arm26Epochs(),
                        o.arm26Seconds()));
        b.append(RealDataTables.arm26(o.arm26())).append('\n');
        b.append("## CEINMS-RT gait (one muscle held out in turn)\n\n");
        b.append(String.format(Locale.ROOT, "Train: walk36, %.0f s from 5 s; test: walk45, %.0f s from 5 s "
                + "(about %.0f and %.0f strides); NMM %d epochs, windows 0.64 s every 0.16 s; physics against "
                + "hip_flexion_r, knee_angle_r and ankle_angle_r moments of `id.sto` as shipped (not recomputed); "
                + "the network sees the right knee angle (6 Hz) and the eight other envelopes. The held-out "
                + "muscle's NMM series is its undelayed excitation, compared with its normalised envelope. The "
                + "walk45 stretch is predicted after test-time refinement on it (%d epochs at %s, its three "
                + "coordinate copies together, the held-out muscle never read); \"without refinement\": the same "
                + "fit as trained. Wall time %.0f s.%n%n", o.sizes().gaitTrainSeconds(), o.sizes().gaitTestSeconds(),
                o.sizes().gaitTrainSeconds() / 1.13, o.sizes().gaitTestSeconds() / 1.05, o.sizes().gaitEpochs(),
                o.sizes().gaitRefineEpochs(), Double.toString(NmmSettings.defaults().refineLearningRate()),
                o.gaitSeconds()));
        b.append(RealDataTables.gait(o.gait()));
        AtomicFiles.writeText(file, w -> w.write(b.toString()));
    }

    /**
     * @param args [report (validation/reports/nmm-real.md)]
     */
    public static void main(String[] args) {
        Path report = Path.of(args.length > 0 ? args[0] : "validation/reports/nmm-real.md");
        Path data = SharedData.directory();
        long began = System.nanoTime();
        Outcome o = run(data.resolve(ARM26), data.resolve(GAIT), Sizes.report(), System.err::println);
        String how = String.format(Locale.ROOT, "Run by `NmmRealDataValidation.main` (report size) on %d core(s) "
                + "in %.1f min.", Runtime.getRuntime().availableProcessors(), (System.nanoTime() - began) / 60e9);
        writeReport(o, how, report);
        System.out.print(RealDataTables.arm26(o.arm26()));
        System.out.print(RealDataTables.gait(o.gait()));
    }
}
