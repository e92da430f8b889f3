package org.neuromsk.emg;

import java.nio.file.Path;

import org.neuromsk.error.NeuroMskException;
import org.neuromsk.io.storage.StorageWriter;

/**
 * Writes EMG (raw or envelopes) as an OpenSim Storage file (.sto, version 1, inDegrees=no): a time
 * column (s) and one column per channel. Written atomically.
 */
public final class EmgWriter {

    private EmgWriter() {
    }

    /**
     * @param signals the signals
     * @param target the .sto file to create or replace
     * @param name the table name in the header (e.g. "Electromyography")
     * @throws NeuroMskException if the file cannot be written (it is then left untouched)
     */
    public static void write(EmgSignals signals, Path target, String name) {
        StorageWriter.write(signals.toStorage(name), target);
    }
}
