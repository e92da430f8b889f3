package org.neuromsk.engine.simulation;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.neuromsk.engine.model.ModelLoader;
import org.neuromsk.io.storage.Storage;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/** Test models of this package and short ways to run them. */
final class Fixtures {

    static final double G = 9.80665;

    private Fixtures() {
    }

    /** @return a class-path resource of this package as a file */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** @return the model document of a resource */
    static OsimDocument<org.neuromsk.io.osim.Model> document(String name) {
        return OpenSimXml.readModel(resource(name));
    }

    /** @return the text of a resource */
    static String resourceText(String name) {
        try {
            return java.nio.file.Files.readString(resource(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return a model document parsed from text (written to a temporary file first) */
    static OsimDocument<org.neuromsk.io.osim.Model> parse(String osim) {
        try {
            Path file = java.nio.file.Files.createTempFile("neuromsk-forward-test", ".osim");
            file.toFile().deleteOnExit();
            java.nio.file.Files.writeString(file, osim);
            return OpenSimXml.readModel(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the simulation view of a model document */
    static ForwardModel model(OsimDocument<org.neuromsk.io.osim.Model> doc) {
        return ForwardModel.of(ModelLoader.fromDocument(doc), doc);
    }

    /** @return the simulation view of a resource model */
    static ForwardModel model(String name) {
        return model(document(name));
    }

    /** @return constant controls, one per named actuator */
    static ControlSignals constant(List<String> actuators, double... values) {
        List<LinearControl> controls = new java.util.ArrayList<>();
        for (int i = 0; i < actuators.size(); i++) {
            controls.add(new LinearControl(actuators.get(i), new double[] {0}, new double[] {values[i]}, false, true));
        }
        return new ControlSignals("constant controls", controls);
    }

    /** Runs from a given state without equilibration. */
    static ForwardSimulation.Result run(ForwardModel model, ControlSignals controls, double[] y0, double end,
            double accuracy) {
        return run(model, controls, y0, end, ForwardSimulation.Settings.defaults().withAccuracy(accuracy));
    }

    /** Runs from a given state without equilibration. */
    static ForwardSimulation.Result run(ForwardModel model, ControlSignals controls, double[] y0, double end,
            ForwardSimulation.Settings settings) {
        ActuatorControls bound = ActuatorControls.bind(model.actuatorNames(), model.model().name(), List.of(controls));
        return new ForwardSimulation(model, bound, List.of()).run(new InitialState(0, y0), end, settings, t -> { });
    }

    /** Runs a ForwardRun with default states or a states table. */
    static ForwardSimulation.Result run(ForwardModel model, ControlSignals controls, Optional<Storage> states,
            double start, double end, boolean equilibrate, java.util.function.Consumer<String> warnings) {
        return new ForwardRun(model, List.of(controls), states, List.of(), start, end, equilibrate,
                ForwardSimulation.Settings.defaults()).run(warnings, t -> { });
    }
}
