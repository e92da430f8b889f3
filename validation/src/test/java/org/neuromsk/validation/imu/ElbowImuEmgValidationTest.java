package org.neuromsk.validation.imu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.io.AtomicFiles;

/**
 * The upper-limb case at CI size: virtual elbow subjects without hand-held load → upper-arm and
 * forearm virtual IMUs → five elbow envelopes, trained on two subjects and tested on a held-out one.
 * The envelopes follow the elbow motion and posture (flexors lifting the forearm against gravity,
 * extensors lowering it, co-contraction in between), so both networks must track them on the unseen
 * subject: mean r ≥ {@value #MIN_R} and mean NRMSE ≤ {@value #MAX_NRMSE} (measured at seed 1 with the
 * shared co-contraction command of session 8: WaveNet r 0.719, NRMSE 0.207; MLP r 0.722, NRMSE 0.207;
 * with session 7's per-muscle phases 0.778 / 0.195 and 0.803 / 0.182 — the WaveNet does not beat the
 * MLP here, which the report states; a network that ignored the IMUs would score r ≈ 0). The full-size numbers (six subjects,
 * loads 0–4 kg) are in {@code validation/reports/imu-emg.md} ({@link ImuEmgValidation#main}); this run's
 * go to {@code target/reports/imu-emg-elbow.md}.
 */
class ElbowImuEmgValidationTest {

    /** Least mean r on the held-out subject. */
    static final double MIN_R = 0.7;
    /** Largest mean NRMSE on the held-out subject. */
    static final double MAX_NRMSE = 0.25;

    @TempDir
    Path work;

    @Test
    void bothNetworksTrackAHeldOutSubject() {
        ElbowImuEmgValidation.Outcome outcome = ElbowImuEmgValidation.run(ElbowImuEmgValidation.ciGenerator(1), 1,
                ImuEmgSettings.defaults(), work, System.out::println);
        ElbowImuEmgValidation.print(outcome, new PrintWriter(System.out, true));
        AtomicFiles.writeText(Path.of("target", "reports", "imu-emg-elbow.md"), w -> {
            PrintWriter out = new PrintWriter(w);
            out.println("# IMU → EMG, virtual elbow subjects (CI run)");
            out.println();
            out.println("```");
            ElbowImuEmgValidation.print(outcome, out);
            out.println("```");
            out.flush();
        });
        ModelEvaluation waveNet = outcome.waveNet();
        ModelEvaluation mlp = outcome.mlp();
        assertEquals(3, outcome.testTrials(), "every trial of the held-out subject");
        for (ModelEvaluation network : new ModelEvaluation[] {waveNet, mlp}) {
            assertEquals(5, network.metrics().size(), "the five measured elbow muscles");
            assertTrue(network.meanR() >= MIN_R, network.name() + " mean r " + network.meanR());
            assertTrue(network.meanNrmse() <= MAX_NRMSE, network.name() + " mean NRMSE " + network.meanNrmse());
        }
    }
}
