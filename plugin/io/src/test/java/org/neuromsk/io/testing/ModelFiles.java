package org.neuromsk.io.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Variants of .osim files for tests, made by editing the text so that everything else stays as it was. */
public final class ModelFiles {

    private static final String APPLIES = "<appliesForce>true</appliesForce>";

    private ModelFiles() {
    }

    /**
     * Writes a copy of a model in which the named forces (muscles) have {@code appliesForce} false.
     *
     * @param model the .osim file
     * @param copy where to write the copy
     * @param forces names of forces whose element states {@code <appliesForce>true</appliesForce>}
     * @return {@code copy}
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if a force is missing or does not state appliesForce true
     */
    public static Path withForcesDisabled(Path model, Path copy, List<String> forces) throws IOException {
        String text = Files.readString(model);
        for (String name : forces) {
            Matcher open = Pattern.compile("<(\\w+) name=\"" + Pattern.quote(name) + "\">").matcher(text);
            if (!open.find()) {
                throw new IllegalArgumentException(model + " has no force '" + name + "'");
            }
            int end = text.indexOf("</" + open.group(1) + ">", open.end());
            String element = end < 0 ? "" : text.substring(open.start(), end);
            if (!element.contains(APPLIES)) {
                throw new IllegalArgumentException("force '" + name + "' of " + model + " does not state " + APPLIES);
            }
            text = text.substring(0, open.start())
                    + element.replace(APPLIES, "<appliesForce>false</appliesForce>") + text.substring(end);
        }
        return Files.writeString(copy, text);
    }
}
