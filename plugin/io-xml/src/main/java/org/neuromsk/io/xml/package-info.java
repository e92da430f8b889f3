/**
 * Reading and writing OpenSim XML documents with JAXB: the entry points
 * ({@link org.neuromsk.io.xml.OpenSimXml}, {@link org.neuromsk.io.xml.OsimDocument}) and the machinery
 * the typed packages share.
 *
 * <p>Every object derives from {@link org.neuromsk.io.xml.OsimObject}: a {@code name} attribute, the
 * properties as fields, and the child elements that are not modelled, kept as DOM elements so that a
 * document written back keeps them. Sets ({@link org.neuromsk.io.xml.OsimSet}) keep members of
 * unmodelled classes the same way. Equality is field by field over the whole tree, so a document read
 * back from what was written equals the original.
 *
 * <p>Property text: scalars are trimmed; numbers accept {@code inf}, {@code Inf}, {@code infinity} and
 * {@code nan} in any case and are written in the shortest form that reads back to the same double
 * ({@code Inf}, {@code -Inf}, {@code NaN} for the special values); vectors and lists are
 * space-separated ({@link org.neuromsk.io.xml.Vec3}, {@link org.neuromsk.io.xml.Range},
 * {@link org.neuromsk.io.xml.NumberList}, {@link org.neuromsk.io.xml.NameList}). Values keep the units
 * of the file, which for OpenSim are SI: m, kg, s, N, rad.
 *
 * <p>Reading is safe against XML entity attacks: DTDs are refused and nothing external is resolved.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = DoubleAdapter.class, type = Double.class),
    @XmlJavaTypeAdapter(value = IntegerAdapter.class, type = Integer.class),
    @XmlJavaTypeAdapter(value = BooleanAdapter.class, type = Boolean.class),
    @XmlJavaTypeAdapter(value = TextAdapter.class, type = String.class)})
package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
