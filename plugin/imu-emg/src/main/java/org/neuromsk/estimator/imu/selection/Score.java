package org.neuromsk.estimator.imu.selection;

import java.util.List;

import org.neuromsk.estimator.imu.ExperimentResult;
import org.neuromsk.estimator.imu.ImuEmgExperiment;
import org.neuromsk.estimator.imu.ModelEvaluation;

/**
 * A candidate's validation results.
 *
 * @param candidate the candidate
 * @param perCadence one result per {@link SettingsSelection#VALIDATION_FACTORS} entry (the WaveNet, and the MLP
 *     if trained)
 */
public record Score(SettingsCandidate candidate, List<ExperimentResult> perCadence) {

    /** Copies the list. */
    public Score {
        perCadence = List.copyOf(perCadence);
    }

    /**
     * @param network a network name
     * @return mean over validation cadences of (mean r − |mean peak ratio − 1|)
     */
    public double criterion(String network) {
        return perCadence.stream().mapToDouble(r -> {
            ModelEvaluation m = r.model(network);
            return m.meanR() - Math.abs(m.meanPeakRatio() - 1);
        }).average().orElse(Double.NaN);
    }

    /** @return the WaveNet's criterion */
    public double criterion() {
        return criterion(ImuEmgExperiment.WAVENET);
    }

    /**
     * @param network a network name
     * @return mean r per validation cadence
     */
    public double[] r(String network) {
        return perCadence.stream().mapToDouble(r -> r.model(network).meanR()).toArray();
    }

    /**
     * @param network a network name
     * @return mean peak ratio per validation cadence
     */
    public double[] peak(String network) {
        return perCadence.stream().mapToDouble(r -> r.model(network).meanPeakRatio()).toArray();
    }

    /**
     * @param scores scores, in candidate order
     * @return the one with the highest WaveNet criterion (a tie keeps the earlier)
     */
    public static Score best(List<Score> scores) {
        Score best = scores.get(0);
        for (Score s : scores) {
            if (s.criterion() > best.criterion()) {
                best = s;
            }
        }
        return best;
    }
}
