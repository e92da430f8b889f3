package org.neuromsk.training.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import ai.djl.MalformedModelException;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;

import org.neuromsk.error.NeuroMskException;

/**
 * Copies the parameter values of one initialised block into another of the same structure (warm starts:
 * fine-tuning, refining a trained network on new data). Values go through DJL's own parameter
 * serialisation, so shapes and types are checked on the way.
 */
public final class ParameterCopy {

    private ParameterCopy() {
    }

    /**
     * @param from the source block, initialised
     * @param to the target block, initialised, with the same parameters in the same order
     * @throws NeuroMskException if the structures differ
     */
    public static void copy(Block from, Block to) {
        PairList<String, Parameter> source = from.getParameters();
        PairList<String, Parameter> target = to.getParameters();
        if (source.size() != target.size()) {
            throw new NeuroMskException("cannot copy parameters: " + source.size() + " into " + target.size());
        }
        for (int i = 0; i < source.size(); i++) {
            if (!source.get(i).getKey().equals(target.get(i).getKey())) {
                throw new NeuroMskException("cannot copy parameter " + source.get(i).getKey() + " into "
                        + target.get(i).getKey());
            }
            Parameter s = source.get(i).getValue();
            Parameter t = target.get(i).getValue();
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    s.save(out);
                }
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    t.load(t.getArray().getManager(), in);
                }
            } catch (IOException | MalformedModelException e) {
                throw new NeuroMskException("cannot copy parameter " + source.get(i).getKey() + ": " + e.getMessage(),
                        e);
            }
        }
    }
}
