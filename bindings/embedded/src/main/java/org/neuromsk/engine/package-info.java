/**
 * The embedded backend: NeuroMSK's own pure-Java engine behind the backend interface.
 *
 * <p>{@link org.neuromsk.engine.EmbeddedBackendProvider} registers it (name {@code embedded}); it
 * needs nothing outside the Java runtime. Sub-packages: {@code function} (OpenSim's functions),
 * {@code multibody} (bodies, joints, kinematics, inverse dynamics), {@code signal} (the coordinate
 * filtering and splines of OpenSim's tools), {@code force} (external loads), {@code model} (building
 * an engine model from an {@code .osim}), {@code tool} (OpenSim's tools reproduced).
 */
package org.neuromsk.engine;
