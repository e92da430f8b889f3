/**
 * A model loaded from an {@code .osim} document into the embedded engine.
 *
 * <p>{@link org.neuromsk.engine.model.Model} holds the multibody system (bodies, joints, coordinates in
 * multibody-tree order), gravity (m/s²), the frames by name and path, and a description of the
 * model's forces. {@link org.neuromsk.engine.model.ModelLoader} builds it from a file;
 * {@link org.neuromsk.engine.model.ForceSetFiles} adds a tool's {@code force_set_files}. Names follow
 * OpenSim: a frame is found by its name or by its path ({@code /bodyset/femur_r},
 * {@code /jointset/knee_r/femur_r_offset}, {@code /ground}).
 */
package org.neuromsk.engine.model;
