package org.neuromsk.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle;
import org.neuromsk.engine.muscle.Thelen2003Muscle;

/**
 * {@link ActiveForceFactor} against hand computations. Muscles: F_iso = 1000 N, l_opt = 0.1 m,
 * l_Ts = 0.2 m, OpenSim's default curve parameters (Thelen: KshapeActive γ = 0.45, Af = 0.25,
 * v_max = 10 l_opt/s).
 */
class ActiveForceFactorTest {

    private static final double FISO = 1000;
    private static final double LOPT = 0.1;
    private static final double LTS = 0.2;

    private static Thelen2003Muscle thelen(double pennation) {
        return new Thelen2003Muscle(Thelen2003Muscle.Parameters.defaults("t", FISO, LOPT, LTS, pennation));
    }

    private static Millard2012EquilibriumMuscle millard(double pennation) {
        return new Millard2012EquilibriumMuscle(
                Millard2012EquilibriumMuscle.Parameters.defaults("m", FISO, LOPT, LTS, pennation));
    }

    /** Non-pennate, l_MT = l_Ts + l_opt, at rest: f_AL(1) = 1 and f_V(0) = 1, so the factor is F_iso. */
    @Test
    void thelenAtOptimalLengthAndRest() {
        assertEquals(FISO, ActiveForceFactor.of(thelen(0), LTS + LOPT, 0), 1e-9);
    }

    /** Rigid tendon, l_MT = l_Ts + 0.12: l_ce/l_opt = 1.2 and f_AL = exp(−(0.2)²/γ) with γ = 0.45. */
    @Test
    void thelenLengthened() {
        assertEquals(FISO * Math.exp(-0.04 / 0.45), ActiveForceFactor.of(thelen(0), LTS + 0.12, 0), 1e-9);
    }

    /**
     * Pennate with φ_opt = 0.2 and l_MT = l_Ts + l_opt·cos 0.2: the fibre length is sqrt(h² + (l_opt
     * cos 0.2)²) = l_opt with h = l_opt·sin 0.2, so φ = 0.2 and the factor is F_iso·cos 0.2.
     */
    @Test
    void thelenPennate() {
        assertEquals(FISO * Math.cos(0.2), ActiveForceFactor.of(thelen(0.2), LTS + LOPT * Math.cos(0.2), 0), 1e-9);
    }

    /**
     * Shortening at l̇_MT = −0.25 m/s (non-pennate, so l̇_ce = −0.25 and ṽ = −0.25/(l_opt·v_max) = −0.25).
     * Thelen's concentric branch at a = f_AL = 1: ṽ = (0.25 + 0.75)(F − 1)/(1 + F/Af), so
     * F = (1 + ṽ)/(1 − ṽ/Af) = 0.75/2 = 0.375; the inversion's tolerance is 1e-6 in ṽ.
     */
    @Test
    void thelenShortening() {
        assertEquals(375.0, ActiveForceFactor.of(thelen(0), LTS + LOPT, -0.25), 1e-3);
    }

    /** l_MT shorter than the slack length: the fibre is at its minimum (0 for a non-pennate Thelen muscle), factor 0. */
    @Test
    void thelenSlack() {
        assertEquals(0.0, ActiveForceFactor.of(thelen(0), LTS - 0.01, 0), 0.0);
    }

    /** Millard, non-pennate, optimal length, at rest: its default curves give f_AL(1) = 1 and f_V(0) = 1. */
    @Test
    void millardAtOptimalLengthAndRest() {
        assertEquals(FISO, ActiveForceFactor.of(millard(0), LTS + LOPT, 0), 1e-9);
    }

    /**
     * Millard, φ_opt = 0.2, fibre at l_opt: OpenSim 4.5.2 takes the final cos φ at the normalised length
     * 1 (read as metres), φ' = asin(h/1) with h = l_opt·sin 0.2 m, so the factor is
     * F_iso·sqrt(1 − (0.1·sin 0.2)²) rather than F_iso·cos 0.2.
     */
    @Test
    void millardPennateKeepsOpenSimsNormalisedAngle() {
        double h = LOPT * Math.sin(0.2);
        assertEquals(FISO * Math.sqrt(1 - h * h), ActiveForceFactor.of(millard(0.2), LTS + LOPT * Math.cos(0.2), 0),
                1e-9);
    }
}
