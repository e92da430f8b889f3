/**
 * {@link org.neuromsk.io.externalloads.ExternalLoads} XML files: which columns of a data file
 * (usually ground reaction forces, {@code .mot}) act on which body, as
 * {@link org.neuromsk.io.externalloads.ExternalForce}s. The data file itself is read by the storage
 * reader of {@code neuromsk-io}; here only its path is kept, resolved against the XML file's folder.
 *
 * <p>Forces in N, points in m, torques in N·m, as in the data file.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = DoubleAdapter.class, type = Double.class),
    @XmlJavaTypeAdapter(value = IntegerAdapter.class, type = Integer.class),
    @XmlJavaTypeAdapter(value = BooleanAdapter.class, type = Boolean.class),
    @XmlJavaTypeAdapter(value = TextAdapter.class, type = String.class)})
package org.neuromsk.io.externalloads;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;

import org.neuromsk.io.xml.BooleanAdapter;
import org.neuromsk.io.xml.DoubleAdapter;
import org.neuromsk.io.xml.IntegerAdapter;
import org.neuromsk.io.xml.TextAdapter;
