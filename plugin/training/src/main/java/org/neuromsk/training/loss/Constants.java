package org.neuromsk.training.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * Numbers for differentiable array code. Write {@code x.mul(Constants.like(x, 0.5))}, never
 * {@code x.mul(0.5)}.
 *
 * <p>Why: DJL's PyTorch operations with a Java number ({@code x.mul(0.5)}, {@code x.add(1.0)},
 * {@code x.minimum(d)}, …) wrap the number in a temporary array whose memory is a Java direct buffer
 * handed to PyTorch without a copy, and close that array as soon as the operation returns. Autograd
 * keeps the operand for the backward pass, but nothing keeps the Java buffer alive: once the garbage
 * collector has freed it, its memory can be reused before {@code backward}, and the gradient is
 * computed with whatever number lies there (wrong, sometimes NaN, gradients at random).
 *
 * <p>A constant made here is attached to the manager of the array it will be combined with; the
 * trainer gives every batch its own manager and closes it only after the backward pass and the
 * optimizer step, so the constant lives exactly as long as it is needed.
 */
public final class Constants {

    private Constants() {
    }

    /**
     * @param like an array of the computation; the constant takes its manager and data type
     * @param value the number
     * @return a 0-dimensional array holding the value, owned by {@code like}'s manager
     */
    public static NDArray like(NDArray like, double value) {
        return of(like.getManager(), like.getDataType(), value);
    }

    /**
     * @param manager the manager that owns the constant (one that stays open through the backward pass)
     * @param type data type of the arrays it will be combined with
     * @param value the number
     * @return a 0-dimensional array holding the value
     */
    public static NDArray of(NDManager manager, DataType type, double value) {
        if (type == DataType.FLOAT64) {
            return manager.create(value);
        }
        NDArray single = manager.create((float) value);
        return type == DataType.FLOAT32 ? single : single.toType(type, false);
    }
}
