package org.neuromsk.engine.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neuromsk.io.osim.Force;
import org.neuromsk.io.osim.ForceSet;
import org.neuromsk.io.xml.OpenSimXml;
import org.neuromsk.io.xml.OsimDocument;

/**
 * The {@code force_set_files} of OpenSim's tools (typically reserve and residual actuators): their
 * forces are appended to the model's ForceSet, or replace it when {@code replace_force_set} is true,
 * as OpenSim's AbstractTool does before a run.
 */
public final class ForceSetFiles {

    /**
     * A model document changed by {@link #apply}; closing it restores the document's own force set.
     */
    public static final class Applied implements AutoCloseable {

        private final org.neuromsk.io.osim.Model root;
        private final ForceSet original;
        private final ForceSet changed;
        private final List<Force> appended;

        private Applied(org.neuromsk.io.osim.Model root, ForceSet original, ForceSet changed, List<Force> appended) {
            this.root = root;
            this.original = original;
            this.changed = changed;
            this.appended = appended;
        }

        /** Puts the document's own force set back. */
        @Override
        public void close() {
            if (changed != original) {
                root.setForceSet(original);
            } else {
                appended.forEach(original::remove);
            }
        }
    }

    private ForceSetFiles() {
    }

    /**
     * Reads the files' forces and puts them into the document's ForceSet.
     *
     * @param document a model document (changed in place)
     * @param files ForceSet XML files, in order
     * @param replace whether the files' forces replace the model's forces instead of being appended
     * @return the change, to be undone with {@link Applied#close()} when the document is shared
     * @throws org.neuromsk.io.FileFormatException if a file is not a ForceSet or holds a member type the
     *     embedded engine does not know
     */
    public static Applied apply(OsimDocument<org.neuromsk.io.osim.Model> document, List<Path> files, boolean replace) {
        Objects.requireNonNull(document, "document");
        org.neuromsk.io.osim.Model root = document.root();
        ForceSet original = root.forceSet();
        if (files.isEmpty()) {
            return new Applied(root, original, original, List.of());
        }
        List<Force> forces = read(files);
        ForceSet target = original;
        if (replace || original == null) {
            target = new ForceSet("forceset");
            root.setForceSet(target);
        }
        forces.forEach(target::add);
        return new Applied(root, original, target, forces);
    }

    /**
     * @param files ForceSet XML files
     * @return their forces, in order
     * @throws org.neuromsk.io.FileFormatException as {@link #apply}
     */
    public static List<Force> read(List<Path> files) {
        List<Force> forces = new ArrayList<>();
        for (Path file : files) {
            OsimDocument<ForceSet> set = OpenSimXml.readForceSet(file);
            for (Object member : set.root().all()) {
                if (member instanceof Force f) {
                    forces.add(f);
                } else {
                    org.w3c.dom.Element e = (org.w3c.dom.Element) member;
                    throw set.error(set.root(), "force set member <" + e.getLocalName() + "> '" + e.getAttribute("name")
                            + "' is not a type the embedded engine knows");
                }
            }
        }
        return forces;
    }
}
