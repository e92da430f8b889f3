package org.neuromsk.engine;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.neuromsk.backend.Capability;
import org.neuromsk.backend.MskBackend;
import org.neuromsk.backend.MskModel;
import org.neuromsk.io.xml.OpenSimXml;

/** NeuroMSK's own engine. It reproduces OpenSim 4.5.2 for what {@link #capabilities()} lists. */
public final class EmbeddedBackend implements MskBackend {

    @Override
    public String name() {
        return EmbeddedBackendProvider.NAME;
    }

    @Override
    public String version() {
        String v = EmbeddedBackend.class.getPackage().getImplementationVersion();
        return "NeuroMSK embedded engine" + (v == null ? "" : " " + v) + " (reproducing OpenSim 4.5.2)";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.INVERSE_DYNAMICS, Capability.MUSCLE_GEOMETRY, Capability.MUSCLE_FORCES,
                Capability.FORWARD_SIMULATION);
    }

    @Override
    public MskModel loadModel(Path osimFile, Consumer<String> warnings) {
        return new EmbeddedModel(OpenSimXml.readModel(osimFile), warnings);
    }
}
