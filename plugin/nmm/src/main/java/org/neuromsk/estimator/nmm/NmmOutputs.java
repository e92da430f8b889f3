package org.neuromsk.estimator.nmm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuromsk.backend.MskModel;
import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.Thelen2003Muscle;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.storage.StorageWriter;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Writes what the NMM gives for a subject: per trial the reconstructed envelopes, excitations and
 * activations of every muscle and the predicted joint moment beside the inverse-dynamics one
 * ({@code .sto}), and the personalised model ({@code .osim}: the generic model through
 * {@link MskModel#withMuscleParameters} and {@link MskModel#writeModel}, then the fitted activation
 * and deactivation time constants written into every Thelen2003Muscle).
 */
public final class NmmOutputs {

    private NmmOutputs() {
    }

    /**
     * @param subject the subject
     * @param trial the trial
     * @param prediction the NMM's estimates for it
     * @param folder where to write {@code <trial>_nmm_envelopes.sto}, {@code _nmm_excitations.sto},
     *     {@code _nmm_activations.sto}, {@code _nmm_moment.sto}
     * @return the files written
     */
    public static List<Path> writeTrial(SubjectData subject, TrialData trial, NmmPrediction prediction, Path folder) {
        String base = trial.name().replace('/', '_');
        List<Path> files = new ArrayList<>();
        files.add(write(folder.resolve(base + "_nmm_envelopes.sto"), "NMM envelopes",
                "Reconstructed envelopes: measured muscles in envelope units, hidden muscles as excitations.",
                subject.muscles(), prediction.time(), prediction.envelopes()));
        files.add(write(folder.resolve(base + "_nmm_excitations.sto"), "NMM excitations",
                "Estimated excitations (after the electromechanical delay).", subject.muscles(), prediction.time(),
                prediction.excitation()));
        files.add(write(folder.resolve(base + "_nmm_activations.sto"), "NMM activations", "Estimated activations.",
                subject.muscles(), prediction.time(), prediction.activation()));
        files.add(write(folder.resolve(base + "_nmm_moment.sto"), "NMM moment",
                "Joint moment (N m): predicted from the muscles, and from inverse dynamics.",
                List.of(subject.coordinate() + "_moment_nmm", subject.coordinate() + "_moment_id"), prediction.time(),
                new double[][] {prediction.moment(), trial.moment()}));
        return files;
    }

    /**
     * @param generic the generic model loaded by a backend (with the load of the trials it is for)
     * @param muscles personalised Hill parameters per muscle
     * @param activationTimeConstant fitted τ_act (s)
     * @param deactivationTimeConstant fitted τ_deact (s)
     * @param target the .osim to write
     */
    public static void writeModel(MskModel generic, Map<String, MuscleParameters> muscles,
            double activationTimeConstant, double deactivationTimeConstant, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".personalised", ".osim");
        } catch (IOException e) {
            throw new NeuroMskException(target + ": cannot write: " + e.getMessage(), e);
        }
        try (MskModel personalised = generic.withMuscleParameters(muscles)) {
            personalised.writeModel(temporary);
            OsimDocument<org.neuromsk.io.osim.Model> document = OpenSimXml.readModel(temporary);
            for (Muscle m : document.root().muscles()) {
                if (muscles.containsKey(m.name()) && m instanceof Thelen2003Muscle thelen) {
                    thelen.setActivationTimeConstant(activationTimeConstant);
                    thelen.setDeactivationTimeConstant(deactivationTimeConstant);
                }
            }
            OpenSimXml.write(document, target);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the model was written; a stray temporary file is not worth failing for
            }
        }
    }

    /**
     * @param file target
     * @param name table name
     * @param note header text line
     * @param labels column labels
     * @param time times (s)
     * @param columns one series per label
     * @return the file
     */
    static Path write(Path file, String name, String note, List<String> labels, double[] time, double[][] columns) {
        Storage table = new Storage(name, Map.of(), List.of(note), false, Storage.DEFAULT_TIME_LABEL, labels, time,
                columns);
        StorageWriter.write(table, file);
        return file;
    }
}
