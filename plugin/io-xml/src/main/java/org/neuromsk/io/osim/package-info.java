/**
 * The OpenSim model, {@code .osim}: {@link org.neuromsk.io.osim.Model} with its bodies, joints and
 * coordinates, constraints, forces (muscles, actuators) and their paths, wrap objects, markers, and
 * the functions used by joints and paths.
 *
 * <p>Classes and properties carry OpenSim's XML names; getters return OpenSim's default when a
 * property is absent and {@code has…()} tells whether the file gave it. Socket properties
 * ({@code socket_parent_frame}, …) keep the paths as written; resolving them is the engine's job.
 *
 * <p>Units are OpenSim's SI units: lengths in m, masses in kg, forces in N, moments in N·m, angles in
 * rad, times in s. A rotational coordinate is in rad, a translational one in m.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = DoubleAdapter.class, type = Double.class),
    @XmlJavaTypeAdapter(value = IntegerAdapter.class, type = Integer.class),
    @XmlJavaTypeAdapter(value = BooleanAdapter.class, type = Boolean.class),
    @XmlJavaTypeAdapter(value = TextAdapter.class, type = String.class)})
package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.neuromsk.io.xml.BooleanAdapter;
import org.neuromsk.io.xml.DoubleAdapter;
import org.neuromsk.io.xml.IntegerAdapter;
import org.neuromsk.io.xml.TextAdapter;
