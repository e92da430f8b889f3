package org.neuromsk.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.neuromsk.error.NeuroMskException;

/**
 * Trials divided into training and test trials, by trial, by speed or by subject (any tag), and
 * the cycles of one trial divided into training and validation cycles.
 *
 * @param train training trials
 * @param test test trials
 */
public record TrialSplit(List<GaitTrial> train, List<GaitTrial> test) {

    /** Copies the lists. */
    public TrialSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
        if (train.isEmpty()) {
            throw new NeuroMskException("split leaves no training trial");
        }
    }

    /**
     * @param trials all trials
     * @param key a tag, e.g. {@code trial}, {@code speed} or {@code subject}
     * @param testValues values of that tag held out for testing
     * @return the trials whose tag is in {@code testValues} for testing, the others for training
     */
    public static TrialSplit byTag(List<GaitTrial> trials, String key, Set<String> testValues) {
        List<GaitTrial> train = new ArrayList<>();
        List<GaitTrial> test = new ArrayList<>();
        for (GaitTrial t : trials) {
            (testValues.contains(t.tag(key)) ? test : train).add(t);
        }
        return new TrialSplit(train, test);
    }

    /**
     * @param trials all trials
     * @param testTrials names of the test trials
     * @return the split
     */
    public static TrialSplit byTrial(List<GaitTrial> trials, Set<String> testTrials) {
        return byTag(trials, "trial", testTrials);
    }

    /**
     * @param trials all trials (tagged {@code speed})
     * @param testSpeeds held-out speeds
     * @return the split
     */
    public static TrialSplit bySpeed(List<GaitTrial> trials, Set<String> testSpeeds) {
        return byTag(trials, "speed", testSpeeds);
    }

    /**
     * @param trials all trials (tagged {@code subject})
     * @param testSubjects held-out subjects
     * @return the split
     */
    public static TrialSplit bySubject(List<GaitTrial> trials, Set<String> testSubjects) {
        return byTag(trials, "subject", testSubjects);
    }

    /**
     * Every {@code every}-th cycle, starting at cycle {@code offset}, for validation: spread over the
     * whole trial, so that slow drifts in the recording appear on both sides.
     *
     * @param cycleCount number of cycles
     * @param every take one cycle in this many (≥ 2)
     * @param offset index of the first validation cycle
     * @return the validation cycle indices
     */
    public static Set<Integer> interleavedCycles(int cycleCount, int every, int offset) {
        if (every < 2 || offset < 0 || offset >= every) {
            throw new NeuroMskException("validation cycles: need every ≥ 2 and 0 ≤ offset < every, got " + every
                    + " and " + offset);
        }
        Set<Integer> held = new TreeSet<>();
        for (int c = offset; c < cycleCount; c += every) {
            held.add(c);
        }
        return held;
    }
}
