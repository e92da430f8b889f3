package org.neuromsk.estimator.nmm.physics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * Constants for differentiable array code. DJL's operations with a Java number ({@code x.mul(2.0)},
 * {@code NDArrays.maximum(x, 0.0)}) wrap the number in a temporary array and close it at once; when
 * PyTorch's autograd has saved that array for the backward pass, its memory may be reused before the
 * gradients are computed, which gave random, wrong (even NaN) gradients here. Constants made by this
 * class stay attached to the manager of the array they are combined with and live as long as it.
 */
public final class Scalars {

    private Scalars() {
    }

    /**
     * @param like an array whose manager and data type the constant takes
     * @param value the value
     * @return a 0-dimensional array holding the value
     */
    public static NDArray of(NDArray like, double value) {
        NDManager manager = like.getManager();
        if (like.getDataType() == DataType.FLOAT64) {
            return manager.create(value);
        }
        return manager.create((float) value).toType(like.getDataType(), false);
    }

    /**
     * @param scope the manager that should own the results of later operations (e.g. a batch's)
     * @param parameter an array owned elsewhere (e.g. a model parameter)
     * @return 1·parameter, owned by {@code scope} and differentiable with respect to the parameter
     */
    public static NDArray inScope(NDManager scope, NDArray parameter) {
        NDArray one = parameter.getDataType() == DataType.FLOAT64 ? scope.create(1.0) : scope.create(1f);
        return one.mul(parameter);
    }
}
