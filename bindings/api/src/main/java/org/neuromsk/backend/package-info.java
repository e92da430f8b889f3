/**
 * The backend interface: what a musculoskeletal backend must answer for a model and a motion.
 *
 * <p>{@link org.neuromsk.backend.MskBackend} loads a model ({@code .osim}) into an
 * {@link org.neuromsk.backend.MskModel}, which answers: coordinates (names, motion types, ranges),
 * muscles (names, parameters, get/set), inverse-dynamics generalized forces, muscle-tendon lengths,
 * lengthening speeds and moment arms, muscle forces, and forward simulation from controls.
 * Backends are found at run time through {@link org.neuromsk.backend.BackendProvider} services
 * ({@code META-INF/services}); {@link org.neuromsk.backend.BackendRegistry} chooses one by name or by
 * rank. Two exist: {@code embedded} (our pure-Java engine, the default) and {@code opensim} (the
 * user's installed OpenSim through its Java bindings, loaded at run time).
 *
 * <p>Conventions: SI units throughout (m, N, N·m, rad, s). Time series are OpenSim
 * {@link org.neuromsk.io.storage.Storage} tables whose columns carry OpenSim's names (coordinate
 * names, {@code <coordinate>_moment} / {@code <coordinate>_force}, muscle names). Values given to a
 * backend are in radians unless the table says {@code inDegrees=yes}, in which case the backend
 * converts the Rotational coordinates only, as OpenSim does.
 */
package org.neuromsk.backend;
