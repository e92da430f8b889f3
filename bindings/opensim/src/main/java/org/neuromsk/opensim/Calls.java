package org.neuromsk.opensim;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.neuromsk.backend.BackendUnavailableException;
import org.neuromsk.error.NeuroMskException;

/**
 * Reflective calls into OpenSim's Java bindings: finds the public method or constructor that accepts
 * the arguments (SWIG generates overloads for C++ default arguments; numbers are converted to the
 * parameter's primitive type, so {@code 3} fits a {@code long} index), caches it, and translates what
 * the call throws: OpenSim's C++ exceptions arrive as {@link IOException} or {@link RuntimeException}
 * and become a one-line {@link NeuroMskException}; a missing native method becomes a
 * {@link BackendUnavailableException}.
 */
final class Calls {

    private record Key(Class<?> type, String name, List<Class<?>> arguments) {
    }

    private static final Map<Key, Executable> CACHE = new ConcurrentHashMap<>();

    private Calls() {
    }

    /**
     * @param target the receiver
     * @param method method name
     * @param args arguments ({@link OsimObject}s are unwrapped)
     * @return what the method returned (null for void)
     */
    static Object call(Object target, String method, Object... args) {
        Object[] raw = unwrap(args);
        Method m = (Method) find(target.getClass(), method, raw, false);
        return invoke(m, target, raw, target.getClass().getSimpleName() + "." + method);
    }

    /**
     * @param type the class
     * @param method a static method
     * @param args arguments
     * @return what it returned
     */
    static Object callStatic(Class<?> type, String method, Object... args) {
        Object[] raw = unwrap(args);
        Method m = (Method) find(type, method, raw, true);
        return invoke(m, null, raw, type.getSimpleName() + "." + method);
    }

    /**
     * @param type the class
     * @param args constructor arguments
     * @return the new object
     */
    static Object construct(Class<?> type, Object... args) {
        Object[] raw = unwrap(args);
        Constructor<?> c = (Constructor<?>) find(type, "<init>", raw, false);
        String what = "new " + type.getSimpleName();
        try {
            return c.newInstance(convert(c.getParameterTypes(), raw));
        } catch (InvocationTargetException e) {
            throw translate(what, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new NeuroMskException("cannot call OpenSim's " + what + ": " + e, e);
        }
    }

    /**
     * @param what the call, for the message
     * @param t what OpenSim threw
     * @return the exception to throw instead
     */
    static RuntimeException translate(String what, Throwable t) {
        if (t instanceof UnsatisfiedLinkError) {
            return new BackendUnavailableException("OpenSim's native library is not loaded (" + what + " failed: "
                    + oneLine(t.getMessage()) + ")", t);
        }
        if (t instanceof NeuroMskException n) {
            return n;
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getMessage();
        return new NeuroMskException("OpenSim: " + what + ": " + oneLine(message), t);
    }

    /** @return the text on one line, runs of white space collapsed */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Object invoke(Method m, Object target, Object[] raw, String what) {
        try {
            return m.invoke(target, convert(m.getParameterTypes(), raw));
        } catch (InvocationTargetException e) {
            throw translate(what, e.getCause());
        } catch (IllegalAccessException e) {
            throw new NeuroMskException("cannot call OpenSim's " + what + ": " + e, e);
        }
    }

    private static Object[] unwrap(Object[] args) {
        Object[] raw = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            raw[i] = args[i] instanceof OsimObject o ? o.raw() : args[i];
        }
        return raw;
    }

    private static Executable find(Class<?> type, String name, Object[] args, boolean wantStatic) {
        List<Class<?>> argTypes = Arrays.stream(args).<Class<?>>map(a -> a == null ? Void.class : a.getClass()).toList();
        Key key = new Key(type, name, argTypes);
        Executable cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Executable best = null;
        int bestScore = -1;
        Executable[] candidates = "<init>".equals(name) ? type.getConstructors() : type.getMethods();
        for (Executable e : candidates) {
            if (!"<init>".equals(name) && (!e.getName().equals(name)
                    || Modifier.isStatic(e.getModifiers()) != wantStatic)) {
                continue;
            }
            int score = score(e.getParameterTypes(), args);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            String signature = argTypes.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
            throw new NeuroMskException("this OpenSim's Java bindings have no " + type.getSimpleName() + "."
                    + ("<init>".equals(name) ? type.getSimpleName() : name) + "(" + signature
                    + "); NeuroMSK needs OpenSim " + OpenSimRuntime.MINIMUM_VERSION + " or later");
        }
        CACHE.put(key, best);
        return best;
    }

    /** @return -1 if the arguments do not fit; otherwise higher for closer fits */
    private static int score(Class<?>[] params, Object[] args) {
        if (params.length != args.length) {
            return -1;
        }
        int score = 0;
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i];
            Object a = args[i];
            if (a == null) {
                if (p.isPrimitive()) {
                    return -1;
                }
                continue;
            }
            if (p.isInstance(a)) {
                score += 3;
            } else if (p.isPrimitive() && wrapper(p).isInstance(a)) {
                score += 2;
            } else if (p.isPrimitive() && p != boolean.class && p != char.class && a instanceof Number) {
                score += 1;
            } else {
                return -1;
            }
        }
        return score;
    }

    private static Object[] convert(Class<?>[] params, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < params.length; i++) {
            if (params[i].isPrimitive() && out[i] instanceof Number n && !wrapper(params[i]).isInstance(n)) {
                Class<?> p = params[i];
                out[i] = p == double.class ? n.doubleValue() : p == long.class ? n.longValue()
                        : p == int.class ? n.intValue() : p == float.class ? n.floatValue()
                        : p == short.class ? (Object) n.shortValue() : (Object) n.byteValue();
            }
        }
        return out;
    }

    private static Class<?> wrapper(Class<?> primitive) {
        if (primitive == double.class) {
            return Double.class;
        }
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == boolean.class) {
            return Boolean.class;
        }
        if (primitive == float.class) {
            return Float.class;
        }
        if (primitive == short.class) {
            return Short.class;
        }
        if (primitive == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
