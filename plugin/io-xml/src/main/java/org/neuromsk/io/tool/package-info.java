/**
 * Tool setup files: {@link org.neuromsk.io.tool.InverseDynamicsTool},
 * {@link org.neuromsk.io.tool.InverseKinematicsTool}, {@link org.neuromsk.io.tool.ForwardTool},
 * {@link org.neuromsk.io.tool.AnalyzeTool} (with its analyses, e.g.
 * {@link org.neuromsk.io.tool.StaticOptimization}) and {@link org.neuromsk.io.tool.CMCTool}, plus the
 * CMC task set. OpenSim 3 files (versions 20302, 30000) read as well as OpenSim 4 ones.
 *
 * <p>File names are kept as written; {@code …Path(setupFile)} methods resolve them against the setup
 * file's folder, as OpenSim does, and {@link org.neuromsk.io.tool.ToolSetup#describe()} says in one
 * paragraph what the setup would run. Times in s, cut-off frequencies in Hz (negative: no filter).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = DoubleAdapter.class, type = Double.class),
    @XmlJavaTypeAdapter(value = IntegerAdapter.class, type = Integer.class),
    @XmlJavaTypeAdapter(value = BooleanAdapter.class, type = Boolean.class),
    @XmlJavaTypeAdapter(value = TextAdapter.class, type = String.class)})
package org.neuromsk.io.tool;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.neuromsk.io.xml.BooleanAdapter;
import org.neuromsk.io.xml.DoubleAdapter;
import org.neuromsk.io.xml.IntegerAdapter;
import org.neuromsk.io.xml.TextAdapter;
