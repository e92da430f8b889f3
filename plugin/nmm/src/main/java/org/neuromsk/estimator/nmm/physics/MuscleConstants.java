package org.neuromsk.estimator.nmm.physics;

import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.error.NeuroMskException;

/**
 * The properties of one Thelen 2003 muscle that the neural musculoskeletal model keeps fixed: curve
 * shapes, pennation and maximum contraction velocity. (Forces, fibre and tendon lengths, time
 * constants are personalised; see {@link PersonalParameters}.)
 *
 * @param name muscle name
 * @param pennationAngleAtOptimal φ_opt (rad)
 * @param maxContractionVelocity v_max (optimal fibre lengths per s)
 * @param kShapeActive γ of the active force–length Gaussian
 * @param kShapePassive k_PE of the passive force–length exponential
 * @param fmaxMuscleStrain ε0_M, passive fibre strain at F_iso
 * @param fmaxTendonStrain ε0_T, tendon strain at F_iso
 * @param af Af, concentric force–velocity shape factor
 * @param flen Flen, eccentric force asymptote (multiple of isometric)
 * @param fvThreshold fraction of the eccentric asymptote where the relation turns linear
 * @param minimumActivation lower bound of the activation used in forces
 */
public record MuscleConstants(String name, double pennationAngleAtOptimal, double maxContractionVelocity,
        double kShapeActive, double kShapePassive, double fmaxMuscleStrain, double fmaxTendonStrain, double af,
        double flen, double fvThreshold, double minimumActivation) {

    /** Checks the ranges the curves need. */
    public MuscleConstants {
        if (!(kShapeActive > 0 && kShapePassive > 0 && fmaxMuscleStrain > 0 && fmaxTendonStrain > 0 && af > 0
                && flen > 1 && fvThreshold > 1 / flen && fvThreshold < 1 && maxContractionVelocity > 0
                && pennationAngleAtOptimal >= 0 && pennationAngleAtOptimal < 1.2 && minimumActivation >= 0
                && minimumActivation < 0.5)) {
            throw new NeuroMskException("muscle '" + name + "': curve properties outside the ranges the NMM supports"
                    + " (need KshapeActive, KshapePassive, FmaxMuscleStrain, FmaxTendonStrain, Af > 0, Flen > 1,"
                    + " 1/Flen < fv_linear_extrap_threshold < 1, pennation < 1.2 rad)");
        }
    }

    /**
     * @param p an engine muscle's properties
     * @return its fixed constants
     */
    public static MuscleConstants of(Thelen2003Muscle.Parameters p) {
        return new MuscleConstants(p.name(), p.pennationAngleAtOptimal(), p.maxContractionVelocity(),
                p.kShapeActive(), p.kShapePassive(), p.fmaxMuscleStrain(), p.fmaxTendonStrain(), p.af(), p.flen(),
                p.fvLinearExtrapThreshold(), p.minimumActivation());
    }
}
