/** JSON reading and writing (Gson) for pipeline files and manifests, as plain values (no units). */
package org.neuromsk.pipeline.json;
