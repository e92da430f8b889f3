/** Test helpers shared by the pipeline's test packages: small stand-ins for trained models. */
package org.neuromsk.pipeline.testing;
