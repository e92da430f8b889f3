/**
 * Adam with saveable state (moment estimates and step count) for exact resumption, running PyTorch's
 * fused Adam kernel through DJL. Learning rates are per step in the units of the parameters.
 */
package org.neuromsk.training.optim;
