/**
 * Forces applied to the multibody system from outside the model's own force set.
 *
 * <p>{@link org.neuromsk.engine.force.ExternalForce} is OpenSim's ExternalForce: a force (N), an
 * optional point of application (m) and an optional free torque (N·m), each a function of time,
 * expressed in named frames and applied to one body. {@link org.neuromsk.engine.force.ExternalLoadData}
 * turns the columns of a data table (a GRF {@code .mot}) into those functions the way OpenSim does.
 */
package org.neuromsk.engine.force;
