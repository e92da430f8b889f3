package org.opensim.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Fake: loads the native library like SWIG's generated class, printing instead of throwing on failure. */
public class opensimCommonJNI {

    static boolean loaded;

    static {
        try {
            System.loadLibrary("osimJavaJNI");
            loaded = true;
        } catch (UnsatisfiedLinkError e) {
            System.out.println("Failed to load one or more dynamic libraries for OpenSim.\n" + e);
        }
    }

    /** Fake of the native method; its value comes from the jar's fake-version.txt (default 4.5.2). */
    public static String GetVersion() {
        if (!loaded) {
            throw new UnsatisfiedLinkError("'java.lang.String org.opensim.modeling.opensimCommonJNI.GetVersion()'");
        }
        try (InputStream in = opensimCommonJNI.class.getResourceAsStream("fake-version.txt")) {
            return in == null ? "4.5.2" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
