package org.opensim.modeling;

/** Fake: a second JNI class that loads the same library, as SWIG's modules do. */
public class opensimSimulationJNI {
    static {
        try {
            System.loadLibrary("osimJavaJNI");
        } catch (UnsatisfiedLinkError e) {
            System.out.println("Failed to load one or more dynamic libraries for OpenSim.\n" + e);
        }
    }
}
