package org.neuromsk.io.xml;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.osim.ForceSet;
import org.neuromsk.io.osim.FunctionBasedPathSet;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.tool.AnalyzeTool;
import org.neuromsk.io.tool.CMCTool;
import org.neuromsk.io.tool.CmcTaskSet;
import org.neuromsk.io.tool.ForwardTool;
import org.neuromsk.io.tool.InverseDynamicsTool;
import org.neuromsk.io.tool.InverseKinematicsTool;

/** The JAXB context for every supported document, created once (it is thread-safe). */
final class Bindings {

    /** Root object classes an {@code <OpenSimDocument>} may hold. */
    static final List<Class<? extends OsimObject>> DOCUMENT_TYPES = List.of(
            Model.class, ControlSet.class, ExternalLoads.class, ForceSet.class, FunctionBasedPathSet.class,
            InverseDynamicsTool.class, InverseKinematicsTool.class, ForwardTool.class, AnalyzeTool.class,
            CMCTool.class, CmcTaskSet.class);

    private Bindings() {
    }

    static JAXBContext context() {
        return Holder.CONTEXT;
    }

    /** @return the element names of {@link #DOCUMENT_TYPES} */
    static List<String> documentTags() {
        List<String> tags = new ArrayList<>();
        for (Class<?> type : DOCUMENT_TYPES) {
            tags.add(OsimObject.tagOf(type));
        }
        return tags;
    }

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            List<Class<?>> classes = new ArrayList<>(DOCUMENT_TYPES);
            classes.add(DocumentElement.class);
            try {
                return JAXBContext.newInstance(classes.toArray(new Class<?>[0]));
            } catch (JAXBException e) {
                throw new NeuroMskException("cannot set up the OpenSim XML bindings: " + e, e);
            }
        }
    }
}
