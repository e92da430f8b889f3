package org.neuromsk.estimator.gait;

import com.google.gson.annotations.SerializedName;

import org.neuromsk.error.NeuroMskException;

/** The estimator families, named in experiment files by their JSON name. */
public enum GaitEmgType {
    /** Park &amp; Park's baseline: an MLP from the sagittal hip, knee and ankle angles to EMG. */
    @SerializedName("gait-emg-baseline") BASELINE("gait-emg-baseline", "baseline"),
    /** Park &amp; Park's torque-based MLP: pre-trained on joint moments, one hidden layer added, fine-tuned on EMG. */
    @SerializedName("gait-emg-torque") TORQUE("gait-emg-torque", "torque-based"),
    /** Ours: an MLP on a window of angles and angular velocities around each frame. */
    @SerializedName("gait-emg-context") CONTEXT("gait-emg-context", "improved");

    private final String jsonName;
    private final String label;

    GaitEmgType(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    /** @return the name used in experiment files */
    public String jsonName() {
        return jsonName;
    }

    /** @return the column label in reports */
    public String label() {
        return label;
    }

    /**
     * @param text a JSON name
     * @return the type
     */
    public static GaitEmgType parse(String text) {
        for (GaitEmgType t : values()) {
            if (t.jsonName.equals(text)) {
                return t;
            }
        }
        throw new NeuroMskException("unknown estimator type '" + text
                + "'; known: gait-emg-baseline, gait-emg-torque, gait-emg-context");
    }
}
