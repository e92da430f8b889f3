package org.neuromsk.estimator.nmm.realdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.estimator.nmm.SubjectData;
import org.neuromsk.estimator.nmm.TrialData;
import org.neuromsk.signal.FiniteDifference;

/**
 * A real-data subject for the NMM core, whose trials balance one coordinate each: every recording
 * becomes one {@link TrialData} per coordinate (named {@code recording@coordinate}) with the same
 * network inputs (the kinematic coordinate's angle, speed and acceleration, no load, the measured
 * signals) but that coordinate's moment arms and inverse-dynamics moment. Training on all copies
 * gives the data term plus the mean of the coordinates' physics terms, each relative to its own
 * peak; the network's excitations do not depend on which copy it sees.
 *
 * @param subject the subject for {@code NmmFit} and {@code SynergyExtrapolation}
 * @param coordinates the balanced coordinates
 * @param testRecordings the test recordings (their signals hold the hidden muscles' truth)
 * @param testCopies per test recording name, its trial per coordinate (in {@code coordinates} order)
 */
public record MultiCoordinateSubject(SubjectData subject, List<String> coordinates, List<Recording> testRecordings,
        Map<String, List<TrialData>> testCopies) {

    /** Freezes the collections. */
    public MultiCoordinateSubject {
        coordinates = List.copyOf(coordinates);
        testRecordings = List.copyOf(testRecordings);
        testCopies = Map.copyOf(testCopies);
    }

    /**
     * @param id subject name
     * @param model the generic model file (its Thelen muscles are the NMM's starting values)
     * @param measured the muscles whose signals the NMM sees; the others are hidden
     * @param coordinates the coordinates whose moments the physics term balances
     * @param training recordings to train on
     * @param test recordings to evaluate on (may be the training ones)
     * @return the subject
     */
    public static MultiCoordinateSubject build(String id, Path model, List<String> measured,
            List<String> coordinates, List<RecordingGeometry> training, List<RecordingGeometry> test) {
        if (training.isEmpty() || coordinates.isEmpty()) {
            throw new NeuroMskException("subject " + id + ": needs training recordings and coordinates");
        }
        List<String> muscles = training.get(0).muscles();
        List<TrialData> trainingTrials = new ArrayList<>();
        for (RecordingGeometry g : training) {
            trainingTrials.addAll(copies(g, muscles, measured, coordinates));
        }
        List<TrialData> testTrials = new ArrayList<>();
        Map<String, List<TrialData>> byRecording = new LinkedHashMap<>();
        for (RecordingGeometry g : test) {
            List<TrialData> c = copies(g, muscles, measured, coordinates);
            testTrials.addAll(c);
            byRecording.put(g.recording().name(), c);
        }
        String kinematic = training.get(0).recording().kinematicCoordinate();
        SubjectData subject = new SubjectData(id, model, kinematic, muscles, measured, trainingTrials, testTrials,
                null);
        return new MultiCoordinateSubject(subject, coordinates, test.stream().map(RecordingGeometry::recording).toList(),
                byRecording);
    }

    private static List<TrialData> copies(RecordingGeometry g, List<String> muscles, List<String> measured,
            List<String> coordinates) {
        if (!g.muscles().equals(muscles)) {
            throw new NeuroMskException("recording " + g.recording().name() + ": muscles " + g.muscles()
                    + " differ from " + muscles);
        }
        Recording r = g.recording();
        double[] time = r.time();
        double step = (time[time.length - 1] - time[0]) / (time.length - 1);
        double[] speed = FiniteDifference.derivative(r.angle(), step);
        double[] acceleration = FiniteDifference.derivative(speed, step);
        double[][] envelopes = new double[muscles.size()][];
        for (int i = 0; i < muscles.size(); i++) {
            if (measured.contains(muscles.get(i))) {
                envelopes[i] = r.signal(muscles.get(i));
            }
        }
        List<TrialData> out = new ArrayList<>();
        for (String c : coordinates) {
            out.add(new TrialData(r.name() + "@" + c, 0.0, time, r.angle(), speed, acceleration, r.moment(c),
                    envelopes, g.lengths(), g.lengtheningSpeeds(), g.momentArms(c), null, null, null));
        }
        return out;
    }

}
