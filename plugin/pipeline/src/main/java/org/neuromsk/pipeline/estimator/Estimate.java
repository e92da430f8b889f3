package org.neuromsk.pipeline.estimator;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neuromsk.backend.MuscleParameters;
import org.neuromsk.io.storage.Storage;

/**
 * What an estimator produced.
 *
 * @param excitations excitation (-) of every muscle of the model, one column each, on the motion's times
 *     (a muscle disabled by appliesForce false may be left out: it is not actuated)
 * @param activations activation (-) of every muscle, if the estimator gives them
 * @param reserveControls controls of the reserve actuators the estimator needed ({@code <coordinate>_reserve}
 *     columns, unit control = the reserve optimal force); an empty table when it needs none; absent when
 *     the estimator leaves the reserves to the pipeline, which then gives them the residual of the
 *     inverse dynamics and the estimated muscles' forces ({@code forward.residualReserves})
 * @param muscleForces tendon force (N) of every muscle, if the estimator gives them
 * @param personalised personalised muscle parameters, when the estimator identifies them
 * @param notes one-line remarks for the report (unsolved frames, fallbacks)
 * @param personalisedTimeConstants activation and deactivation time constants (s) the estimator
 *     identified for every muscle, {τ_act, τ_deact}, empty when it does not identify them
 * @param baselines excitations (-) of the estimator's own baselines on the same data, by method name
 *     (e.g. the NMM's muscle synergy extrapolation), for comparison in the report
 */
public record Estimate(Storage excitations, Optional<Storage> activations, Optional<Storage> reserveControls,
        Optional<Storage> muscleForces, Map<String, MuscleParameters> personalised, List<String> notes,
        Optional<double[]> personalisedTimeConstants, Map<String, Storage> baselines) {

    /** Freezes the collections. */
    public Estimate {
        Objects.requireNonNull(excitations, "excitations");
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(reserveControls, "reserveControls");
        Objects.requireNonNull(muscleForces, "muscleForces");
        Objects.requireNonNull(personalisedTimeConstants, "personalisedTimeConstants");
        personalised = Map.copyOf(personalised);
        notes = List.copyOf(notes);
        baselines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baselines));
    }

    /**
     * @param reserves the reserve controls
     * @param note a remark on them for the report
     * @return this estimate with those reserve controls and the note added
     */
    public Estimate withReserveControls(Storage reserves, String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Estimate(excitations, activations, Optional.of(reserves), muscleForces, personalised, more,
                personalisedTimeConstants, baselines);
    }

    /** An estimate without time constants or baselines (see the canonical constructor). */
    public Estimate(Storage excitations, Optional<Storage> activations, Optional<Storage> reserveControls,
            Optional<Storage> muscleForces, Map<String, MuscleParameters> personalised, List<String> notes) {
        this(excitations, activations, reserveControls, muscleForces, personalised, notes, Optional.empty(), Map.of());
    }
}
