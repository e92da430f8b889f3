package org.neuromsk.validation.imu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromsk.estimator.imu.ImuEmgSettings;
import org.neuromsk.estimator.imu.ModelEvaluation;
import org.neuromsk.estimator.imu.SpeedAugmentation;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.testing.TestData;

/**
 * Held-out walking speed, walk36 → walk45, with the CLI's default settings and cadence replays
 * (envelopes × cadence factor², {@link SpeedAugmentation#defaults()}): the WaveNet reaches mean r ≥ 0.85
 * and a mean peak-amplitude ratio within 0.85–1.15; it is better than the MLP baseline on R², NRMSE and
 * peak ratio (its mean r is not asserted to be higher: on this split the MLP's r is 0.004 higher, which
 * the report states); and its plain-Java streaming inference equals DJL's batch output to 1e-5 over the
 * whole test trial. The reverse direction (walk45 → walk36, where the targets are not met), the other
 * replay law and the unaugmented runs are in the full study ({@link ImuEmgValidation#main},
 * {@code validation/reports/imu-emg.md}); the numbers of this run go to {@code target/reports/imu-emg.md}.
 */
class ImuEmgValidationTest {

    @TempDir
    Path work;

    @Test
    void waveNetOnHeldOutSpeed() {
        ImuEmgValidation.INPUTS.forEach(TestData::require);
        ImuEmgSettings settings = ImuEmgSettings.defaults();
        SpeedAugmentation augmentation = SpeedAugmentation.defaults();
        ImuEmgValidation.Direction d = ImuEmgValidation.run("walk36", "walk45", settings, augmentation,
                ImuEmgValidation.Candidates.STANDARD, work, System.out::println);
        PrintWriter console = new PrintWriter(System.out, true);
        ImuEmgValidation.print(List.of(d), settings, augmentation, console);
        AtomicFiles.writeText(Path.of("target", "reports", "imu-emg.md"), w -> {
            PrintWriter out = new PrintWriter(w);
            out.println("# IMU → EMG, walk36 → walk45 (CI run)");
            out.println();
            out.println("```");
            ImuEmgValidation.print(List.of(d), settings, augmentation, out);
            out.println("```");
            out.flush();
        });
        ModelEvaluation waveNet = d.waveNet();
        ModelEvaluation mlp = d.result().model("mlp");
        assertTrue(waveNet.meanR() >= ImuEmgValidation.TARGET_R, "WaveNet mean r " + waveNet.meanR());
        assertTrue(Math.abs(waveNet.meanPeakRatio() - 1) <= ImuEmgValidation.TARGET_PEAK_BAND,
                "WaveNet mean peak ratio " + waveNet.meanPeakRatio());
        assertTrue(waveNet.meanR2() > mlp.meanR2(), "WaveNet R² " + waveNet.meanR2() + " vs MLP " + mlp.meanR2());
        assertTrue(waveNet.meanNrmse() < mlp.meanNrmse(),
                "WaveNet NRMSE " + waveNet.meanNrmse() + " vs MLP " + mlp.meanNrmse());
        assertTrue(Math.abs(waveNet.meanPeakRatio() - 1) < Math.abs(mlp.meanPeakRatio() - 1),
                "WaveNet peak ratio " + waveNet.meanPeakRatio() + " vs MLP " + mlp.meanPeakRatio());
        assertTrue(d.streamingDifference() <= ImuEmgValidation.STREAMING_TOLERANCE,
                "streaming vs batch " + d.streamingDifference());
    }
}
