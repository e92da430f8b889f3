package org.neuromsk.engine.imu;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.neuromsk.engine.multibody.spatial.Vec3;
import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.FileFormatException;
import org.neuromsk.io.xml.XmlNumbers;

/**
 * Reads XML placements files, the same fields as the JSON form:
 * <pre>
 * &lt;IMUPlacements&gt;
 *   &lt;IMU name="thigh_r_imu"&gt;
 *     &lt;frame&gt;femur_r&lt;/frame&gt;                    (or socket_frame, as OpenSim's IMU names it)
 *     &lt;translation&gt;0 -0.2 0.06&lt;/translation&gt;     (m, optional)
 *     &lt;orientation&gt;0 0 0&lt;/orientation&gt;           (body-fixed X-Y-Z, rad, optional)
 *   &lt;/IMU&gt;
 * &lt;/IMUPlacements&gt;
 * </pre>
 * The StAX parser refuses DTDs, so no external entity or document type is ever loaded; a
 * {@code <!DOCTYPE>} is an error. Unknown elements are errors.
 */
final class PlacementXml {

    static final String ROOT = "IMUPlacements";
    static final String IMU = "IMU";

    private PlacementXml() {
    }

    static ImuPlacementSet read(Path file, String text) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1)
                    : text));
            return new PlacementXml.Session(file, reader).document();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = message.indexOf("Message: ");
            message = (cut >= 0 ? message.substring(cut + 9) : message).replace('\n', ' ').strip();
            throw new FileFormatException(file, at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    "malformed XML: " + message, e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing is left open on a string source
                }
            }
        }
    }

    /** One pass over the document. */
    private static final class Session {

        private final Path file;
        private final XMLStreamReader r;

        Session(Path file, XMLStreamReader r) {
            this.file = file;
            this.r = r;
        }

        ImuPlacementSet document() throws XMLStreamException {
            String root = nextElement();
            if (root == null) {
                throw error("no root element");
            }
            if (!ROOT.equals(root)) {
                throw error("root element is <" + root + ">, expected <" + ROOT + ">");
            }
            List<ImuPlacement> placements = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (true) {
                String child = nextElementOrEnd();
                if (child == null) {
                    break;
                }
                if (!IMU.equals(child)) {
                    throw error("unexpected <" + child + "> in <" + ROOT + ">, expected <" + IMU + ">");
                }
                lines.add(line());
                placements.add(imu(placements.size()));
            }
            int[] l = lines.stream().mapToInt(Integer::intValue).toArray();
            return ImuPlacementSet.fromFile(file, placements, l);
        }

        private ImuPlacement imu(int index) throws XMLStreamException {
            int line = line();
            String name = r.getAttributeValue(null, "name");
            if (name == null || name.isBlank()) {
                throw error("<" + IMU + "> #" + (index + 1) + " has no name attribute");
            }
            String where = "IMU '" + name.strip() + "'";
            Map<String, String> fields = new HashMap<>();
            Map<String, Integer> fieldLines = new HashMap<>();
            while (true) {
                String child = nextElementOrEnd();
                if (child == null) {
                    break;
                }
                String key = "socket_frame".equals(child) ? "frame" : child;
                if (!"frame".equals(key) && !"translation".equals(key) && !"orientation".equals(key)) {
                    throw error(where + ": unexpected <" + child + "> (expected frame, translation, orientation)");
                }
                if (fields.containsKey(key)) {
                    throw error(where + ": <" + child + "> given twice");
                }
                fieldLines.put(key, line());
                fields.put(key, r.getElementText());
            }
            String frame = fields.get("frame");
            if (frame == null || frame.isBlank()) {
                throw new FileFormatException(file, line, where + ": <frame> is missing");
            }
            Vec3 translation = vector(fields, fieldLines, "translation", where);
            Vec3 orientation = vector(fields, fieldLines, "orientation", where);
            try {
                return new ImuPlacement(name, frame, translation, orientation);
            } catch (NeuroMskException e) {
                throw new FileFormatException(file, line, e.getMessage());
            }
        }

        private Vec3 vector(Map<String, String> fields, Map<String, Integer> lines, String key, String where) {
            String text = fields.get(key);
            if (text == null) {
                return Vec3.ZERO;
            }
            double[] v;
            try {
                v = XmlNumbers.parseExactly(text, 3, key);
            } catch (IllegalArgumentException e) {
                throw new FileFormatException(file, lines.get(key), where + ": <" + key + ">: " + e.getMessage());
            }
            for (int k = 0; k < 3; k++) {
                if (!Double.isFinite(v[k])) {
                    throw new FileFormatException(file, lines.get(key), where + ": <" + key + "> value " + (k + 1)
                            + " is " + v[k] + ", not a finite number");
                }
            }
            return new Vec3(v[0], v[1], v[2]);
        }

        /** Advances to the next start element anywhere. */
        private String nextElement() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw error("DOCTYPE declarations are not allowed in placements files");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r.getLocalName();
                }
            }
            return null;
        }

        /** Advances to the next child start element, or past the current element's end (null). */
        private String nextElementOrEnd() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        return r.getLocalName();
                    case XMLStreamConstants.END_ELEMENT:
                        return null;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                        if (!r.isWhiteSpace() && !r.getText().isBlank()) {
                            throw error("unexpected text '" + r.getText().strip() + "'");
                        }
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw error("entity references are not allowed in placements files");
                    default:
                        break;
                }
            }
            return null;
        }

        private int line() {
            Location location = r.getLocation();
            return location == null ? 0 : Math.max(location.getLineNumber(), 0);
        }

        private FileFormatException error(String problem) {
            return new FileFormatException(file, line(), problem);
        }
    }
}
