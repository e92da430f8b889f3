package org.opensim.modeling;

/** Fake of the module class holding {@code GetVersion()}. */
public class opensimCommon {
    public static String GetVersion() {
        return opensimCommonJNI.GetVersion();
    }
}
