/**
 * Benchmarks: speed of the embedded engine on the reference cases. They print rates and ratios and
 * never assert on time; tests do not run them.
 */
package org.neuromsk.validation.benchmark;
