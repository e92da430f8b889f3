/**
 * TRC marker trajectory files (PathFileType 4), the input of OpenSim's scaling and inverse
 * kinematics.
 *
 * <p>{@link org.neuromsk.io.trc.TrcFile} holds the header, marker names, frame numbers, times and
 * X/Y/Z coordinates; {@link org.neuromsk.io.trc.TrcReader} and {@link org.neuromsk.io.trc.TrcWriter}
 * read and write it losslessly.
 *
 * <p>Units: time in seconds (s); coordinates in the file's {@code Units} (usually mm, see
 * {@link org.neuromsk.io.trc.TrcFile#metersPerUnit()}); rates in hertz (Hz). A missing marker has NaN
 * coordinates, the only NaN this module accepts in data.
 */
package org.neuromsk.io.trc;
