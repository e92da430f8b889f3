package org.neuromsk.io.osim;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

import org.neuromsk.io.xml.XmlNumbers;

/**
 * A body's inertia about its centre of mass, in body axes, as the six numbers of
 * {@code <inertia>Ixx Iyy Izz Ixy Ixz Iyz</inertia>} (kg·m²).
 *
 * @param ixx moment about x (kg·m²)
 * @param iyy moment about y (kg·m²)
 * @param izz moment about z (kg·m²)
 * @param ixy product xy (kg·m²)
 * @param ixz product xz (kg·m²)
 * @param iyz product yz (kg·m²)
 */
@XmlJavaTypeAdapter(Inertia.Adapter.class)
public record Inertia(double ixx, double iyy, double izz, double ixy, double ixz, double iyz) {

    /** All zero. */
    public static final Inertia ZERO = new Inertia(0, 0, 0, 0, 0, 0);

    /**
     * @param text six space-separated numbers
     * @return the inertia
     * @throws IllegalArgumentException if the text is not six numbers
     */
    public static Inertia parse(String text) {
        double[] v = XmlNumbers.parseExactly(text, 6, "inertia Ixx Iyy Izz Ixy Ixz Iyz");
        return new Inertia(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** @return the symmetric 3×3 matrix, row by row (kg·m²) */
    public double[][] toMatrix() {
        return new double[][] {{ixx, ixy, ixz}, {ixy, iyy, iyz}, {ixz, iyz, izz}};
    }

    @Override
    public String toString() {
        return XmlNumbers.formatAll(ixx, iyy, izz, ixy, ixz, iyz);
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, Inertia> {
        @Override
        public Inertia unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(Inertia value) {
            return value == null ? null : value.toString();
        }
    }
}
