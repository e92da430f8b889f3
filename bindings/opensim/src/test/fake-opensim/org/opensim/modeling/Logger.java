package org.opensim.modeling;

/** Fake logger: remembers what it was told. */
public class Logger {
    public static boolean fileSinkRemoved;
    public static String level = "Info";

    public static void removeFileSink() {
        fileSinkRemoved = true;
    }

    public static void setLevelString(String value) {
        level = value;
    }
}
