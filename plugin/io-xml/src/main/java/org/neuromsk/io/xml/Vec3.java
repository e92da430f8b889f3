package org.neuromsk.io.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;

/**
 * Three numbers written as space-separated text ({@code <gravity>0 -9.80665 0</gravity>}). The unit is
 * that of the property holding it.
 *
 * @param x first component
 * @param y second component
 * @param z third component
 */
@XmlJavaTypeAdapter(Vec3.Adapter.class)
public record Vec3(double x, double y, double z) {

    /** The zero vector. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    /**
     * @param i 0, 1 or 2
     * @return the component
     */
    public double get(int i) {
        switch (i) {
            case 0:
                return x;
            case 1:
                return y;
            case 2:
                return z;
            default:
                throw new IndexOutOfBoundsException("Vec3 index " + i);
        }
    }

    /** @return {x, y, z} */
    public double[] toArray() {
        return new double[] {x, y, z};
    }

    /**
     * @param text three space-separated numbers
     * @return the vector
     * @throws IllegalArgumentException if the text is not three numbers
     */
    public static Vec3 parse(String text) {
        double[] v = XmlNumbers.parseExactly(text, 3, "Vec3");
        return new Vec3(v[0], v[1], v[2]);
    }

    @Override
    public String toString() {
        return XmlNumbers.formatAll(x, y, z);
    }

    /** XML binding: space-separated text. */
    public static final class Adapter extends XmlAdapter<String, Vec3> {
        @Override
        public Vec3 unmarshal(String text) {
            return text == null ? null : parse(text);
        }

        @Override
        public String marshal(Vec3 value) {
            return value == null ? null : value.toString();
        }
    }
}
