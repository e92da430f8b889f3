package org.neuromsk.opensim;

import java.util.Objects;

/**
 * A handle on an object of OpenSim's Java bindings, called by method name ({@link Calls}). The adapter
 * never names an {@code org.opensim.modeling} type at compile time.
 */
final class OsimObject {

    private final Object target;

    /** @param target an object of OpenSim's bindings */
    OsimObject(Object target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** @return the wrapped object */
    Object raw() {
        return target;
    }

    /**
     * @param method method name
     * @param args arguments
     * @return its result, possibly null
     */
    Object call(String method, Object... args) {
        return Calls.call(target, method, args);
    }

    /**
     * @param method a method returning an object
     * @param args arguments
     * @return the result, wrapped
     * @throws org.neuromsk.error.NeuroMskException if OpenSim returned null
     */
    OsimObject get(String method, Object... args) {
        Object result = call(method, args);
        if (result == null) {
            throw new org.neuromsk.error.NeuroMskException("OpenSim: " + target.getClass().getSimpleName() + "."
                    + method + " returned nothing");
        }
        return new OsimObject(result);
    }

    /** @param method a method returning a number @param args arguments @return the number */
    double number(String method, Object... args) {
        return ((Number) call(method, args)).doubleValue();
    }

    /** @param method a method returning an integer @param args arguments @return the integer */
    int integer(String method, Object... args) {
        return ((Number) call(method, args)).intValue();
    }

    /** @param method a method returning a boolean @param args arguments @return the value */
    boolean flag(String method, Object... args) {
        return (Boolean) call(method, args);
    }

    /** @param method a method returning a string (or anything whose text is wanted) @param args arguments @return the text */
    String text(String method, Object... args) {
        return String.valueOf(call(method, args));
    }

    /** Frees the C++ object now if this handle owns it (SWIG's {@code delete()}); harmless otherwise. */
    void delete() {
        call("delete");
    }

    @Override
    public String toString() {
        return target.getClass().getSimpleName();
    }
}
