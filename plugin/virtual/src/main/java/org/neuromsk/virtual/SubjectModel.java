package org.neuromsk.virtual;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.neuromsk.engine.model.Model;
import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.engine.simulation.ForwardModel;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.osim.Body;
import org.neuromsk.io.osim.Muscle;
import org.neuromsk.io.osim.Thelen2003Muscle;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * A subject's elbow model holding a given load: the elbow document with the subject's muscle
 * parameters and the load mass written in, saved as {@code .osim} and loaded back, so that the
 * simulated model is exactly the file an estimator gets.
 *
 * @param file the written model
 * @param document its document
 * @param model the engine's model
 * @param forward the forward-simulation view of it
 * @param loadMass the hand-held load (kg)
 */
public record SubjectModel(Path file, OsimDocument<org.neuromsk.io.osim.Model> document, Model model,
        ForwardModel forward, double loadMass) {

    /** Checks the fields. */
    public SubjectModel {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(forward, "forward");
    }

    /**
     * @param baseModel the elbow model file
     * @param subject the subject
     * @param loadMass the hand-held load (kg), ≥ 0
     * @param target where to write the subject's model
     * @return the subject's model, loaded from {@code target}
     * @throws NeuroMskException if the base model is not an elbow model with the expected muscles
     */
    public static SubjectModel write(Path baseModel, SubjectTruth subject, double loadMass, Path target) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(baseModel);
        apply(doc, subject, loadMass);
        OpenSimXml.write(doc, target);
        OsimDocument<org.neuromsk.io.osim.Model> written = OpenSimXml.readModel(target);
        Model model = ModelLoader.fromDocument(written);
        ElbowMuscles.require(model);
        return new SubjectModel(target, written, model, ForwardModel.of(model, written), loadMass);
    }

    /**
     * Writes the nominal elbow model holding a load: what an estimator may start from.
     *
     * @param baseModel the elbow model file
     * @param loadMass the hand-held load (kg), ≥ 0
     * @param target where to write it
     */
    public static void writeNominal(Path baseModel, double loadMass, Path target) {
        OsimDocument<org.neuromsk.io.osim.Model> doc = OpenSimXml.readModel(baseModel);
        setLoad(doc, loadMass);
        doc.root().setName(doc.root().name() + "_" + LoadNames.label(loadMass));
        OpenSimXml.write(doc, target);
    }

    static void setLoad(OsimDocument<org.neuromsk.io.osim.Model> doc, double loadMass) {
        if (!(loadMass >= 0) || !Double.isFinite(loadMass)) {
            throw new NeuroMskException("load mass must be a finite number >= 0 kg, got " + loadMass);
        }
        String where = doc.file().map(Path::toString).orElse("model '" + doc.root().name() + "'");
        Body load = doc.root().bodies().stream().filter(b -> b.name().equals(ElbowMuscles.LOAD_BODY)).findFirst()
                .orElseThrow(() -> new NeuroMskException(where + ": no body '" + ElbowMuscles.LOAD_BODY + "'"));
        load.setMass(loadMass);
    }

    /**
     * Writes a subject's parameters and a load into an elbow document.
     *
     * @param doc the elbow document, changed in place
     * @param subject the subject
     * @param loadMass the load (kg)
     * @throws NeuroMskException if the load is negative, the document lacks the load body or a muscle, or a
     *     muscle is not a Thelen2003Muscle
     */
    static void apply(OsimDocument<org.neuromsk.io.osim.Model> doc, SubjectTruth subject, double loadMass) {
        org.neuromsk.io.osim.Model m = doc.root();
        String where = doc.file().map(Path::toString).orElse("model '" + m.name() + "'");
        setLoad(doc, loadMass);
        for (MuscleTruth truth : subject.muscles()) {
            Muscle muscle = m.muscles().stream().filter(x -> x.name().equals(truth.name())).findFirst()
                    .orElseThrow(() -> new NeuroMskException(where + ": lacks muscle '" + truth.name() + "'"));
            if (!(muscle instanceof Thelen2003Muscle thelen)) {
                throw new NeuroMskException(where + ": muscle '" + truth.name() + "' is a " + muscle.xmlTag()
                        + "; virtual subjects need Thelen2003Muscle");
            }
            thelen.setMaxIsometricForce(truth.maxIsometricForce());
            thelen.setOptimalFiberLength(truth.optimalFiberLength());
            thelen.setTendonSlackLength(truth.tendonSlackLength());
            thelen.setDefaultFiberLength(truth.optimalFiberLength());
            thelen.setActivationTimeConstant(subject.activationTimeConstant());
            thelen.setDeactivationTimeConstant(subject.deactivationTimeConstant());
        }
        m.setName(String.format(Locale.ROOT, "%s_%s_%s", m.name(), subject.id(), LoadNames.label(loadMass)));
    }
}
