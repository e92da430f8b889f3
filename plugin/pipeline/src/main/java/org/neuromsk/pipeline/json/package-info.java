/** A minimal JSON reader and writer for pipeline files and manifests (no units: plain values). */
package org.neuromsk.pipeline.json;
