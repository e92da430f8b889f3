package org.neuromsk.estimator.nmm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neuromsk.error.NeuroMskException;

/** The study refuses an ablation it does not know, naming the known ones. */
class NmmStudyAblationsTest {

    @Test
    void unknownAblationIsRefusedBeforeAnyTraining() {
        NeuroMskException e = assertThrows(NeuroMskException.class, () -> NmmStudy.runSubject(null,
                NmmStudy.Options.defaults(1), Set.of("NMM without delay"), null, null, line -> { }));
        assertTrue(e.getMessage().contains("unknown ablation 'NMM without delay'")
                && e.getMessage().contains(NmmStudy.NMM_NO_PHYSICS), e.getMessage());
    }
}
