package org.neuromsk.engine.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neuromsk.engine.muscle.Millard2012EquilibriumMuscle;
import org.neuromsk.engine.muscle.Muscle;
import org.neuromsk.engine.muscle.Thelen2003Muscle;
import org.neuromsk.engine.muscle.curve.ActiveForceLengthCurve;
import org.neuromsk.engine.muscle.curve.FiberForceLengthCurve;
import org.neuromsk.engine.muscle.curve.ForceVelocityParameters;
import org.neuromsk.engine.muscle.curve.TendonForceLengthCurve;
import org.neuromsk.io.xml.OsimDocument;

/**
 * Builds the engine's muscle models from the muscles of a model document, property by property; a
 * property the file does not give keeps OpenSim's code default.
 */
final class MuscleLoader {

    private final OsimDocument<org.neuromsk.io.osim.Model> doc;

    MuscleLoader(OsimDocument<org.neuromsk.io.osim.Model> doc) {
        this.doc = doc;
    }

    /** @return every muscle of a supported type, by name, in force-set order */
    Map<String, Muscle> muscles() {
        Map<String, Muscle> out = new LinkedHashMap<>();
        for (org.neuromsk.io.osim.Muscle m : doc.root().muscles()) {
            if (m instanceof org.neuromsk.io.osim.Thelen2003Muscle t) {
                out.put(m.name(), thelen(t));
            } else if (m instanceof org.neuromsk.io.osim.Millard2012EquilibriumMuscle mi) {
                out.put(m.name(), millard(mi));
            }
        }
        return out;
    }

    private Muscle thelen(org.neuromsk.io.osim.Thelen2003Muscle t) {
        Thelen2003Muscle.Parameters d = Thelen2003Muscle.Parameters.defaults(t.name(), t.maxIsometricForce(),
                t.optimalFiberLength(), t.tendonSlackLength(), t.pennationAngleAtOptimal());
        Thelen2003Muscle.Parameters p = new Thelen2003Muscle.Parameters(t.name(), t.maxIsometricForce(),
                t.optimalFiberLength(), t.tendonSlackLength(), t.pennationAngleAtOptimal(),
                t.hasMaxContractionVelocity() ? t.maxContractionVelocity() : d.maxContractionVelocity(),
                t.hasFmaxTendonStrain() ? t.fmaxTendonStrain() : d.fmaxTendonStrain(),
                t.hasFmaxMuscleStrain() ? t.fmaxMuscleStrain() : d.fmaxMuscleStrain(),
                t.hasKshapeActive() ? t.kshapeActive() : d.kShapeActive(),
                t.hasKshapePassive() ? t.kshapePassive() : d.kShapePassive(),
                t.hasAf() ? t.af() : d.af(),
                t.hasFlen() ? t.flen() : d.flen(),
                t.hasFvLinearExtrapThreshold() ? t.fvLinearExtrapThreshold() : d.fvLinearExtrapThreshold(),
                t.hasMaximumPennationAngle() ? t.maximumPennationAngle() : d.maximumPennationAngle(),
                t.hasActivationTimeConstant() ? t.activationTimeConstant() : d.activationTimeConstant(),
                t.hasDeactivationTimeConstant() ? t.deactivationTimeConstant() : d.deactivationTimeConstant(),
                t.hasMinimumActivation() ? t.minimumActivation() : d.minimumActivation());
        try {
            return new Thelen2003Muscle(p);
        } catch (RuntimeException e) {
            throw doc.error(t, "Thelen2003Muscle '" + t.name() + "': " + e.getMessage());
        }
    }

    private Muscle millard(org.neuromsk.io.osim.Millard2012EquilibriumMuscle m) {
        Millard2012EquilibriumMuscle.Parameters d = Millard2012EquilibriumMuscle.Parameters.defaults(m.name(),
                m.maxIsometricForce(), m.optimalFiberLength(), m.tendonSlackLength(), m.pennationAngleAtOptimal());
        Millard2012EquilibriumMuscle.Parameters p = new Millard2012EquilibriumMuscle.Parameters(m.name(),
                m.maxIsometricForce(), m.optimalFiberLength(), m.tendonSlackLength(), m.pennationAngleAtOptimal(),
                m.hasMaxContractionVelocity() ? m.maxContractionVelocity() : d.maxContractionVelocity(),
                m.hasMaximumPennationAngle() ? m.maximumPennationAngle() : d.maximumPennationAngle(),
                m.hasActivationTimeConstant() ? m.activationTimeConstant() : d.activationTimeConstant(),
                m.hasDeactivationTimeConstant() ? m.deactivationTimeConstant() : d.deactivationTimeConstant(),
                m.hasMinimumActivation() ? m.minimumActivation() : d.minimumActivation(),
                m.hasFiberDamping() ? m.fiberDamping() : d.fiberDamping(),
                m.hasIgnoreTendonCompliance() && m.ignoreTendonCompliance(),
                m.hasIgnoreActivationDynamics() && m.ignoreActivationDynamics(),
                activeForceLength(m.activeForceLengthCurve()), forceVelocity(m.forceVelocityCurve()),
                fiberForceLength(m.fiberForceLengthCurve()), tendonForceLength(m.tendonForceLengthCurve()));
        try {
            return new Millard2012EquilibriumMuscle(p);
        } catch (RuntimeException e) {
            throw doc.error(m, "Millard2012EquilibriumMuscle '" + m.name() + "': " + e.getMessage());
        }
    }

    private static ActiveForceLengthCurve.Parameters activeForceLength(org.neuromsk.io.osim.ActiveForceLengthCurve c) {
        ActiveForceLengthCurve.Parameters d = ActiveForceLengthCurve.Parameters.defaults();
        if (c == null) {
            return d;
        }
        return new ActiveForceLengthCurve.Parameters(
                c.hasMinNormActiveFiberLength() ? c.minNormActiveFiberLength() : d.minNormActiveFiberLength(),
                c.hasTransitionNormFiberLength() ? c.transitionNormFiberLength() : d.transitionNormFiberLength(),
                c.hasMaxNormActiveFiberLength() ? c.maxNormActiveFiberLength() : d.maxNormActiveFiberLength(),
                c.hasShallowAscendingSlope() ? c.shallowAscendingSlope() : d.shallowAscendingSlope(),
                c.hasMinimumValue() ? c.minimumValue() : d.minimumValue());
    }

    private static ForceVelocityParameters forceVelocity(org.neuromsk.io.osim.ForceVelocityCurve c) {
        ForceVelocityParameters d = ForceVelocityParameters.defaults();
        if (c == null) {
            return d;
        }
        return new ForceVelocityParameters(
                c.hasConcentricSlopeAtVmax() ? c.concentricSlopeAtVmax() : d.concentricSlopeAtVmax(),
                c.hasConcentricSlopeNearVmax() ? c.concentricSlopeNearVmax() : d.concentricSlopeNearVmax(),
                c.hasIsometricSlope() ? c.isometricSlope() : d.isometricSlope(),
                c.hasEccentricSlopeAtVmax() ? c.eccentricSlopeAtVmax() : d.eccentricSlopeAtVmax(),
                c.hasEccentricSlopeNearVmax() ? c.eccentricSlopeNearVmax() : d.eccentricSlopeNearVmax(),
                c.hasMaxEccentricVelocityForceMultiplier() ? c.maxEccentricVelocityForceMultiplier()
                        : d.maxEccentricVelocityForceMultiplier(),
                c.hasConcentricCurviness() ? c.concentricCurviness() : d.concentricCurviness(),
                c.hasEccentricCurviness() ? c.eccentricCurviness() : d.eccentricCurviness());
    }

    private static FiberForceLengthCurve.Parameters fiberForceLength(org.neuromsk.io.osim.FiberForceLengthCurve c) {
        if (c == null) {
            return FiberForceLengthCurve.Parameters.defaults();
        }
        FiberForceLengthCurve.Parameters d = FiberForceLengthCurve.Parameters.defaults();
        return FiberForceLengthCurve.Parameters.fromProperties(
                c.hasStrainAtZeroForce() ? c.strainAtZeroForce() : d.strainAtZeroForce(),
                c.hasStrainAtOneNormForce() ? c.strainAtOneNormForce() : d.strainAtOneNormForce(),
                c.hasStiffnessAtLowForce() ? c.stiffnessAtLowForce() : null,
                c.hasStiffnessAtOneNormForce() ? c.stiffnessAtOneNormForce() : null,
                c.hasCurviness() ? c.curviness() : null);
    }

    private static TendonForceLengthCurve.Parameters tendonForceLength(org.neuromsk.io.osim.TendonForceLengthCurve c) {
        if (c == null) {
            return TendonForceLengthCurve.Parameters.defaults();
        }
        TendonForceLengthCurve.Parameters d = TendonForceLengthCurve.Parameters.defaults();
        return TendonForceLengthCurve.Parameters.fromProperties(
                c.hasStrainAtOneNormForce() ? c.strainAtOneNormForce() : d.strainAtOneNormForce(),
                c.hasStiffnessAtOneNormForce() ? c.stiffnessAtOneNormForce() : null,
                c.hasNormForceAtToeEnd() ? c.normForceAtToeEnd() : null,
                c.hasCurviness() ? c.curviness() : null);
    }
}
