/**
 * Controls: {@link org.neuromsk.io.control.ControlSet} XML files of
 * {@link org.neuromsk.io.control.ControlLinear} signals (what static optimization and CMC write and
 * ForwardTool reads), and the controllers of models and tools
 * ({@link org.neuromsk.io.control.ControlSetController}).
 *
 * <p>Times are in s; controls are dimensionless (excitations for muscles).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = DoubleAdapter.class, type = Double.class),
    @XmlJavaTypeAdapter(value = IntegerAdapter.class, type = Integer.class),
    @XmlJavaTypeAdapter(value = BooleanAdapter.class, type = Boolean.class),
    @XmlJavaTypeAdapter(value = TextAdapter.class, type = String.class)})
package org.neuromsk.io.control;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.neuromsk.io.xml.BooleanAdapter;
import org.neuromsk.io.xml.DoubleAdapter;
import org.neuromsk.io.xml.IntegerAdapter;
import org.neuromsk.io.xml.TextAdapter;
