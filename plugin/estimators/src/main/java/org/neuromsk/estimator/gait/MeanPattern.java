package org.neuromsk.estimator.gait;

import org.neuromsk.dataset.EmgScaling;
import org.neuromsk.dataset.GaitTrial;
import org.neuromsk.dataset.MuscleMapping;
import org.neuromsk.dataset.Segmentation;

/**
 * The yardstick every gait-EMG estimator should be read against: the training trial's EMG, scaled as the
 * networks' targets are, averaged per gait phase ({@link PhaseTemplate}) and applied to another trial at
 * that trial's own phase. It uses nothing of the kinematics but where in the stride each frame lies (heel
 * strikes from the knee angle, {@link GaitPhase}); no network is trained.
 */
public final class MeanPattern {

    private MeanPattern() {
    }

    /**
     * @param train the trial whose EMG is averaged
     * @param test the trial to estimate (its EMG is read only to score the estimate)
     * @param mapping the muscles (our names and EMG columns)
     * @param settings the segmentation and EMG scaling to use (e.g. the improved model's defaults), and the
     *     angles among which the knee angle is found
     * @return the estimate scored on {@code test} as the networks are ({@link TrialEvaluation})
     */
    public static TrialEvaluation evaluate(GaitTrial train, GaitTrial test, MuscleMapping mapping,
            GaitEmgSettings settings) {
        Segmentation segmentation = settings.segmentation();
        EmgScaling scaling = settings.emgScaling();
        double[][] raw = train.emg(mapping.opensimNames());
        double[][] scaled = new double[raw.length][];
        for (int m = 0; m < raw.length; m++) {
            scaled[m] = scaling.fit(train.time(), raw[m], segmentation.segment(train).cycles(),
                    mapping.opensimNames().get(m)).apply(raw[m]);
        }
        PhaseTemplate template = PhaseTemplate.fit(GaitPhase.fromKinematics(train, settings.angles()), scaled);
        double[][] estimate = template.predict(GaitPhase.fromKinematics(test, settings.angles()));
        return TrialEvaluation.of(test, mapping.names(), mapping.opensimNames(), estimate, segmentation, scaling, null);
    }
}
