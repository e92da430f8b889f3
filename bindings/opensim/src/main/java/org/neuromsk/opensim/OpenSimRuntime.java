package org.neuromsk.opensim;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuromsk.backend.BackendUnavailableException;

/**
 * OpenSim's Java bindings, loaded: the one place where native code is brought in.
 *
 * <p>{@link #load(OpenSimLocation)} sets {@code java.awt.headless=true} (so that a failed load cannot
 * open OpenSim's Swing error dialog), loads {@code org.opensim.modeling} through an
 * {@link OpenSimClassLoader}, and confirms the native library with a trivial native call,
 * {@code opensimCommon.GetVersion()}, inside {@code catch (Throwable)} with the console captured. SWIG's
 * static initialisers print a failed {@code System.loadLibrary} instead of throwing; the captured
 * print becomes part of a one-line {@link BackendUnavailableException}, as does a version older than
 * {@value #MINIMUM_VERSION}.
 *
 * <p>A native library can belong to one class loader only, so loads are cached per location for the
 * life of the process (failures too, so that a second attempt reports the first cause).
 */
final class OpenSimRuntime {

    /** Oldest OpenSim whose Java bindings the adapter is written for. */
    static final String MINIMUM_VERSION = "4.5";

    static final String PACKAGE = "org.opensim.modeling.";

    /** The JNI classes of the bindings' modules; each loads the native library in its static initialiser. */
    private static final List<String> JNI_CLASSES = List.of("opensimSimulationJNI", "opensimActuatorsJNI",
            "opensimAnalysesJNI", "opensimToolsJNI");

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private static final Map<String, Object> LOADED = new HashMap<>();

    private final OpenSimLocation location;
    private final ClassLoader loader;
    private final String version;

    private OpenSimRuntime(OpenSimLocation location, ClassLoader loader, String version) {
        this.location = location;
        this.loader = loader;
        this.version = version;
    }

    /**
     * @param location the install
     * @return its bindings, loaded and checked
     * @throws BackendUnavailableException naming the missing piece (native library, its dependencies,
     *     architecture, version)
     */
    static OpenSimRuntime load(OpenSimLocation location) {
        String key = location.bindings().toAbsolutePath() + "|" + location.nativeLibrary().toAbsolutePath();
        synchronized (LOADED) {
            Object previous = LOADED.get(key);
            if (previous == null) {
                try {
                    previous = loadNow(location);
                } catch (BackendUnavailableException e) {
                    previous = e;
                }
                LOADED.put(key, previous);
            }
            if (previous instanceof BackendUnavailableException e) {
                throw new BackendUnavailableException(e.getMessage(), e);
            }
            return (OpenSimRuntime) previous;
        }
    }

    private static OpenSimRuntime loadNow(OpenSimLocation location) {
        System.setProperty("java.awt.headless", "true");
        OpenSimClassLoader loader = new OpenSimClassLoader(location.bindings(), location.nativeLibrary());
        ConsoleCapture.Outcome<Object> probe = ConsoleCapture.run(() -> {
            Class<?> common = Class.forName(PACKAGE + "opensimCommon", true, loader);
            return common.getMethod("GetVersion").invoke(null);
        });
        if (probe.failure() != null) {
            throw loadFailure(location, unwrap(probe.failure()), probe.printed());
        }
        String version = String.valueOf(probe.value()).strip();
        checkVersion(location, version);
        ConsoleCapture.Outcome<Object> others = ConsoleCapture.run(() -> {
            for (String jni : JNI_CLASSES) {
                try {
                    Class.forName(PACKAGE + jni, true, loader);
                } catch (ClassNotFoundException absent) {
                    // a build without this module; calls into it will say what is missing
                }
            }
            return null;
        });
        if (others.failure() != null) {
            throw loadFailure(location, unwrap(others.failure()), others.printed());
        }
        OpenSimRuntime runtime = new OpenSimRuntime(location, loader, version);
        runtime.quietLogging();
        return runtime;
    }

    /**
     * @param location the install
     * @param version what {@code GetVersion()} returned
     * @throws BackendUnavailableException if it is not a version or older than {@value #MINIMUM_VERSION}
     */
    static void checkVersion(OpenSimLocation location, String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            throw new BackendUnavailableException(location.describe() + " reports version '" + Calls.oneLine(version)
                    + "', which is not a version number; NeuroMSK needs OpenSim " + MINIMUM_VERSION + " or later");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < 4 || (major == 4 && minor < 5)) {
            throw new BackendUnavailableException("OpenSim " + m.group() + " found (" + location.describe()
                    + ") is too old: NeuroMSK needs OpenSim " + MINIMUM_VERSION + " or later");
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable x = t;
        while ((x instanceof java.lang.reflect.InvocationTargetException || x instanceof ExceptionInInitializerError)
                && x.getCause() != null) {
            x = x.getCause();
        }
        return x;
    }

    private static BackendUnavailableException loadFailure(OpenSimLocation location, Throwable t, String printed) {
        if (t instanceof ClassNotFoundException || t instanceof NoSuchMethodException) {
            return new BackendUnavailableException(location.bindings() + " is not OpenSim's Java bindings (no "
                    + PACKAGE + "opensimCommon.GetVersion)", t);
        }
        if (t instanceof UnsatisfiedLinkError || t instanceof NoClassDefFoundError) {
            String detail = linkDetail(printed).orElse(Calls.oneLine(t.getMessage()));
            return new BackendUnavailableException("OpenSim's native library " + location.nativeLibrary()
                    + " could not be loaded: " + detail + hint(detail, location), t);
        }
        String said = printed.isBlank() ? "" : " (it printed: " + Calls.oneLine(printed) + ")";
        return new BackendUnavailableException("OpenSim at " + location.nativeLibrary().getParent() + " failed to start: "
                + t.getClass().getSimpleName() + ": " + Calls.oneLine(t.getMessage()) + said, t);
    }

    /** @return the UnsatisfiedLinkError that SWIG's static initialiser printed, if any */
    static Optional<String> linkDetail(String printed) {
        for (String line : printed.split("\\R")) {
            int at = line.indexOf("UnsatisfiedLinkError:");
            if (at >= 0) {
                return Optional.of(Calls.oneLine(line.substring(at + "UnsatisfiedLinkError:".length())));
            }
        }
        return Optional.empty();
    }

    private static String hint(String detail, OpenSimLocation location) {
        String d = detail.toLowerCase(Locale.ROOT);
        String arch = NativeLibraryHeader.normalize(System.getProperty("os.arch", ""));
        if (d.contains("wrong elf class") || d.contains("incompatible architecture") || d.contains("can't load")
                || d.contains("machine type")) {
            return " (wrong architecture: this Java runs on " + arch + ")";
        }
        if (d.contains("cannot open shared object") || d.contains("can't find dependent libraries")
                || d.contains("library not loaded")) {
            return " (a library it depends on is missing: OpenSim's other libraries must be in "
                    + location.nativeLibrary().getParent()
                    + (System.getProperty("os.name", "").startsWith("Windows") ? ", which must be on PATH)" : ")");
        }
        if (d.contains("already loaded in another classloader")) {
            return " (another part of this program loaded OpenSim from elsewhere)";
        }
        return "";
    }

    /** Keeps OpenSim from logging info lines to the console and from writing opensim.log into the working folder. */
    private void quietLogging() {
        try {
            Class<?> logger = type("Logger");
            Calls.callStatic(logger, "removeFileSink");
            Calls.callStatic(logger, "setLevelString", "Warn");
        } catch (RuntimeException cosmeticOnly) {
            // an OpenSim without these calls still computes the same numbers; only its console is noisier
        }
    }

    /** @return the OpenSim version, as {@code GetVersion()} reports it */
    String version() {
        return version;
    }

    /** @return where it was loaded from */
    OpenSimLocation location() {
        return location;
    }

    /**
     * @param simpleName a class of {@code org.opensim.modeling}
     * @return the class
     * @throws org.neuromsk.error.NeuroMskException if these bindings lack it
     */
    Class<?> type(String simpleName) {
        try {
            return Class.forName(PACKAGE + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new org.neuromsk.error.NeuroMskException("this OpenSim's Java bindings have no class " + simpleName
                    + "; NeuroMSK needs OpenSim " + MINIMUM_VERSION + " or later", e);
        }
    }

    /**
     * @param simpleName class name
     * @param args constructor arguments
     * @return the new object
     */
    OsimObject create(String simpleName, Object... args) {
        return new OsimObject(Calls.construct(type(simpleName), args));
    }

    /**
     * @param simpleName class name
     * @param method static method
     * @param args arguments
     * @return its result
     */
    Object callStatic(String simpleName, String method, Object... args) {
        return Calls.callStatic(type(simpleName), method, args);
    }
}
