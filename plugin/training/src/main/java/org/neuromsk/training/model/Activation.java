package org.neuromsk.training.model;

import java.util.function.Supplier;

import ai.djl.nn.Block;
import com.google.gson.annotations.SerializedName;

/** Element-wise activation functions, named in JSON by their lower-case name. */
public enum Activation {
    /** max(0, x). */
    @SerializedName("relu") RELU(ai.djl.nn.Activation::reluBlock),
    /** tanh(x). */
    @SerializedName("tanh") TANH(ai.djl.nn.Activation::tanhBlock),
    /** 1 / (1 + e^−x). */
    @SerializedName("sigmoid") SIGMOID(ai.djl.nn.Activation::sigmoidBlock),
    /** Gaussian error linear unit. */
    @SerializedName("gelu") GELU(ai.djl.nn.Activation::geluBlock),
    /** Exponential linear unit with α = 1. */
    @SerializedName("elu") ELU(() -> ai.djl.nn.Activation.eluBlock(1f)),
    /** ln(1 + e^x). */
    @SerializedName("softplus") SOFTPLUS(ai.djl.nn.Activation::softPlusBlock),
    /** x · sigmoid(x) (SiLU, swish with β = 1). */
    @SerializedName("silu") SILU(() -> ai.djl.nn.Activation.swishBlock(1f)),
    /** max(0.01 x, x). */
    @SerializedName("leaky_relu") LEAKY_RELU(() -> ai.djl.nn.Activation.leakyReluBlock(0.01f));

    private final Supplier<Block> factory;

    Activation(Supplier<Block> factory) {
        this.factory = factory;
    }

    /** @return a new parameter-free block applying this function */
    public Block block() {
        return factory.get();
    }
}
