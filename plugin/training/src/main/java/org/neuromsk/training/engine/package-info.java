/**
 * Access to DJL's PyTorch engine: offline (the native library comes from the pytorch-native-cpu jar,
 * never from the network), telemetry off, a fixed number of CPU threads, and the seed of PyTorch's
 * random generator.
 */
package org.neuromsk.training.engine;
