/**
 * A FAKE of a few classes of OpenSim's Java bindings, for the adapter's unit tests only: same class and
 * method names as OpenSim 4.5's {@code org.opensim.modeling}, trivial behaviour (a "model" file is a
 * properties file, muscle lengths are linear in the coordinates, tools write simple tables). Like
 * SWIG's classes, the JNI classes load {@code osimJavaJNI} in a static initialiser and print, instead
 * of throwing, when that fails. Compiled on every build into {@code target/fake-opensim-classes}, never
 * onto the test class path, and never shipped.
 */
package org.opensim.modeling;
