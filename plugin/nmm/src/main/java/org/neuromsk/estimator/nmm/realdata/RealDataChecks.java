package org.neuromsk.estimator.nmm.realdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.neuromsk.backend.MskModel;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.NmmSettings;
import org.neuromsk.estimator.nmm.baseline.SynergyExtrapolation;

/**
 * The two real-data checks of the NMM against muscle synergy extrapolation.
 *
 * <ul>
 * <li>{@link #arm26}: CMC excitations of TRIlong, TRIlat, BIClong and BICshort taken as measured; BRA
 *     and TRImed reconstructed and compared with CMC's. One trial: either trained and scored on the
 *     whole trial (the hidden muscles are never seen, so this is a reconstruction, not a fit to them)
 *     or trained on the first part and scored on the rest (after test-time refinement on the rest).</li>
 * <li>{@link #gait}: the nine CEINMS envelopes, each held out in turn and reconstructed from the other
 *     eight; trained on a stretch of one speed, scored on a stretch of the other after test-time
 *     refinement on it.</li>
 * </ul>
 */
public final class RealDataChecks {

    private RealDataChecks() {
    }

    /**
     * @param rate frames per second (Hz)
     * @param trainFrom first training time (s)
     * @param trainTo last training time (s)
     * @param testFrom first test time (s)
     * @param testTo last test time (s)
     * @param coordinates coordinates the physics term balances
     * @param settings NMM settings
     * @param synergies MSE settings
     */
    public record Arm26Options(double rate, double trainFrom, double trainTo, double testFrom, double testTo,
            List<String> coordinates, NmmSettings settings, SynergyExtrapolation.Settings synergies) {

        /** Copies the list. */
        public Arm26Options {
            coordinates = List.copyOf(coordinates);
        }

        /**
         * @param epochs training epochs
         * @return 100 Hz, whole trial (0.03–0.99 s) for training and scoring, elbow moment only, windows
         *     of 0.32 s (the trial has 97 frames) every 0.02 s, warm-up 0.06 s, batches of 16 windows,
         *     learning rate 3e−3 (the rate its reported numbers were measured with),
         *     otherwise the NMM's default settings (EMG-to-excitation scales in [0.4, 2], delay 25 ms
         *     in [0, 80 ms]); no envelope low-pass in the data term (the "measured" signals are CMC's
         *     excitations, which no envelope chain filtered)
         */
        public static Arm26Options wholeTrial(int epochs) {
            return new Arm26Options(100, 0.03, 0.99, 0.03, 0.99, List.of(Arm26Cmc.ELBOW), NmmSettings
                    .calibratedDefaults()
                    .with("{\"windowSeconds\": 0.32, \"strideSeconds\": 0.02, \"warmupSeconds\": 0.06,"
                            + " \"batchSize\": 16}")
                    .withMaxEpochs(epochs), SynergyExtrapolation.Settings.defaults());
        }

        /**
         * The "measured" signals are CMC's excitations themselves, not EMG: their scale to excitation
         * is 1 and they lead the excitation by nothing. These bounds say so (scale in [0.95, 1.05],
         * delay 2 ms in [0, 10 ms]; the bounds must strictly contain the start).
         *
         * @return a copy with those bounds
         */
        public Arm26Options withExcitationBounds() {
            return withSettings(settings.with("{\"bounds\": {\"scaleStart\": 1.0, \"scaleLower\": 0.95,"
                    + " \"scaleUpper\": 1.05, \"delayStart\": 0.002, \"delayLower\": 0, \"delayUpper\": 0.01}}"));
        }

        /**
         * @param newSettings NMM settings
         * @return a copy with them
         */
        public Arm26Options withSettings(NmmSettings newSettings) {
            return new Arm26Options(rate, trainFrom, trainTo, testFrom, testTo, coordinates, newSettings, synergies);
        }

        /**
         * @param trainTo end of the training part (s); the test part is the rest
         * @return these options trained on 0.03 s to {@code trainTo}, scored from {@code trainTo} to 0.99 s
         *     after test-time refinement on the test part ({@link #refiningHeldOut})
         */
        public Arm26Options split(double trainTo) {
            return new Arm26Options(rate, 0.03, trainTo, trainTo, 0.99, coordinates, refiningHeldOut(settings),
                    synergies);
        }

        /**
         * @param newCoordinates coordinates to balance
         * @return a copy with them
         */
        public Arm26Options withCoordinates(List<String> newCoordinates) {
            return new Arm26Options(rate, trainFrom, trainTo, testFrom, testTo, newCoordinates, settings, synergies);
        }
    }

    /**
     * @param trainTrial trial to train on ({@code walk36})
     * @param trainFrom first training time (s)
     * @param trainTo last training time (s)
     * @param testTrial trial to score on ({@code walk45})
     * @param testFrom first test time (s)
     * @param testTo last test time (s)
     * @param heldOut the muscles to hold out in turn
     * @param unrecorded further model muscles without EMG, always hidden (so that the moments can be
     *     balanced); not scored
     * @param coordinates coordinates the physics term balances
     * @param settings NMM settings
     * @param synergies MSE settings
     */
    public record GaitOptions(String trainTrial, double trainFrom, double trainTo, String testTrial, double testFrom,
            double testTo, List<String> heldOut, List<String> unrecorded, List<String> coordinates,
            NmmSettings settings, SynergyExtrapolation.Settings synergies) {

        /** Copies the lists. */
        public GaitOptions {
            heldOut = List.copyOf(heldOut);
            unrecorded = List.copyOf(unrecorded);
            coordinates = List.copyOf(coordinates);
        }

        /**
         * @param trainSeconds length of the walk36 training stretch, from 5 s (s)
         * @param testSeconds length of the walk45 test stretch, from 5 s (s)
         * @param epochs training epochs
         * @return all nine muscles held out in turn, hip, knee and ankle balanced, windows of 0.64 s
         *     every 0.16 s, learning rate 3e−3 (the rate its reported numbers were measured with), the
         *     walk45 stretch predicted after test-time refinement on it ({@link #refiningHeldOut}); no
         *     envelope low-pass in the data term (the data's README calls emgFilt.sto "normalised EMG
         *     linear envelopes" without naming the filter)
         */
        public static GaitOptions of(double trainSeconds, double testSeconds, int epochs) {
            return new GaitOptions("walk36", 5, 5 + trainSeconds, "walk45", 5, 5 + testSeconds, CeinmsGait.MUSCLES,
                    List.of(), CeinmsGait.COORDINATES, refiningHeldOut(NmmSettings.calibratedDefaults()
                            .with("{\"strideSeconds\": 0.16}").withMaxEpochs(epochs)),
                    SynergyExtrapolation.Settings.defaults());
        }

        /**
         * @param epochs passes of test-time refinement on the walk45 stretch (0: predicted as trained)
         * @return a copy refining that many epochs (same learning rate)
         */
        public GaitOptions withRefineEpochs(int epochs) {
            return withSettings(settings.with("{\"refineEpochs\": " + epochs + "}"));
        }

        /**
         * @param muscles the muscles to hold out in turn
         * @return a copy holding out only those
         */
        public GaitOptions holdingOut(List<String> muscles) {
            return new GaitOptions(trainTrial, trainFrom, trainTo, testTrial, testFrom, testTo, muscles, unrecorded,
                    coordinates, settings, synergies);
        }

        /**
         * @param muscles unrecorded model muscles to add as always hidden
         * @return a copy with them
         */
        public GaitOptions withUnrecorded(List<String> muscles) {
            return new GaitOptions(trainTrial, trainFrom, trainTo, testTrial, testFrom, testTo, heldOut, muscles,
                    coordinates, settings, synergies);
        }

        /**
         * @param newCoordinates coordinates to balance
         * @return a copy with them
         */
        public GaitOptions withCoordinates(List<String> newCoordinates) {
            return new GaitOptions(trainTrial, trainFrom, trainTo, testTrial, testFrom, testTo, heldOut, unrecorded,
                    newCoordinates, settings, synergies);
        }

        /**
         * @param newSettings NMM settings
         * @return a copy with them
         */
        public GaitOptions withSettings(NmmSettings newSettings) {
            return new GaitOptions(trainTrial, trainFrom, trainTo, testTrial, testFrom, testTo, heldOut, unrecorded,
                    coordinates, newSettings, synergies);
        }
    }

    /**
     * Test-time refinement as the NMM's defaults do it ({@link NmmSettings#defaults()}: 100 epochs at
     * learning rate 2e−3), for the checks that score recordings training did not see. The whole-trial
     * arm26 runs score their training frames and do not refine.
     *
     * @param settings NMM settings
     * @return them with the default refinement
     */
    public static NmmSettings refiningHeldOut(NmmSettings settings) {
        NmmSettings defaults = NmmSettings.defaults();
        return settings.with(String.format(Locale.ROOT, "{\"refineEpochs\": %d, \"refineLearningRate\": %s}",
                defaults.refineEpochs(), Double.toString(defaults.refineLearningRate())));
    }

    /**
     * @param tutorial the folder {@code Tutorials/Computed_Muscle_Control}
     * @param model arm26, opened through the backend
     * @param options what to run
     * @return scores of BRA and TRImed for the NMM and MSE
     */
    public static HiddenMuscleComparison.Result arm26(Path tutorial, MskModel model, Arm26Options options) {
        boolean same = options.trainFrom() == options.testFrom() && options.trainTo() == options.testTo();
        if (same && options.settings().refineEpochs() > 0) {
            throw new NeuroMskException("arm26 check: the run trains and scores the same frames, so nothing is held "
                    + "out to refine on; set refineEpochs to 0");
        }
        Recording train = Arm26Cmc.read(tutorial, options.rate(), options.trainFrom(), options.trainTo(), "train");
        Recording test = same ? train : Arm26Cmc.read(tutorial, options.rate(), options.testFrom(),
                options.testTo(), "test");
        RecordingGeometry trainGeometry = RecordingGeometry.of(train, model, Arm26Cmc.MUSCLES, options.coordinates());
        RecordingGeometry testGeometry = same ? trainGeometry
                : RecordingGeometry.of(test, model, Arm26Cmc.MUSCLES, options.coordinates());
        MultiCoordinateSubject subject = MultiCoordinateSubject.build("arm26-cmc", Arm26Cmc.model(tutorial),
                Arm26Cmc.MEASURED, options.coordinates(), List.of(trainGeometry), List.of(testGeometry));
        return HiddenMuscleComparison.run(subject, options.settings(), options.synergies(),
                HiddenMuscleComparison.Output.EXCITATION);
    }

    /**
     * @param root the folder {@code ceinms-rt-lowerlimb}
     * @param model gait2392, opened through the backend
     * @param options what to run
     * @param log progress lines, or null
     * @return per held-out muscle, its comparison
     */
    public static Map<String, HiddenMuscleComparison.Result> gait(Path root, MskModel model, GaitOptions options,
            Consumer<String> log) {
        Recording train = CeinmsGait.read(root, options.trainTrial(), options.trainFrom(), options.trainTo());
        Recording test = CeinmsGait.read(root, options.testTrial(), options.testFrom(), options.testTo());
        List<String> muscles = new ArrayList<>(CeinmsGait.MUSCLES);
        muscles.addAll(options.unrecorded());
        RecordingGeometry trainGeometry = RecordingGeometry.of(train, model, muscles, options.coordinates());
        RecordingGeometry testGeometry = RecordingGeometry.of(test, model, muscles, options.coordinates());
        Map<String, HiddenMuscleComparison.Result> out = new LinkedHashMap<>();
        for (String muscle : options.heldOut()) {
            if (!CeinmsGait.MUSCLES.contains(muscle)) {
                throw new NeuroMskException("gait check: '" + muscle + "' is not one of the measured muscles "
                        + CeinmsGait.MUSCLES);
            }
            List<String> measured = new ArrayList<>(CeinmsGait.MUSCLES);
            measured.remove(muscle);
            MultiCoordinateSubject subject = MultiCoordinateSubject.build("ceinms-without-" + muscle,
                    CeinmsGait.model(root), measured, options.coordinates(), List.of(trainGeometry),
                    List.of(testGeometry));
            HiddenMuscleComparison.Result r = HiddenMuscleComparison.run(subject, options.settings(),
                    options.synergies(), HiddenMuscleComparison.Output.ENVELOPE);
            out.put(muscle, r);
            if (log != null) {
                MuscleScore nmm = r.score(muscle, HiddenMuscleComparison.NMM);
                MuscleScore mse = r.score(muscle, HiddenMuscleComparison.MSE);
                String unrefined = "";
                if (r.refined()) {
                    MuscleScore plain = r.score(muscle, HiddenMuscleComparison.NMM_NO_REFINEMENT);
                    unrefined = String.format(Locale.ROOT, " (without refinement RMSE %.4f r %.3f)", plain.rmse(),
                            plain.r());
                }
                log.accept(String.format(Locale.ROOT, "  %s held out: NMM RMSE %.4f r %.3f%s | MSE RMSE %.4f r %.3f"
                        + " (training %.1f s, refinement %.1f s)", muscle, nmm.rmse(), nmm.r(), unrefined, mse.rmse(),
                        mse.r(), r.trainingSeconds(), r.refineSeconds()));
            }
        }
        return out;
    }
}
