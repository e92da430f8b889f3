package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The functional-group rule that starts a hidden muscle's synergy weights ({@link NmmFit#synergists}). */
class SynergistsTest {

    // Muscles: 0 semimem, 1 bifemlh, 2 med_gas, 3 soleus, 4 vas_lat, 5 tib_ant. Trials = coordinates
    // hip_flexion, knee_angle, ankle_angle (gait2392 signs: hip extensors and knee flexors negative,
    // plantarflexors negative, dorsiflexors positive); moment arms (m), 0 where a muscle does not cross.
    private static final double[][] GAIT = {
        {-0.06, -0.05, 0, 0, 0, 0},
        {-0.03, -0.03, -0.02, 0, 0.04, 0},
        {0, 0, -0.05, -0.05, 0, 0.04}};

    @Test
    void aHamstringTakesTheOtherHamstringNotTheCalf() {
        // semimem crosses hip and knee: bifemlh matches both (score 2), med_gas only the knee (1)
        assertEquals(List.of(1), NmmFit.synergists(GAIT, 0, List.of(1, 2, 3, 4)));
    }

    @Test
    void aCalfMuscleTakesWhoShareItsJoints() {
        // med_gas (knee flexion, plantarflexion): soleus and the hamstrings score 1 each, none scores 2
        assertEquals(List.of(0, 1, 3), NmmFit.synergists(GAIT, 2, List.of(0, 1, 3, 4)));
        // soleus (ankle only): med_gas
        assertEquals(List.of(2), NmmFit.synergists(GAIT, 3, List.of(0, 1, 2, 4, 5)));
    }

    @Test
    void withoutAnyMatchTheSummedArmsDecide() {
        // tib_ant (dorsiflexion only) has no measured dorsiflexor: sums over the trials, tib_ant +0.04;
        // semimem −0.09, bifemlh −0.08, med_gas −0.07, vas_lat +0.04 → vas_lat
        assertEquals(List.of(4), NmmFit.synergists(GAIT, 5, List.of(0, 1, 2, 4)));
    }

    @Test
    void oneCoordinateKeepsEveryMuscleOfTheSameSign() {
        // elbow: BIClong, BRA (hidden), TRIlong, BRD over two trials; flexors positive
        double[][] elbow = {{0.03, 0.02, -0.02, 0.05}, {0.04, 0.025, -0.02, 0.06}};
        assertEquals(List.of(0, 3), NmmFit.synergists(elbow, 1, List.of(0, 2, 3)));
        // TRIlong hidden with only flexors measured: no synergist (each gets the small start weight)
        assertEquals(List.of(), NmmFit.synergists(elbow, 2, List.of(0, 1, 3)));
    }
}
