/**
 * OpenSim Storage tables: the {@code .sto} and {@code .mot} files of coordinates, states, controls,
 * joint moments, ground reaction forces and analysis results.
 *
 * <p>{@link org.neuromsk.io.storage.Storage} holds one table (name, header metadata, time column,
 * named data columns, column-major); {@link org.neuromsk.io.storage.StorageReader#read(java.nio.file.Path)}
 * reads header versions 0, 1 and 3; {@link org.neuromsk.io.storage.StorageWriter#write(Storage, java.nio.file.Path)}
 * writes version 1 (or 3) so that OpenSim reads it and the numbers re-read exactly.
 *
 * <p>Units: time in seconds (s). Other values stay in the units of the file: SI units, with
 * rotational coordinates in degrees when {@code inDegrees=yes} and radians (rad) otherwise. Nothing is
 * converted implicitly; {@link org.neuromsk.io.storage.Storage#toRadians(java.util.Set)} converts the
 * columns the caller names (OpenSim converts only Rotational coordinates).
 */
package org.neuromsk.io.storage;
