package org.neuromsk.training.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.util.ClassLoaderUtils;
import ai.djl.util.Utils;

import org.neuromsk.error.NeuroMskException;

/**
 * The one door to DJL's PyTorch engine (CPU). Before the engine is first touched it switches DJL to
 * offline mode and turns its telemetry off, then checks that the PyTorch native library and the JNI
 * library on the class path belong together, so that DJL extracts them from the jars and never tries
 * to download anything.
 *
 * <p>Every class of this module that needs the engine or an {@link NDManager} goes through here.
 * Code elsewhere must not call {@code Engine.getInstance()} or {@code NDManager.newBaseManager()}
 * before {@link #engine()} has run.
 */
public final class TorchRuntime {

    /** DJL's name of the PyTorch engine. */
    public static final String ENGINE_NAME = "PyTorch";

    /**
     * DJL's system property for PyTorch's intra-op threads. NeuroMSK sets it to 1 unless it is already
     * set: losses then do not depend on the number of cores (with 2 threads they differ from 1 thread
     * in the 7th digit), and small networks train about as fast.
     */
    public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    /** DJL's system property for PyTorch's inter-op threads; set to 1 unless already set. */
    public static final String INTEROP_THREADS_PROPERTY = "ai.djl.pytorch.num_interop_threads";

    private static final String NATIVE_PROPERTIES = "native/lib/pytorch.properties";
    private static final String JNI_PROPERTIES = "jnilib/pytorch.properties";
    private static final String ENGINE_PROPERTIES = "pytorch-engine.properties";

    private static Engine engine;
    private static long loadMillis;

    private TorchRuntime() {
    }

    /**
     * Loads the PyTorch engine once, offline.
     *
     * @return the engine
     * @throws NeuroMskException if the native library is missing, mismatched or fails to load
     */
    public static synchronized Engine engine() {
        if (engine == null) {
            configureOffline();
            checkBundledLibraries();
            setIfAbsent(THREADS_PROPERTY, "1");
            setIfAbsent(INTEROP_THREADS_PROPERTY, "1");
            long start = System.nanoTime();
            try {
                engine = Engine.getEngine(ENGINE_NAME);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new NeuroMskException("cannot load the PyTorch engine: " + oneLine(e), e);
            }
            loadMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return engine;
    }

    /**
     * @return a new root manager on the CPU; close it to free its arrays
     */
    public static NDManager newManager() {
        return engine().newBaseManager(Device.cpu());
    }

    /**
     * Seeds PyTorch's random generator (parameter initialisation, dropout).
     *
     * @param seed the seed
     */
    public static void seed(int seed) {
        engine().setRandomSeed(seed);
    }

    /**
     * @return time spent loading the engine (ms), including the first-run extraction of the native
     *     library into DJL's cache folder; 0 before {@link #engine()}
     */
    public static synchronized long loadMillis() {
        return loadMillis;
    }

    /**
     * @return the PyTorch version of the bundled native library, e.g. {@code 2.7.1}
     */
    public static String pytorchVersion() {
        return engine().getVersion();
    }

    /**
     * Sets DJL's offline mode and telemetry opt-out as system properties. DJL reads them when its
     * {@code Engine} class initialises (telemetry) and before any download (offline), so this must
     * run first; {@link #engine()} does it.
     *
     * @throws NeuroMskException if the environment variable {@code DJL_OFFLINE} turns offline mode off
     */
    public static void configureOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (!Utils.isOfflineMode()) {
            throw new NeuroMskException("the environment sets DJL_OFFLINE=" + System.getenv("DJL_OFFLINE")
                    + ": NeuroMSK runs DJL offline only; unset it");
        }
    }

    /**
     * Checks, without loading anything, that DJL will find PyTorch in the jars rather than download
     * it: a non-placeholder native package, a JNI library built for the same PyTorch and DJL
     * versions, and no PYTORCH_VERSION override that points elsewhere.
     *
     * @throws NeuroMskException naming the mismatch
     */
    public static void checkBundledLibraries() {
        if (Utils.getEnvOrSystemProperty("PYTORCH_LIBRARY_PATH") != null) {
            return; // a local libtorch chosen on purpose; DJL loads it from that folder
        }
        Properties engineProps = load(ENGINE_PROPERTIES, "ai.djl.pytorch:pytorch-engine");
        Properties nativeProps = load(NATIVE_PROPERTIES, "ai.djl.pytorch:pytorch-native-cpu (classifier linux-x86_64)");
        Properties jniProps = load(JNI_PROPERTIES, "ai.djl.pytorch:pytorch-jni");
        if (nativeProps.getProperty("placeholder") != null) {
            throw new NeuroMskException(NATIVE_PROPERTIES + " is a placeholder that would make DJL download"
                    + " PyTorch; put pytorch-native-cpu with classifier linux-x86_64 on the class path");
        }
        String nativeVersion = baseVersion(nativeProps.getProperty("version", ""));
        String djlVersion = engineProps.getProperty("djl_version", "");
        String expectedJni = nativeVersion + "-" + djlVersion;
        String jniVersion = jniProps.getProperty("jni_version", "");
        if (!jniVersion.startsWith(expectedJni)) {
            throw new NeuroMskException("pytorch-jni " + jniVersion + " does not match PyTorch " + nativeVersion
                    + " with DJL " + djlVersion + " (DJL would download " + expectedJni
                    + "); use pytorch-jni " + expectedJni);
        }
        String override = Utils.getEnvOrSystemProperty("PYTORCH_VERSION");
        if (override != null && !override.isEmpty() && !nativeProps.getProperty("version", "").startsWith(override)) {
            throw new NeuroMskException("PYTORCH_VERSION=" + override + " differs from the bundled PyTorch "
                    + nativeVersion + " and would make DJL download it; unset it");
        }
    }

    private static Properties load(String resource, String artifact) {
        try {
            Enumeration<URL> urls = ClassLoaderUtils.getContextClassLoader().getResources(resource);
            if (!urls.hasMoreElements()) {
                throw new NeuroMskException(resource + " not found on the class path: add " + artifact);
            }
            Properties props = new Properties();
            try (InputStream in = urls.nextElement().openStream()) {
                props.load(in);
            }
            return props;
        } catch (IOException e) {
            throw new NeuroMskException("cannot read " + resource + " from the class path: " + e.getMessage(), e);
        }
    }

    /**
     * @return PyTorch's intra-op thread count as configured before the engine loaded
     */
    public static int threads() {
        engine();
        return Integer.getInteger(THREADS_PROPERTY, 1);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** "2.7.1-20250812" → "2.7.1". */
    private static String baseVersion(String version) {
        int dash = version.indexOf('-');
        return dash < 0 ? version : version.substring(0, dash);
    }

    public static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
        return message.replaceAll("\\s*\\R\\s*", " ");
    }
}
