package org.neuromsk.io.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.neuromsk.io.FileFormatException;

/**
 * An OpenSim XML document as read: its one root object, the {@code Version} attribute (kept for
 * writing back), the file it came from, the warnings of the read (elements not interpreted), and the
 * line where each object started, for error messages about its content.
 *
 * @param <T> the root type
 */
public final class OsimDocument<T extends OsimObject> {

    private final Path file;
    private final String version;
    private final T root;
    private final List<String> warnings;
    private final Map<Object, Integer> lines;

    OsimDocument(Path file, String version, T root, List<String> warnings, Map<Object, Integer> lines) {
        this.file = file;
        this.version = version;
        this.root = root;
        this.warnings = List.copyOf(warnings);
        this.lines = lines;
    }

    /**
     * A document that was not read from a file, to be written.
     *
     * @param root the root object
     * @param version the {@code Version} attribute, e.g. {@link OpenSimXml#DEFAULT_VERSION}
     * @param <T> the root type
     * @return the document
     */
    public static <T extends OsimObject> OsimDocument<T> of(T root, String version) {
        return new OsimDocument<>(null, version, root, List.of(), new IdentityHashMap<>());
    }

    /** @return the file it was read from; empty for a document built in memory */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** @return the {@code Version} attribute as written, e.g. {@code 40000} */
    public String version() {
        return version;
    }

    /** @return the version as a number (e.g. 40000, 30000, 20302), 0 when missing or not a number */
    public int versionNumber() {
        try {
            return version == null ? 0 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the root object */
    public T root() {
        return root;
    }

    /**
     * @return one message per distinct element path that was not interpreted, with how often it
     *     occurred, e.g. {@code Model/BodySet/objects/Body/attached_geometry: not interpreted, kept for
     *     writing (3×)}
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * @param object an object of this document
     * @return the line where its element starts, 0 when unknown
     */
    public int lineOf(Object object) {
        Integer line = lines.get(object);
        return line == null ? 0 : line;
    }

    /**
     * @param object an object of this document
     * @param problem what is wrong with it
     * @return an exception naming the file and the object's line
     */
    public FileFormatException error(Object object, String problem) {
        return new FileFormatException(file, lineOf(object), problem);
    }

    /**
     * The line of a property of an object: the first {@code <childTag>} (or {@code <childTag …},
     * {@code <childTag/>}) from the object's own line on, outside comments; the object's line when the
     * file cannot be read again or holds no such tag there. Properties read as plain values have no
     * object of their own, so their lines are looked up in the text when a message needs one.
     *
     * @param object an object of this document
     * @param childTag the property's element name, e.g. {@code external_loads_file}
     * @return the line (1-based), 0 when unknown
     */
    public int lineOf(Object object, String childTag) {
        int from = lineOf(object);
        if (file == null || from == 0) {
            return from;
        }
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return from;
        }
        Pattern tag = Pattern.compile("<" + Pattern.quote(childTag) + "[\\s>/]");
        boolean inComment = false;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            StringBuilder outside = new StringBuilder();
            int at = 0;
            while (at < line.length()) {
                int next = line.indexOf(inComment ? "-->" : "<!--", at);
                if (!inComment) {
                    outside.append(line, at, next < 0 ? line.length() : next);
                }
                if (next < 0) {
                    break;
                }
                at = next + (inComment ? 3 : 4);
                inComment = !inComment;
            }
            if (i + 1 >= from && tag.matcher(outside).find()) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * @param object an object of this document
     * @param childTag the element name of the property the problem is about
     * @param problem what is wrong with it
     * @return an exception naming the file and the property's line ({@link #lineOf(Object, String)})
     */
    public FileFormatException error(Object object, String childTag, String problem) {
        return new FileFormatException(file, lineOf(object, childTag), problem);
    }

    /**
     * @param type the expected root type
     * @param <U> that type
     * @return this document, typed
     * @throws FileFormatException if the root is of another type
     */
    @SuppressWarnings("unchecked")
    public <U extends OsimObject> OsimDocument<U> as(Class<U> type) {
        if (!type.isInstance(root)) {
            throw error(root, "expected a " + OsimObject.tagOf(type) + " document, found <" + root.xmlTag() + ">");
        }
        return (OsimDocument<U>) this;
    }
}
