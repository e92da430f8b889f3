/** Helpers shared by the tests of every module (published as this module's test-jar). */
package org.neuromsk.io.testing;
