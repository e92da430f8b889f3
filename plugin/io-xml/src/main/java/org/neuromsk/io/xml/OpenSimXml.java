package org.neuromsk.io.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.AtomicFiles;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.control.ControlSet;
import org.neuromsk.io.externalloads.ExternalLoads;
import org.neuromsk.io.osim.ForceSet;
import org.neuromsk.io.osim.Model;
import org.neuromsk.io.tool.ToolSetup;

/**
 * Reads and writes OpenSim XML documents: {@code <OpenSimDocument Version="…">} wrapping one object
 * (a Model, ControlSet, ExternalLoads, ForceSet, tool setup, …).
 *
 * <p>Reading never resolves DTDs or external entities: a file with a DOCTYPE is refused. A malformed
 * file, a value that is not what its property needs, or an unexpected root raises a
 * {@link FileFormatException} naming file and line. Elements that the typed classes do not model are
 * not errors: they are kept with their object for writing and listed in
 * {@link OsimDocument#warnings()}.
 *
 * <p>Writing produces tab-indented UTF-8 with the document's {@code Version}, through
 * {@link AtomicFiles}, so a failed write leaves nothing behind.
 */
public final class OpenSimXml {

    /** Version written for documents built in memory: OpenSim 4.0's format, read by every 4.x. */
    public static final String DEFAULT_VERSION = "40000";

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n";

    private OpenSimXml() {
    }

    /** @return the element names of the objects a document may hold (Model, ControlSet, …) */
    public static List<String> documentTypes() {
        return Bindings.documentTags();
    }

    /**
     * @param file an OpenSim XML file
     * @return the document, whatever object it holds
     * @throws FileFormatException if the file is not a supported, well-formed OpenSim document
     * @throws NeuroMskException if the file cannot be opened
     */
    public static OsimDocument<OsimObject> read(Path file) {
        if (Files.isDirectory(file)) {
            throw new NeuroMskException(file + ": is a folder, expected an OpenSim XML file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new NeuroMskException(file + ": no such file");
        } catch (IOException e) {
            throw new NeuroMskException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param file an OpenSim XML file
     * @param type the expected root class
     * @param <T> that class
     * @return the document
     * @throws FileFormatException if the file is malformed or holds another kind of object
     */
    public static <T extends OsimObject> OsimDocument<T> read(Path file, Class<T> type) {
        return read(file).as(type);
    }

    /**
     * @param file an {@code .osim} file
     * @return the model document
     */
    public static OsimDocument<Model> readModel(Path file) {
        return read(file, Model.class);
    }

    /**
     * @param file a ControlSet XML file (e.g. {@code *_controls.xml})
     * @return the controls document
     */
    public static OsimDocument<ControlSet> readControlSet(Path file) {
        return read(file, ControlSet.class);
    }

    /**
     * @param file an ExternalLoads XML file
     * @return the external loads document; see {@link ExternalLoads#datafilePath(Path)}
     */
    public static OsimDocument<ExternalLoads> readExternalLoads(Path file) {
        return read(file, ExternalLoads.class);
    }

    /**
     * @param file a ForceSet XML file (e.g. reserve actuators)
     * @return the force set document
     */
    public static OsimDocument<ForceSet> readForceSet(Path file) {
        return read(file, ForceSet.class);
    }

    /**
     * @param file a tool setup file (InverseDynamicsTool, ForwardTool, AnalyzeTool, CMCTool,
     *     InverseKinematicsTool)
     * @return the setup document
     */
    public static OsimDocument<ToolSetup> readTool(Path file) {
        return read(file, ToolSetup.class);
    }

    /**
     * @param file a tool setup file
     * @param type the expected tool class
     * @param <T> that class
     * @return the setup document
     */
    public static <T extends ToolSetup> OsimDocument<T> readTool(Path file, Class<T> type) {
        return read(file, type);
    }

    /**
     * Reads a document from a stream, e.g. a model held in memory.
     *
     * @param file the file the text stands for: messages name it, and relative paths resolve against it
     * @param in the document's bytes
     * @return the document, whatever object it holds
     * @throws FileFormatException if the text is not a supported, well-formed OpenSim document
     */
    public static OsimDocument<OsimObject> read(Path file, InputStream in) {
        ReadSession session;
        try {
            session = new ReadSession(file, in);
        } catch (XMLStreamException e) {
            throw new FileFormatException(file, 0, "cannot start reading XML: " + e.getMessage(), e);
        }
        DocumentElement document;
        try {
            String rootName = session.advanceToRoot();
            if (!"OpenSimDocument".equals(rootName)) {
                throw new FileFormatException(file, session.line(),
                        "not an OpenSim document: root element is <" + rootName + ">, expected <OpenSimDocument>");
            }
            Unmarshaller unmarshaller = Bindings.context().createUnmarshaller();
            unmarshaller.setListener(session.listener());
            unmarshaller.setEventHandler(session::handleEvent);
            document = unmarshaller.unmarshal(session.reader(), DocumentElement.class).getValue();
        } catch (XMLStreamException | JAXBException | RuntimeException e) {
            if (e instanceof FileFormatException ffe) {
                throw ffe;
            }
            throw session.failure(e);
        }
        OsimObject root = null;
        for (Object item : document.content()) {
            if (item instanceof OsimObject o) {
                root = o;
                break;
            }
        }
        if (root == null) {
            String found = session.firstChild();
            throw new FileFormatException(file, found == null ? 0 : session.firstChildLine(), found == null
                    ? "<OpenSimDocument> holds no object"
                    : "unsupported OpenSim document type <" + found + ">, expected one of "
                            + String.join(", ", documentTypes()));
        }
        return new OsimDocument<>(file, document.version(), root, session.warnings(), session.lines());
    }

    /**
     * Writes a document with its {@code Version} attribute.
     *
     * @param document what to write
     * @param target the file to create or replace
     * @throws NeuroMskException if writing fails (the target is then untouched)
     */
    public static void write(OsimDocument<?> document, Path target) {
        write(document.root(), document.version(), target);
    }

    /**
     * @param root the object to write
     * @param version the {@code Version} attribute; null for {@link #DEFAULT_VERSION}
     * @param target the file to create or replace
     * @throws NeuroMskException if writing fails (the target is then untouched)
     */
    public static void write(OsimObject root, String version, Path target) {
        AtomicFiles.writeText(target, out -> marshal(root, version, out));
    }

    /**
     * @param root the object
     * @param version the {@code Version} attribute; null for {@link #DEFAULT_VERSION}
     * @return the document text as {@link #write} writes it
     * @throws NeuroMskException if the object cannot be written
     */
    public static String toXml(OsimObject root, String version) {
        StringWriter out = new StringWriter();
        try {
            marshal(root, version, out);
        } catch (IOException e) {
            throw new NeuroMskException("cannot write " + root + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void marshal(OsimObject root, String version, Writer out) throws IOException {
        try {
            Marshaller marshaller = Bindings.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty("org.glassfish.jaxb.indentString", "\t");
            out.write(HEADER);
            marshaller.marshal(new DocumentElement(version == null ? DEFAULT_VERSION : version, root), out);
            out.write("\n");
        } catch (JAXBException e) {
            throw new IOException(describe(e), e);
        }
    }

    private static String describe(JAXBException e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            Throwable next = t instanceof JAXBException je && je.getLinkedException() != null ? je.getLinkedException()
                    : t.getCause();
            t = next == t ? null : next;
        }
        return message == null ? e.toString() : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
