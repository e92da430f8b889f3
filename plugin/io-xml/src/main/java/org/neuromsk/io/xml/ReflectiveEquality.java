package org.neuromsk.io.xml;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Node;

/**
 * Field-by-field equality for the document classes: every instance field of the class and its
 * superclasses, except {@code static} and {@code transient} ones, is compared. Lists compare element by
 * element, preserved DOM nodes with {@link Node#isEqualNode}, numbers with {@link Double#equals}
 * (so NaN equals NaN and −0 differs from 0, as a round trip through text keeps both).
 */
final class ReflectiveEquality {

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private ReflectiveEquality() {
    }

    /**
     * @param a an object
     * @param b an object of the same class
     * @return true if every field of {@code a} equals the same field of {@code b}
     */
    static boolean fieldsEqual(Object a, Object b) {
        for (Field f : FIELDS.get(a.getClass())) {
            if (!valuesEqual(read(f, a), read(f, b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param o an object
     * @return a hash consistent with {@link #fieldsEqual}
     */
    static int fieldsHash(Object o) {
        int h = o.getClass().hashCode();
        for (Field f : FIELDS.get(o.getClass())) {
            h = 31 * h + valueHash(read(f, o));
        }
        return h;
    }

    static boolean valuesEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Node na && b instanceof Node nb) {
            return na.isEqualNode(nb);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!valuesEqual(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static int valueHash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Node n) {
            return 31 * String.valueOf(n.getLocalName() != null ? n.getLocalName() : n.getNodeName()).hashCode()
                    + String.valueOf(n.getTextContent()).hashCode();
        }
        if (v instanceof List<?> list) {
            int h = 1;
            for (Object item : list) {
                h = 31 * h + valueHash(item);
            }
            return h;
        }
        return v.hashCode();
    }

    private static Object read(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read field " + f, e);
        }
    }
}
