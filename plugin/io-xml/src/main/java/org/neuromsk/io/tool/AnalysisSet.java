package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlSeeAlso;

import org.neuromsk.io.xml.OsimSet;

/**
 * The analyses of a tool, {@code <AnalysisSet>}; analyses other than the typed ones are preserved.
 */
@XmlSeeAlso({StaticOptimization.class, MuscleAnalysis.class, Kinematics.class, Actuation.class})
public final class AnalysisSet extends OsimSet<Analysis> {

    /** An empty set without a name (for the XML binding). */
    public AnalysisSet() {
        super(Analysis.class);
    }

    /** @param name the set's name */
    public AnalysisSet(String name) {
        super(Analysis.class, name);
    }
}
