package org.neuromsk.io.xml;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;

import org.neuromsk.io.FileFormatException;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * State of one read: a StAX reader that refuses DTDs and tracks the element path, and the JAXB
 * listener and event handler that record, per object, its line and path, the elements JAXB had to
 * drop, and the first error.
 */
final class ReadSession {

    private final Path file;
    private final XMLStreamReader reader;
    private final Deque<String> stack = new ArrayDeque<>();
    private boolean popPending;
    private final Map<Object, Integer> lines = new IdentityHashMap<>();
    private final Map<Object, String> paths = new IdentityHashMap<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();
    private ValidationEvent error;
    private String errorPath;
    private String firstChild;
    private int firstChildLine;

    ReadSession(Path file, InputStream in) throws XMLStreamException {
        this.file = file;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        this.reader = new Tracking(factory.createXMLStreamReader(in));
    }

    XMLStreamReader reader() {
        return reader;
    }

    /**
     * Moves to the root element.
     *
     * @return its name
     * @throws FileFormatException if the file declares a DOCTYPE or has no root element
     */
    String advanceToRoot() throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader.getLocalName();
            }
        }
        throw new FileFormatException(file, line(), "no root element");
    }

    /** @return name of the first element inside the root, or null */
    String firstChild() {
        return firstChild;
    }

    int firstChildLine() {
        return firstChildLine;
    }

    int line() {
        Location location = reader.getLocation();
        return location == null ? 0 : Math.max(location.getLineNumber(), 0);
    }

    Unmarshaller.Listener listener() {
        return new Unmarshaller.Listener() {
            @Override
            public void beforeUnmarshal(Object target, Object parent) {
                lines.put(target, line());
                paths.put(target, currentPath());
            }
        };
    }

    /** JAXB event handler: unexpected elements are dropped with a warning, anything else stops the read. */
    boolean handleEvent(ValidationEvent event) {
        if (event.getSeverity() != ValidationEvent.FATAL_ERROR && event.getLinkedException() == null) {
            dropped.merge(currentPath(), 1, Integer::sum);
            return true;
        }
        if (error == null) {
            error = event;
            errorPath = currentPath();
        }
        return false;
    }

    Map<Object, Integer> lines() {
        return lines;
    }

    /** @return one message per distinct path of uninterpreted elements, in file order */
    List<String> warnings() {
        List<Map.Entry<Object, String>> owners = new ArrayList<>();
        for (Map.Entry<Object, String> entry : paths.entrySet()) {
            if (entry.getKey() instanceof UnknownElementHolder) {
                owners.add(entry);
            }
        }
        owners.sort(Comparator.comparingInt((Map.Entry<Object, String> e) -> lines.get(e.getKey()))
                .thenComparing(Map.Entry::getValue));
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Map.Entry<Object, String> owner : owners) {
            for (Element element : ((UnknownElementHolder) owner.getKey()).unknownElements()) {
                kept.merge(owner.getValue() + "/" + element.getLocalName(), 1, Integer::sum);
            }
        }
        List<String> messages = new ArrayList<>();
        kept.forEach((path, n) -> messages.add(path + ": not interpreted, kept for writing (" + n + "×)"));
        dropped.forEach((path, n) -> messages.add(path + ": not interpreted, dropped (" + n + "×)"));
        return messages;
    }

    /**
     * @param failure what the parser or JAXB threw
     * @return the one-line error naming the file and line
     */
    FileFormatException failure(Throwable failure) {
        if (error != null) {
            int line = error.getLocator() != null ? Math.max(error.getLocator().getLineNumber(), 0) : 0;
            String message = error.getLinkedException() != null ? rootMessage(error.getLinkedException())
                    : oneLine(error.getMessage());
            String element = errorPath.isEmpty() ? "" : "<" + errorPath.substring(errorPath.lastIndexOf('/') + 1) + ">: ";
            return new FileFormatException(file, line, element + message, failure);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof XMLStreamException xse) {
                int line = xse.getLocation() != null ? Math.max(xse.getLocation().getLineNumber(), 0) : line();
                return new FileFormatException(file, line, "malformed XML: " + streamMessage(xse), failure);
            }
            if (t instanceof SAXParseException spe) {
                return new FileFormatException(file, Math.max(spe.getLineNumber(), 0), "malformed XML: "
                        + oneLine(spe.getMessage()), failure);
            }
            if (t instanceof jakarta.xml.bind.JAXBException je && je.getLinkedException() != null && t.getCause() == null) {
                return failure(je.getLinkedException());
            }
        }
        return new FileFormatException(file, line(), "cannot read: " + rootMessage(failure), failure);
    }

    private String currentPath() {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (String name : stack) {
            if (first) {
                first = false;
                if ("OpenSimDocument".equals(name)) {
                    continue;
                }
            }
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(name);
        }
        return b.toString();
    }

    private static String streamMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message:");
        return oneLine(at >= 0 ? message.substring(at + "Message:".length()) : message);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof XMLStreamException xse) {
            return streamMessage(xse);
        }
        return oneLine(root.getMessage() != null ? root.getMessage() : root.toString());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Tracks the element path; refuses DTDs. */
    private final class Tracking extends StreamReaderDelegate {

        Tracking(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            if (popPending) {
                stack.removeLast();
                popPending = false;
            }
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new FileFormatException(file, line(),
                        "DOCTYPE declarations are not allowed (DTDs and external entities are refused)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                stack.addLast(getLocalName());
                if (stack.size() == 2 && firstChild == null) {
                    firstChild = getLocalName();
                    firstChildLine = line();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                popPending = true;
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }
    }
}
